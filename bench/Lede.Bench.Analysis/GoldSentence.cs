namespace Lede.Bench.Analysis;

internal sealed record GoldSentence(string[] Tokens, string[] Tags, int Start, int End);
