namespace Lede.Cluster.Grains;

/// <summary>
/// A silo's result for one page: the article with its analysis as one object of Lede's output
/// schema (<see cref="Lede.Corpus.Output.ArticleRecordJson"/>), or why it failed; and which silo did the work.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PageResult(string? RecordJson, string? Error, string Silo);
