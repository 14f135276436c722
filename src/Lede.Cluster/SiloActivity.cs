namespace Lede.Cluster;

/// <summary>What a silo has done since it started: pages processed, and how many of them failed.</summary>
public readonly record struct SiloActivity(long Pages, long Failed);
