namespace Lede.Analysis.Entities;

/// <summary>A tagged training sentence: words and their IOB tags ("B-PER", "I-PER", "O").</summary>
public sealed record TrainingSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Tags);
