namespace Lede.Bench.Common;

/// <summary>Zyte article-extraction-benchmark figures over a set of pages.</summary>
public sealed record ZyteScore(double F1, double Precision, double Recall, double Accuracy, int Pages);
