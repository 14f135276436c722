using Lede.Corpus.Search;

namespace Lede.Corpus.Tests.Search;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("harbour", "('harbour' | 'harbours')")]
    [InlineData("\"harbour\"", "'harbour'")]
    [InlineData("Harbour Walls", "(('harbour' | 'harbours') & ('walls' | 'wall'))")]
    [InlineData("\"old harbour\"", "('old' <-> 'harbour')")]
    [InlineData("a OR b", "('a' | 'b')")]
    [InlineData("a NOT b", "('a' & !'b')")]
    [InlineData("a -b -c", "('a' & !'b' & !'c')")]
    [InlineData("(a OR b) c", "(('a' | 'b') & 'c')")]
    [InlineData("harb*", "'harb':*")]
    [InlineData("U.S. envoy", "(('u' <-> 's') & ('envoy' | 'envoys'))")]
    [InlineData("\"unclosed phrase", "('unclosed' <-> 'phrase')")]
    [InlineData("a AND OR ) b", "('a' | 'b')")]
    [InlineData("\"; DROP TABLE articles; --\" x", "(('drop' <-> 'table' <-> 'articles') & 'x')")]
    public void RendersAsTsQuery(string query, string tsquery)
    {
        var node = QueryParser.Parse(query);
        Assert.Equal(tsquery, QueryDialect.TsQuery.Write(node));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ...  ")]
    [InlineData("NOT harbour")]
    [InlineData("-harbour")]
    public void RefusesQueriesWithNothingToFind(string query) => Assert.Throws<FormatException>(() => QueryParser.Parse(query));

    [Theory]
    [InlineData("a*", "at least 3 letters")]
    [InlineData("harbour ti*", "at least 3 letters")]
    [InlineData("har* wal* sto* bri* riv* por* doc* shi* tow*", "9 prefix words")]
    public void RefusesPrefixesThatWouldScanMuchOfTheIndex(string query, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => QueryParser.Parse(query)).Message);

    [Fact]
    public void RefusesMoreWordsThanOneSearchTakes()
    {
        // Within the 2,000-character limit: 300 one-letter prefixes, or 60 common words ORed, each a pass over the index.
        var prefixes = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"{(char)('a' + i % 26)}*"));
        var words = string.Join(" OR ", Enumerable.Range(0, 60).Select(i => $"w{i}"));
        Assert.Throws<FormatException>(() => QueryParser.Parse(prefixes));
        Assert.Contains("60 words", Assert.Throws<FormatException>(() => QueryParser.Parse(words)).Message);
        Assert.IsType<OrNode>(QueryParser.Parse(string.Join(" OR ", Enumerable.Range(0, 50).Select(i => $"w{i}"))));
        Assert.IsType<AndNode>(QueryParser.Parse("harb* wal* sto* bri* riv* por* doc* shi*"));
    }

    [Fact]
    public void DeepBracketsAreRefusedNotRecursedInto() =>
        Assert.Throws<FormatException>(() => QueryParser.Parse(new string('(', 5000) + "a"));

    [Theory]
    [InlineData("hostage", "hostage hostages")]
    [InlineData("hostages", "hostages hostage")]
    [InlineData("party", "party parties")]
    [InlineData("parties", "parties party")]
    [InlineData("tax", "tax taxes")]
    [InlineData("taxes", "taxes tax")]
    [InlineData("crisis", "crisis crises")]
    [InlineData("crises", "crises crisis crise")]
    [InlineData("houses", "houses housis house")]
    [InlineData("virus", "virus viruses")]
    [InlineData("day", "day days")]
    [InlineData("news", "news")]
    [InlineData("new", "new")]
    [InlineData("politics", "politics")]
    [InlineData("us", "us")]
    [InlineData("covid19", "covid19")]
    [InlineData("flüchtling", "flüchtling")]
    public void AWordIsSearchedWithItsSingularOrPlural(string word, string forms) =>
        Assert.Equal(forms.Split(' '), WordForms.Of(word));

    [Fact]
    public void Forms_do_not_count_against_the_word_cap()
    {
        // 50 words, each with a plural: still 50 words asked for.
        var node = QueryParser.Parse(string.Join(" OR ", Enumerable.Range(0, 50).Select(i => $"harbour{(char)('a' + i % 26)}{(char)('a' + i / 26)}")));
        Assert.Equal(50, Assert.IsType<OrNode>(node).Parts.Count);
    }
}
