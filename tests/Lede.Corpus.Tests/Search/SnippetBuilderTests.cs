using Lede.Corpus.Search;

namespace Lede.Corpus.Tests.Search;

public sealed class SnippetBuilderTests
{
    private static string Snippet(string body, string query) => SnippetBuilder.Build(body, QueryParser.Parse(query));

    [Fact]
    public void AShortBodyIsMarkedWhole() =>
        Assert.Equal("Crews repaired the **Harbour** wall.", Snippet("Crews repaired the Harbour wall.", "harbour"));

    [Fact]
    public void PhrasesAreMarkedAsOneAndLoneWordsOfThemAreNot() =>
        Assert.Equal("The **old harbour** wall and the harbour.", Snippet("The old harbour wall and the harbour.", "\"old harbour\""));

    [Fact]
    public void PrefixesMarkWholeWordsAndExcludedWordsAreNotMarked() =>
        Assert.Equal("The **library** and the **librarian** met the council.", Snippet("The library and the librarian met the council.", "librar* -council"));

    [Fact]
    public void ALongBodyIsCutAroundTheWindowWithMostDifferentWords()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 40).Select(i => "word" + i));
        var body = $"Ferry news first. {filler} The ferry and the harbour reopened today. {filler} Ferry again.";
        var snippet = Snippet(body, "ferry harbour");
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("The **ferry** and the **harbour** reopened today.", snippet);
        Assert.Equal(SnippetBuilder.WindowTokens, QueryTokenizer.Tokens(snippet.Replace("**", "")).Count);
    }

    [Fact]
    public void WithoutAMatchInTheBodyTheBodyStartsTheSnippet()
    {
        var body = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i)) + ".";
        var snippet = Snippet(body, "headline");
        Assert.StartsWith("word0 word1 ", snippet);
        Assert.EndsWith("word23…", snippet);
        Assert.DoesNotContain("**", snippet);
    }
}
