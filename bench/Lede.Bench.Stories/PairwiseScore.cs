namespace Lede.Bench.Stories;

/// <summary>
/// Pairwise clustering score: a pair of items is positive when both share a gold label, predicted
/// positive when both share a predicted label. Counted from label co-occurrences, not by listing pairs.
/// </summary>
internal sealed record PairwiseScore(long TruePositives, long PredictedPairs, long GoldPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositives / PredictedPairs;

    public double Recall => GoldPairs == 0 ? 1 : (double)TruePositives / GoldPairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseScore Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var both = gold.Zip(predicted).GroupBy(p => p).Select(g => g.Count());
        return new PairwiseScore(
            Pairs(both),
            Pairs(predicted.GroupBy(p => p).Select(g => g.Count())),
            Pairs(gold.GroupBy(g => g).Select(g => g.Count())));
    }

    /// <summary>
    /// As <see cref="Compute(IReadOnlyList{string}, IReadOnlyList{string})"/>, but pairs that share an
    /// <paramref name="undecided"/> group without sharing a gold label count neither way: the labels cannot say
    /// whether they belong together.
    /// </summary>
    public static PairwiseScore Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string> undecided)
    {
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var strict = Compute(gold, predicted);
        var predictedUndecided = Pairs(predicted.Zip(undecided).GroupBy(p => p).Select(g => g.Count()))
            - Pairs(predicted.Zip(gold, undecided).GroupBy(p => p).Select(g => g.Count()));
        return strict with { PredictedPairs = strict.PredictedPairs - predictedUndecided };
    }

    public override string ToString() =>
        $"precision {Precision:F4}  recall {Recall:F4}  F1 {F1:F4}  (true pairs {TruePositives:N0}, predicted {PredictedPairs:N0}, gold {GoldPairs:N0})";
}
