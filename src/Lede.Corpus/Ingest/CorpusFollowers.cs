namespace Lede.Corpus.Ingest;

/// <summary>The incremental components every corpus keeps up to date as articles arrive, in the order they see each article.</summary>
internal static class CorpusFollowers
{
    public static IReadOnlyList<ICorpusFollower> Create()
    {
        var duplicates = new DuplicateFollower();
        return [duplicates, new StoryFollower(duplicates)];
    }
}
