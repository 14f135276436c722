namespace Lede.Analysis.Entities;

/// <summary>The sentences of one training document (document features look across them).</summary>
public sealed record TrainingDocument(IReadOnlyList<TrainingSentence> Sentences);
