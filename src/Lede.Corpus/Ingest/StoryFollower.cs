using System.Globalization;
using Lede.Corpus.Stories;
using Lede.Corpus.Storage;

namespace Lede.Corpus.Ingest;

/// <summary>
/// Feeds stored articles to the <see cref="StoryClusterer"/>, after the duplicate detector has seen
/// them: a copy goes straight into the story of the article it copies.
/// </summary>
internal sealed class StoryFollower(DuplicateFollower duplicates) : ICorpusFollower
{
    public StoryClusterer Clusterer { get; private set; } = new();

    public string Name => "stories";

    public object? Prepare(CorpusArticle article) => null;

    public void Add(CorpusArticle article, object? prepared)
    {
        var id = article.Id.ToString(CultureInfo.InvariantCulture);
        // The group id is the group's first article; an article that founded its group copies nothing.
        var group = duplicates.Detector.GetGroupId(id);
        Clusterer.Add(StoryDocument.From(id, article.Article, article.Analysis, group == id ? null : group));
    }

    public void Restore(byte[] state) => Clusterer = StoryClusterer.ImportState(state, Clusterer.Options);

    public byte[] Snapshot() => Clusterer.ExportState();
}
