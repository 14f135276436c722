namespace Lede.Bench.Common;

/// <summary>Segment counts of the trafilatura evaluation and the figures derived from them.</summary>
public sealed record SegmentScore(int TruePositive, int FalseNegative, int FalsePositive, int TrueNegative)
{
    public double Precision => TruePositive + FalsePositive == 0 ? 0 : (double)TruePositive / (TruePositive + FalsePositive);
    public double Recall => TruePositive + FalseNegative == 0 ? 0 : (double)TruePositive / (TruePositive + FalseNegative);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Accuracy
    {
        get
        {
            var all = TruePositive + FalseNegative + FalsePositive + TrueNegative;
            return all == 0 ? 0 : (double)(TruePositive + TrueNegative) / all;
        }
    }

    public static SegmentScore operator +(SegmentScore a, SegmentScore b) => new(
        a.TruePositive + b.TruePositive, a.FalseNegative + b.FalseNegative,
        a.FalsePositive + b.FalsePositive, a.TrueNegative + b.TrueNegative);

    public static SegmentScore Zero { get; } = new(0, 0, 0, 0);
}
