namespace Lede.Bench.Common;

/// <summary>One page under the Zyte metric: shingle counts normalised to sum to 1, and exact word-sequence match.</summary>
public readonly record struct ZytePageScore(double TruePositive, double FalsePositive, double FalseNegative, bool ExactMatch)
{
    /// <summary>evaluate.py's precision_score: 1 when nothing is wrong, 0 when nothing was predicted or matched.</summary>
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0 : TruePositive == 0 && FalsePositive == 0 ? 0.0 : TruePositive / (TruePositive + FalsePositive);

    /// <summary>evaluate.py's recall_score.</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1.0 : TruePositive == 0 && FalseNegative == 0 ? 0.0 : TruePositive / (TruePositive + FalseNegative);

    /// <summary>Per-page F1, used only to rank pages (the benchmark's F1 is of the averages).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
