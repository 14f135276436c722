namespace Lede.Cluster;

/// <summary>No gateway of the cluster answered.</summary>
public sealed class ClusterUnreachableException(string message, Exception? inner) : Exception(message, inner);
