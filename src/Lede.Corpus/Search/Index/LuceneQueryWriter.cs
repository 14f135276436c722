using System.Globalization;
using Lede.Corpus.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Lede.Corpus.Search.Index;

/// <summary>
/// Renders a parsed query and its filters as a Lucene query with the same matches as the FTS5 and
/// tsquery renderings: each word or phrase in the headline (weighted 4×) or the body, AND as MUST,
/// OR as SHOULD, NOT as MUST_NOT; filters as a non-scoring filter with the SQL filters' meaning.
/// </summary>
internal static class LuceneQueryWriter
{
    static LuceneQueryWriter()
    {
        // A 2,000-character query can hold ~1,000 words; Lucene's default cap is 1,024 clauses.
        BooleanQuery.MaxClauseCount = 4096;
    }

    public static Query Write(SearchQuery query, QueryNode parsed)
    {
        var text = Text(parsed);
        return Filter(query) is { } filter ? new FilteredQuery(text, new QueryWrapperFilter(filter)) : text;
    }

    private static Query Text(QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                return EitherField(field => term.Prefix ? new PrefixQuery(new Term(field, term.Token)) : new TermQuery(new Term(field, term.Token)));
            case PhraseNode phrase:
                return EitherField(field => Phrase(field, phrase.Tokens));
            case OrNode or:
            {
                var any = new BooleanQuery(disableCoord: true);
                foreach (var part in or.Parts) any.Add(Text(part), Occur.SHOULD);
                return any;
            }
            case AndNode and:
            {
                var all = new BooleanQuery(disableCoord: true);
                foreach (var part in and.Parts) all.Add(Text(part), Occur.MUST);
                foreach (var part in and.Excluded) all.Add(Text(part), Occur.MUST_NOT);
                return all;
            }
            default:
                throw new ArgumentException($"unknown query node {node.GetType().Name}", nameof(node));
        }
    }

    /// <summary>
    /// A phrase as the index holds it (<see cref="CommonPairFilter"/>): each adjacent pair with a common word
    /// is one pair term at its first word's position, every word no pair covers a word at its position.
    /// "of the senate" → "of the"@0, "the senate"@1; "senate vote" → senate@0, vote@1.
    /// </summary>
    private static Query Phrase(string field, IReadOnlyList<string> tokens)
    {
        var terms = new List<(int Position, string Text)>();
        var covered = new bool[tokens.Count];
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!CommonPairFilter.IsCommon(tokens[i]) && !CommonPairFilter.IsCommon(tokens[i + 1])) continue;
            terms.Add((i, CommonPairFilter.Pair(tokens[i], tokens[i + 1])));
            covered[i] = covered[i + 1] = true;
        }
        for (var i = 0; i < tokens.Count; i++)
            if (!covered[i]) terms.Add((i, tokens[i]));
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0].Text));
        var phrase = new PhraseQuery();
        // Lucene wants positions in order.
        foreach (var (position, text) in terms.OrderBy(t => t.Position)) phrase.Add(new Term(field, text), position);
        return phrase;
    }

    private static BooleanQuery EitherField(Func<string, Query> make)
    {
        var headline = make(IndexFields.Headline);
        headline.Boost = IndexFields.HeadlineBoost;
        return new BooleanQuery(disableCoord: true) { { headline, Occur.SHOULD }, { make(IndexFields.Body), Occur.SHOULD } };
    }

    /// <summary>The filters of <paramref name="query"/> (see <see cref="SearchFilterSql.Build"/>), or null when it has none.</summary>
    private static Query? Filter(SearchQuery query)
    {
        var all = new BooleanQuery(disableCoord: true);
        if (query.From is not null || query.To is not null)
            all.Add(TermRangeQuery.NewStringRange(IndexFields.Day, query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true, true), Occur.MUST);
        if (SearchFilterSql.Clean(query.Site) is { } site)
        {
            site = SearchFilterSql.SiteKey(site);
            all.Add(AnyTerm((IndexFields.Site, site), (IndexFields.SiteSuffix, site), (IndexFields.SiteName, site)), Occur.MUST);
        }
        if (SearchFilterSql.Clean(query.Author) is { } author)
            all.Add(new ContainsTermQuery(IndexFields.Author, author), Occur.MUST);
        if (SearchFilterSql.Clean(query.Entity) is { } entity)
            all.Add(new TermQuery(new Term(IndexFields.Entity, entity)), Occur.MUST);
        if (SearchFilterSql.Clean(query.Language) is { } language)
            all.Add(AnyTerm((IndexFields.Language, language), (IndexFields.LanguagePrefix, language)), Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    private static BooleanQuery AnyTerm(params (string Field, string Value)[] terms)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, value) in terms) any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any;
    }
}
