namespace Lede.Corpus.Ingest;

/// <summary>The incremental components every corpus keeps up to date as articles arrive.</summary>
internal static class CorpusFollowers
{
    public static IReadOnlyList<ICorpusFollower> Create() => [new DuplicateFollower()];
}
