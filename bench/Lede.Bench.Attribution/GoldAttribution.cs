namespace Lede.Bench.Attribution;

/// <summary>A gold attribution: content fragments, source fragments (none for "Attribution-no-source"), quote type.</summary>
internal sealed record GoldAttribution((int Start, int End)[] Content, (int Start, int End)[] Source, string Type);
