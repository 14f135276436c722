namespace Lede.Bench.Attribution;

/// <summary>A gold attribution: content, source (none for "Attribution-no-source") and cue fragments, quote type.</summary>
internal sealed record GoldAttribution((int Start, int End)[] Content, (int Start, int End)[] Source, (int Start, int End)[] Cue, string Type);
