namespace Lede.Bench.Analysis;

internal sealed record GoldEntity(string Type, int Start, int End);
