using Lede.Analysis.Model;
using System.Globalization;
using Lede.Corpus.Duplicates;
using Lede.Corpus.Ingest;
using Lede.Corpus.Output;
using Lede.Corpus.Search;
using Lede.Corpus.Storage;
using Lede.Corpus.Stories;
using Lede.Corpus.Timeline;
using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Model;

namespace Lede.Corpus;

/// <summary>
/// A corpus of articles: ingest, search, export (and, through its followers, duplicates and
/// stories). The entry point of Lede.Corpus. Open one per process and command; reads may run
/// while another process ingests.
/// </summary>
public sealed class NewsCorpus : IDisposable
{
    private readonly ICorpusStore _store;
    private readonly CorpusOptions _options;

    private NewsCorpus(ICorpusStore store, CorpusOptions options)
    {
        _store = store;
        _options = options;
    }

    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static NewsCorpus Open(CorpusOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid corpus options: " + string.Join(" ", errors));
        ICorpusStore store = options.PostgresConnectionString is { } connection
            ? new PostgresCorpusStore(connection)
            : new SqliteCorpusStore(options.DatabasePath);
        return new NewsCorpus(store, options);
    }

    /// <summary>"SQLite /path/lede.db" or "PostgreSQL host/database".</summary>
    public string Description => _store.Description;

    public long Count => _store.CountArticles();

    /// <summary>Bytes the corpus occupies in its database.</summary>
    public long SizeInBytes() => _store.SizeInBytes();

    internal ICorpusStore Store => _store;

    /// <summary>
    /// Ingests files, directories, WARC and JSON Lines files, URLs, and the pages that feeds and sitemaps list
    /// (see <see cref="IngestInputExpander"/>).
    /// Idempotent; cancelling stops after the batch being written, leaving a consistent corpus.
    /// </summary>
    /// <param name="analyze">Analysis to store with each article (entities, quotes, claims), or null for none.</param>
    /// <param name="problem">Receives each input, record or line that could not be ingested, with the reason.</param>
    /// <param name="processor">
    /// Where pages are extracted and analysed: null for this machine's cores (<see cref="LocalPageProcessor"/>
    /// with <paramref name="analyze"/>), or a cluster's processor (Lede.Cluster), which analyses pages itself;
    /// <paramref name="analyze"/> then serves only articles given as JSON Lines without their analysis.
    /// </param>
    /// <param name="crawl">How pages listed by feed and sitemap inputs are fetched (pauses, limits); defaults when null.</param>
    /// <param name="refetch">Fetch feed entries again even when an earlier run ingested their address.</param>
    public IngestReport Ingest(
        IEnumerable<string> inputs,
        Func<NewsArticle, ArticleAnalysis?>? analyze = null,
        Action<string, string>? problem = null,
        Action<IngestProgress>? progress = null,
        ExtractionOptions? extraction = null,
        bool fetchUrls = true,
        IPageProcessor? processor = null,
        CrawlOptions? crawl = null,
        bool refetch = false,
        CancellationToken cancel = default)
    {
        var leftAlone = new FilesLeftAlone();
        var expanded = IngestInputExpander.Expand(inputs, leftAlone);
        using var web = fetchUrls && expanded.Any(i => i.Kind is IngestInputKind.Url or IngestInputKind.Feed) ? new PoliteFetcher(crawl) : null;
        var followers = OpenFollowers();
        var extractor = new ArticleExtractor(extraction);
        processor ??= new LocalPageProcessor(extractor, analyze, _options.Parallelism);
        var ingestor = new CorpusIngestor(_store, followers, _options, extractor.Options, processor, analyze, web, refetch);
        var report = ingestor.Run(expanded, problem ?? ((_, _) => { }), progress, cancel);
        return leftAlone.Count == 0 ? report : report with { FilesLeftAlone = leftAlone.Count, FirstFileLeftAlone = leftAlone.First };
    }

    internal FollowerSet OpenFollowers() => new(_store, CorpusFollowers.Create());

    /// <summary>Groups of exact and near-duplicate articles (document ids are article ids), each with its earliest version.</summary>
    public IReadOnlyList<DuplicateGroup> Duplicates() =>
        OpenFollowers().Followers.OfType<DuplicateFollower>().Single().Detector.GetGroups();

    /// <summary>Stories with at least <paramref name="minArticles"/> articles (document ids are article ids).</summary>
    public IReadOnlyList<Story> Stories(int minArticles = 1) =>
        OpenFollowers().Followers.OfType<StoryFollower>().Single().Clusterer.GetStories(minArticles);

    /// <summary>The timeline of one story, or null when no story has that id.</summary>
    public Timeline.Timeline? StoryTimeline(string storyId)
    {
        var story = OpenFollowers().Followers.OfType<StoryFollower>().Single().Clusterer.GetStory(storyId);
        if (story is null) return null;
        var ids = story.Articles.Select(a => long.Parse(a.DocId, CultureInfo.InvariantCulture)).ToList();
        return TimelineBuilder.ForStory(story.Id, story.Title, _store.StreamArticles(ids).Select(ToTimelineArticle));
    }

    /// <summary>
    /// The timeline of an entity: candidates are the articles whose analysis names it and those whose
    /// text has its name as a phrase (for articles stored without analysis); the builder decides.
    /// The articles stream in on a connection of their own and only what the timeline shows is kept of them:
    /// safe to call beside other reads of this corpus (a server runs it outside its one-reader gate).
    /// </summary>
    public Timeline.Timeline EntityTimeline(string name, int maxArticles = 5000)
    {
        var ids = new SortedSet<long>(_store.ArticlesWithEntity(name));
        if (QueryTokenizer.Tokens(name) is { Count: > 0 } tokens)
        {
            var phrase = tokens.Count == 1 ? (QueryNode)new TermNode(tokens[0], false) : new PhraseNode(tokens);
            ids.UnionWith(_store.SearchIds(new SearchQuery { Text = name, Limit = SearchQuery.MaxLimit }, phrase));
        }
        return TimelineBuilder.ForEntity(name, _store.StreamArticles(ids.Take(maxArticles).ToList()).Select(ToTimelineArticle));
    }

    private static TimelineArticle ToTimelineArticle(CorpusArticle stored) =>
        new(stored.Id.ToString(CultureInfo.InvariantCulture), stored.Article, stored.Analysis);

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var errors = query.Validate();
        if (errors.Count > 0) throw new FormatException(string.Join("; ", errors));
        return _store.Search(query, QueryParser.Parse(query.Text));
    }

    /// <summary>Every stored article with its analysis, in ingest order.</summary>
    public IEnumerable<CorpusArticle> Articles() => _store.ReadArticles();

    public IReadOnlyList<CorpusArticle> GetArticles(IReadOnlyCollection<long> ids) => _store.GetArticles(ids);

    /// <summary>Ids of the articles whose analysis names an entity (full name or whole words of it).</summary>
    public IReadOnlyList<long> ArticlesWithEntity(string name) => _store.ArticlesWithEntity(name);

    /// <summary>Writes every stored article with its analysis as JSON Lines in Lede's output schema.</summary>
    /// <returns>The number of articles written.</returns>
    public long Export(TextWriter writer)
    {
        long count = 0;
        foreach (var article in _store.ReadArticles())
        {
            writer.WriteLine(ArticleRecordJson.Write(article.Article, article.Analysis));
            count++;
        }
        return count;
    }

    public void Dispose() => _store.Dispose();
}
