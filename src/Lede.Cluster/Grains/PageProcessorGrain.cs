using Orleans.Concurrency;

namespace Lede.Cluster.Grains;

[StatelessWorker]
internal sealed class PageProcessorGrain(SiloPageWorker worker) : Grain, IPageProcessorGrain
{
    public Task<PageResult[]> Process(PageWork[] pages) => Task.FromResult(worker.Process(pages));
}
