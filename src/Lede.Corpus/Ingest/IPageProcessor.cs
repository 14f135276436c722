namespace Lede.Corpus.Ingest;

/// <summary>
/// The expensive stage of ingest: page bytes in, articles with their analysis out.
/// <see cref="LocalPageProcessor"/> runs it on this machine's cores; Lede.Cluster runs it on the
/// silos of an Orleans cluster. Whichever runs it, the corpus writes the results in input order.
/// </summary>
public interface IPageProcessor
{
    /// <summary>Processes every page. A page that fails gets a result with an error, never an exception.</summary>
    /// <returns>One result per page, in the order given.</returns>
    /// <exception cref="OperationCanceledException">Ingest was cancelled; the whole batch is dropped and not written.</exception>
    Task<IReadOnlyList<ProcessedPage>> ProcessAsync(IReadOnlyList<PageToProcess> pages, CancellationToken cancel);
}
