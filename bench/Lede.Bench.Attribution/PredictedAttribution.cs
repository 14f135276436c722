namespace Lede.Bench.Attribution;

/// <summary>Lede's quotes grouped as one attribution when they share a cue ("“A,” she said. “B.”" is one); the source phrase is the finder's, before the speaker narrows it to a name.</summary>
internal sealed record PredictedAttribution((int Start, int End)[] Content, (int Start, int End)? Speaker, string Kind, string? SpeakerName, (int Start, int End)? Cue, (int Start, int End)? SourcePhrase);
