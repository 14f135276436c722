using System.Globalization;
using Lede.Corpus.Search;
using Lede.Corpus.Storage;

namespace Lede.Corpus.Tests.Storage;

/// <summary>Storage behaviour every store must share; each test runs on SQLite and on PostgreSQL.</summary>
public sealed class CorpusStoreTests
{
    private static string Export(NewsCorpus corpus)
    {
        var text = new StringWriter();
        corpus.Export(text);
        return text.ToString();
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void JsonLinesRoundTripThroughIngestAndExport(string kind)
    {
        using var test = new TestCorpus(kind);
        var input = InventedArticles.WriteJsonLines(test.Folder);
        using var corpus = test.Open();
        var report = corpus.Ingest([input]);
        Assert.Equal(4, report.Stored);
        Assert.Equal(0, report.Failed);
        var exported = Export(corpus);
        Assert.Equal(File.ReadAllText(input).ReplaceLineEndings("\n"), exported.ReplaceLineEndings("\n"));

        // url, headline, datePublished and the analysis survive as given.
        var first = corpus.Articles().First();
        Assert.Equal("https://harbour.example.com/news/1", first.Article.Url);
        Assert.Equal("2025-03-01T08:00:00Z", first.Article.DatePublished);
        Assert.Equal("Mara Quillon", first.Analysis!.Quotes[0].Speaker!.Name);
        Assert.Equal(40, first.Analysis.Claims[0].Value);

        // The export re-ingests into a fresh corpus unchanged.
        using var second = new TestCorpus(kind);
        var exportFile = Path.Combine(second.Folder, "export.jsonl");
        File.WriteAllText(exportFile, exported);
        using var copy = second.Open();
        Assert.Equal(4, copy.Ingest([exportFile]).Stored);
        Assert.Equal(exported, Export(copy));
    }

    [Fact]
    public void AJsonLinesDateThatIsNoDateIsKeptAsGivenWithAWarning()
    {
        using var test = new TestCorpus("sqlite");
        var input = Path.Combine(test.Folder, "one.jsonl");
        File.WriteAllText(input,
            "{\"url\":\"https://harbour.example.com/news/9\",\"headline\":\"Ferry timetable changes\",\"datePublished\":\"not a date\"," +
            "\"articleBody\":\"The winter ferry timetable starts on Monday, with two fewer crossings each day.\"}\n" +
            "{\"url\":\"https://harbour.example.com/news/10\",\"headline\":\"Pier reopens\",\"datePublished\":\"2025-03-02\"," +
            "\"articleBody\":\"The north pier reopened on Sunday after three weeks of repairs to its deck.\"}\n");
        using var corpus = test.Open();
        Assert.Equal(2, corpus.Ingest([input]).Stored);
        var articles = corpus.Articles().ToDictionary(a => a.Article.Url!, a => a.Article);
        var undated = articles["https://harbour.example.com/news/9"];
        Assert.Equal("not a date", undated.DatePublished);
        Assert.Contains(undated.Warnings, w => w.Contains("\"not a date\" is no ISO 8601 date", StringComparison.Ordinal));
        Assert.DoesNotContain(articles["https://harbour.example.com/news/10"].Warnings, w => w.Contains("ISO 8601", StringComparison.Ordinal));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void IngestingTheSameInputsAgainStoresNothing(string kind)
    {
        using var test = new TestCorpus(kind);
        var pages = Path.Combine(test.Folder, "pages");
        InventedCorpus.WritePages(pages, 12);
        using var corpus = test.Open();
        var first = corpus.Ingest([pages]);
        Assert.Equal(12, first.Stored);
        var before = Export(corpus);

        var again = corpus.Ingest([pages, pages]);
        Assert.Equal(0, again.Stored);
        Assert.Equal(24, again.Unchanged + again.Duplicates);
        Assert.Equal(12, corpus.Count);
        Assert.Equal(before, Export(corpus));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void DocumentIdentityIsUrlAndContent(string kind)
    {
        using var test = new TestCorpus(kind);
        var (article, analysis) = InventedArticles.Set[0];
        var lines = new[]
        {
            InventedArticles.JsonLine((article, analysis)),
            // Same content, other URL: a copy on another site is a document of its own.
            InventedArticles.JsonLine((article with { Url = "https://mirror.example.net/a" }, analysis)),
            // Same URL, updated text: a new version.
            InventedArticles.JsonLine((article with { ArticleBody = article.ArticleBody + " Work starts in May." }, analysis)),
            // Same URL and content, only re-wrapped whitespace and another source: the same document.
            InventedArticles.JsonLine((article with { Source = "elsewhere", ArticleBody = article.ArticleBody.Replace(" ", "  ") }, analysis)),
        };
        var input = Path.Combine(test.Folder, "identity.jsonl");
        File.WriteAllLines(input, lines);
        using var corpus = test.Open();
        var report = corpus.Ingest([input]);
        Assert.Equal(3, report.Stored);
        Assert.Equal(1, report.Duplicates);
        Assert.Equal(3, corpus.Count);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void ArticlesComeBackInIngestOrderWithIdsFromOne(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = test.Open();
        corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
        var articles = corpus.Articles().ToList();
        Assert.Equal([1L, 2, 3, 4], articles.Select(a => a.Id));
        Assert.Equal(InventedArticles.Set.Select(s => s.Article.Headline), articles.Select(a => a.Article.Headline));
        Assert.Equal(["Story 2 from www.valley-news.example.org", "Story 4 from blog.valley-news.example.org"],
            corpus.GetArticles([4, 2]).Select(a => a.Article.Headline));
        Assert.Equal([1L, 3], corpus.ArticlesWithEntity("quillon"));
        Assert.True(corpus.SizeInBytes() > 0);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void StreamedArticlesReadBackAsGetArticlesDoes(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = test.Open();
        corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
        string Json(CorpusArticle a) => a.Id + " " + ArticleRowCodec.ToJson(a).ToJsonString();

        // Id order, each once, missing ids skipped, analysis and body as stored.
        var streamed = corpus.Store.StreamArticles([4, 2, 99, 2]).ToList();
        Assert.Equal([2L, 4], streamed.Select(a => a.Id));
        Assert.Equal(corpus.GetArticles([2, 4]).Select(Json), streamed.Select(Json));
        Assert.Equal("Mara Quillon", corpus.Store.StreamArticles([1]).Single().Analysis!.Quotes[0].Speaker!.Name);
        Assert.Empty(corpus.Store.StreamArticles([]));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void SearchIdsAreTheSearchHitsIds(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = test.Open();
        corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
        foreach (var query in new[] { new SearchQuery { Text = "harbour OR museum OR hafenmauer" }, new SearchQuery { Text = "harbour", Limit = 1 }, new SearchQuery { Text = "nowhere" } })
        {
            var parsed = QueryParser.Parse(query.Text);
            Assert.Equal(corpus.Search(query).Select(h => h.Id), corpus.Store.SearchIds(query, parsed));
        }
        Assert.Equal(2, corpus.Store.SearchIds(new SearchQuery { Text = "harbour OR museum OR hafenmauer", Entity = "Mara Quillon" }, QueryParser.Parse("harbour OR museum OR hafenmauer")).Count);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void EntityTimelineIsTheBuildersOverTheStoredArticles(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = test.Open();
        corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
        var stored = corpus.GetArticles([1, 2, 3, 4])
            .Select(a => new Lede.Corpus.Timeline.TimelineArticle(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Article, a.Analysis));
        var expected = Lede.Corpus.Output.CorpusJson.Timeline(Lede.Corpus.Timeline.TimelineBuilder.ForEntity("Mara Quillon", stored));
        var timeline = corpus.EntityTimeline("Mara Quillon");
        Assert.Equal(["1", "3"], timeline.Articles.Select(a => a.DocId).Order());
        Assert.NotEmpty(timeline.Speakers);
        Assert.Equal(expected, Lede.Corpus.Output.CorpusJson.Timeline(timeline));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void FiltersNarrowTheResults(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = test.Open();
        corpus.Ingest([InventedArticles.WriteJsonLines(test.Folder)]);
        long[] Ids(SearchQuery query) => corpus.Search(query).Select(h => h.Id).Order().ToArray();

        var all = new SearchQuery { Text = "harbour OR museum OR hafenmauer" };
        Assert.Equal([1L, 2, 3, 4], Ids(all));
        Assert.Equal([1L, 3], Ids(all with { Entity = "Mara Quillon" }));
        Assert.Equal([1L, 3], Ids(all with { Entity = "quillon" }));
        Assert.Empty(Ids(all with { Entity = "Quill" }));
        Assert.Equal([1L, 3], Ids(all with { Site = "harbour.example.com" }));
        Assert.Equal([2L, 4], Ids(all with { Site = "valley-news.example.org" }));
        Assert.Equal([2L, 4], Ids(all with { Site = "https://www.valley-news.example.org/x" }));
        Assert.Equal([4L], Ids(all with { Site = "blog.valley-news.example.org" }));
        Assert.Equal([1L, 3], Ids(all with { Author = "doe" }));
        Assert.Equal([1L, 2, 4], Ids(all with { Language = "en" }));
        Assert.Equal([2L], Ids(all with { Language = "en-gb" }));
        Assert.Equal([2L, 3], Ids(all with { From = new DateOnly(2025, 3, 2), To = new DateOnly(2025, 3, 31) }));
        Assert.Equal([4L], Ids(all with { From = new DateOnly(2025, 4, 2) }));
        Assert.Equal([1L, 3], Ids(all with { Site = "harbour", Author = "jane doe" }));

        // Stored days are Gregorian: a reader whose culture keeps another calendar (Thai: 2568 for 2025) filters the same.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            Assert.Equal([2L, 3], Ids(all with { From = new DateOnly(2025, 3, 2), To = new DateOnly(2025, 3, 31) }));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
