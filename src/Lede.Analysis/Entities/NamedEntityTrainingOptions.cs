using System.ComponentModel.DataAnnotations;

namespace Lede.Analysis.Entities;

/// <summary>Settings of <see cref="NamedEntityTrainer"/>; the defaults produce the shipped model.</summary>
public sealed record NamedEntityTrainingOptions
{
    /// <summary>Passes over the training data per model. Default 12.</summary>
    [Range(1, 100)]
    public int Epochs { get; init; } = 12;

    /// <summary>Folds for the held-out first-pass tags the second pass learns from. Default 4.</summary>
    [Range(2, 20)]
    public int Folds { get; init; } = 4;

    /// <summary>Features seen fewer times are dropped. Default 2.</summary>
    [Range(1, 100)]
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller than this are dropped from the model file. Default 0.01.</summary>
    [Range(0.0, 10.0)]
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>
    /// Whether the gazetteer also carries the shipped reference lists of places and languages
    /// (<c>Models/Gazetteers</c>), as bits of their own. Default true.
    /// </summary>
    public bool ReferenceNames { get; init; } = true;

    /// <summary>
    /// Whether the tagger reads the shipped word clusters (<c>Models/word-clusters-en.txt.gz</c>): which words GloVe
    /// vectors put near each word, so names no training sentence has share features with ones it has. Default true.
    /// </summary>
    public bool WordClusters { get; init; } = true;

    /// <summary>
    /// Models trained with seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, … whose weights are averaged into the
    /// one shipped. Default 5.
    /// </summary>
    [Range(1, 20)]
    public int AveragedModels { get; init; } = 5;

    /// <summary>Seed for shuffling and fold assignment: the same data and seed give the same model. Default 1.</summary>
    public int Seed { get; init; } = 1;
}
