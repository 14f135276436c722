namespace Lede.Cluster.Grains;

/// <summary>
/// Extracts and analyses pages on a silo. A stateless worker: every silo runs one activation per
/// core, and the client spreads slices of a batch over grain keys (hence over gateways and silos).
/// </summary>
public interface IPageProcessorGrain : IGrainWithIntegerKey
{
    /// <returns>One result per page, in the order given.</returns>
    Task<PageResult[]> Process(PageWork[] pages);
}
