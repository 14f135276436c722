using Lede.Corpus.Search;

namespace Lede.Corpus.Tests.Search;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("harbour", "'harbour'")]
    [InlineData("Harbour Wall", "('harbour' & 'wall')")]
    [InlineData("\"old harbour\"", "('old' <-> 'harbour')")]
    [InlineData("a OR b", "('a' | 'b')")]
    [InlineData("a NOT b", "('a' & !'b')")]
    [InlineData("a -b -c", "('a' & !'b' & !'c')")]
    [InlineData("(a OR b) c", "(('a' | 'b') & 'c')")]
    [InlineData("harb*", "'harb':*")]
    [InlineData("U.S. envoy", "(('u' <-> 's') & 'envoy')")]
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

    [Fact]
    public void DeepBracketsAreRefusedNotRecursedInto() =>
        Assert.Throws<FormatException>(() => QueryParser.Parse(new string('(', 5000) + "a"));
}
