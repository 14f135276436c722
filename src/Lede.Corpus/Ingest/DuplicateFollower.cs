using System.Globalization;
using Lede.Corpus.Duplicates;
using Lede.Corpus.Storage;

namespace Lede.Corpus.Ingest;

/// <summary>Feeds stored articles to the <see cref="DuplicateDetector"/> (document id = article id).</summary>
internal sealed class DuplicateFollower : ICorpusFollower
{
    public DuplicateDetector Detector { get; private set; } = new();

    public string Name => "duplicates";

    public object? Prepare(CorpusArticle article) => Detector.ComputeSignature(Text(article));

    public void Add(CorpusArticle article, object? prepared) =>
        Detector.Add(article.Id.ToString(CultureInfo.InvariantCulture), (DuplicateSignature)prepared!, PublicationDate.Parse(article.Article.DatePublished));

    // Copies are judged on the body: wire copies are often re-headlined.
    private static string Text(CorpusArticle article) => article.Article.ArticleBody;

    public void Restore(byte[] state) => Detector = DuplicateDetector.ImportState(state, Detector.Options);

    public byte[] Snapshot() => Detector.ExportState();
}
