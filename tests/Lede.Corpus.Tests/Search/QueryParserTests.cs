using Lede.Corpus.Search;

namespace Lede.Corpus.Tests.Search;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("harbour", "\"harbour\"", "'harbour'")]
    [InlineData("Harbour Wall", "(\"harbour\" AND \"wall\")", "('harbour' & 'wall')")]
    [InlineData("\"old harbour\"", "\"old harbour\"", "('old' <-> 'harbour')")]
    [InlineData("a OR b", "(\"a\" OR \"b\")", "('a' | 'b')")]
    [InlineData("a NOT b", "(\"a\" NOT \"b\")", "('a' & !'b')")]
    [InlineData("a -b -c", "(\"a\" NOT \"b\" NOT \"c\")", "('a' & !'b' & !'c')")]
    [InlineData("(a OR b) c", "((\"a\" OR \"b\") AND \"c\")", "(('a' | 'b') & 'c')")]
    [InlineData("harb*", "\"harb\"*", "'harb':*")]
    [InlineData("U.S. envoy", "(\"u s\" AND \"envoy\")", "(('u' <-> 's') & 'envoy')")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"", "('unclosed' <-> 'phrase')")]
    [InlineData("a AND OR ) b", "(\"a\" OR \"b\")", "('a' | 'b')")]
    [InlineData("\"; DROP TABLE articles; --\" x", "(\"drop table articles\" AND \"x\")", "(('drop' <-> 'table' <-> 'articles') & 'x')")]
    public void RendersForBothIndexes(string query, string fts5, string tsquery)
    {
        var node = QueryParser.Parse(query);
        Assert.Equal(fts5, QueryDialect.Fts5.Write(node));
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
