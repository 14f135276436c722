namespace Lede.Analysis.Entities;

/// <summary>
/// A value (a word's hash, a shape, a distance) already mixed the way <see cref="FeatureHash"/> mixes every value
/// into a feature, so a token's value is mixed once and reused by all the features that read it. The features
/// built from it are bit for bit those built from the raw value: the models need no retraining.
/// </summary>
internal readonly struct FeatureValue
{
    private FeatureValue(ulong mixed) => Mixed = mixed;

    public ulong Mixed { get; }

    public static FeatureValue Of(ulong value) => new(FeatureHash.Mix(value));

    public static implicit operator FeatureValue(ulong value) => Of(value);

    /// <summary>The values 0–15 (shapes, quote states, distance classes, flags), mixed once per process.</summary>
    public static FeatureValue Small(ulong value) => value < (ulong)SmallValues.Length ? SmallValues[value] : Of(value);

    private static readonly FeatureValue[] SmallValues = Enumerable.Range(0, 16).Select(v => Of((ulong)v)).ToArray();
}
