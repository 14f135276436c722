namespace Lede.Analysis.Quotes;

/// <summary>Text between quote marks, marks included. Closed is false for a quote a paragraph left open.</summary>
internal readonly record struct QuotedSpan(int Start, int End, bool Closed);
