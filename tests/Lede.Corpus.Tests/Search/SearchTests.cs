using Lede.Corpus.Search;
using Lede.Corpus.Storage;
using Lede.Corpus.Tests.Storage;
using Lede.Extraction.Model;
using Lede.Extraction.Output;

namespace Lede.Corpus.Tests.Search;

/// <summary>Ranking, phrases, boolean operators and snippets, on SQLite FTS5 and PostgreSQL full text alike.</summary>
public sealed class SearchTests
{
    private static readonly (string Headline, string Body)[] Documents =
    [
        ("Ferry timetable changes", "The ferry company will change its timetable in June. Passengers on the island route should check the new times."),
        ("Harbour wall repaired", "Crews repaired the old harbour wall after the storm. The harbour master thanked the volunteers who cleared the harbour."),
        ("Council meeting", "The council discussed parking, the library budget and a request from the harbour association for new lights."),
        ("Storm damage in the valley", "The storm flooded the valley road. The old wall of the mill collapsed; the harbour was not affected."),
        ("Library reopens", "The library reopened with a new reading room. Children's events start next week, the librarian said."),
    ];

    private static NewsCorpus Build(TestCorpus test)
    {
        var path = Path.Combine(test.Folder, "docs.jsonl");
        File.WriteAllLines(path, Documents.Select((d, i) => ArticleJson.Serialize(new NewsArticle
        {
            Url = $"https://example.com/{i + 1}", Headline = d.Headline, ArticleBody = d.Body, DatePublished = "2025-01-0" + (i + 1),
        })));
        var corpus = test.Open();
        Assert.Equal(Documents.Length, corpus.Ingest([path]).Stored);
        return corpus;
    }

    private static long[] Ids(NewsCorpus corpus, string query) => corpus.Search(new SearchQuery { Text = query }).Select(h => h.Id).ToArray();

    [Theory, InlineData("sqlite"), PostgresData]
    public void MoreAndHeadlineMatchesRankFirst(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = Build(test);
        var hits = corpus.Search(new SearchQuery { Text = "harbour" });
        // Document 2 has the word in its headline and three times in its body.
        Assert.Equal(2, hits[0].Id);
        Assert.Equal([2L, 3, 4], hits.Select(h => h.Id).Order().ToArray());
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.True(hits[1].Score >= hits[2].Score);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void PhrasesNeedTheWordsTogether(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = Build(test);
        Assert.Equal([2L], Ids(corpus, "\"old harbour wall\""));
        Assert.Equal([2L, 4], Ids(corpus, "old wall").Order().ToArray());
        Assert.Equal([4L], Ids(corpus, "\"old wall\""));
        // Phrases with common words ("the", "of"): matched through the indexed pairs in Lucene.
        Assert.Equal([4L], Ids(corpus, "\"the old wall of the mill\""));
        Assert.Equal([2L, 3, 4], Ids(corpus, "\"the harbour\"").Order().ToArray());
        Assert.Empty(Ids(corpus, "\"the wall of\""));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void AWordFindsItsPluralAndAQuotedWordOnlyItself(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = Build(test);
        // Only the singular is written ("wall", "passengers"): the plural and the singular find it.
        Assert.Equal([2L, 4], Ids(corpus, "walls").Order().ToArray());
        Assert.Equal([1L], Ids(corpus, "passenger"));
        Assert.Empty(Ids(corpus, "\"walls\""));
        Assert.Contains("**wall**", corpus.Search(new SearchQuery { Text = "walls" }).First(h => h.Id == 4).Snippet, StringComparison.Ordinal);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void BooleanOperatorsCombine(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = Build(test);
        Assert.Equal([3L, 5], Ids(corpus, "library").Order().ToArray());
        Assert.Equal([1L, 3, 5], Ids(corpus, "library OR ferry").Order().ToArray());
        Assert.Equal([3L], Ids(corpus, "library AND harbour"));
        Assert.Equal([3L], Ids(corpus, "library harbour"));
        Assert.Equal([5L], Ids(corpus, "library NOT harbour"));
        Assert.Equal([5L], Ids(corpus, "library -harbour"));
        Assert.Equal([1L, 2, 4], Ids(corpus, "(storm OR ferry) NOT council").Order().ToArray());
        Assert.Equal([5L], Ids(corpus, "librar* -council"));
        Assert.Empty(Ids(corpus, "volcano"));
        // Lower-case "or" is a word, not an operator.
        Assert.Empty(Ids(corpus, "library or ferry"));
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void SnippetsHighlightTheMatchedWords(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = Build(test);
        var hit = corpus.Search(new SearchQuery { Text = "volunteers" }).Single();
        Assert.Contains("**volunteers**", hit.Snippet);
        Assert.Equal("Harbour wall repaired", hit.Headline);
        Assert.Equal("https://example.com/2", hit.Url);
        Assert.Equal("2025-01-02", hit.DatePublished);
        Assert.Equal("example.com", hit.Site);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public void LimitCapsTheHits(string kind)
    {
        using var test = new TestCorpus(kind);
        using var corpus = Build(test);
        Assert.Equal(2, corpus.Search(new SearchQuery { Text = "the", Limit = 2 }).Count);
        Assert.Throws<FormatException>(() => corpus.Search(new SearchQuery { Text = "-harbour" }));
        Assert.Throws<FormatException>(() => corpus.Search(new SearchQuery { Text = "x", Limit = 0 }));
    }
}
