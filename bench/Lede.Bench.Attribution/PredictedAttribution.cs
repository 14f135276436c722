namespace Lede.Bench.Attribution;

/// <summary>Lede's quotes grouped as one attribution when they share a cue ("“A,” she said. “B.”" is one).</summary>
internal sealed record PredictedAttribution((int Start, int End)[] Content, (int Start, int End)? Speaker, string Kind, string? SpeakerName, (int Start, int End)? Cue);
