using System.Globalization;
using System.Text;
using Lede.Corpus.Search;

namespace Lede.Corpus.Storage;

/// <summary>
/// The filter part of a search as SQL both databases run unchanged (alias <c>a</c> = articles).
/// Names are compared lower-cased on both sides, so SQLite's ASCII-only lower() never matters.
/// </summary>
internal static class SearchFilterSql
{
    public sealed record Clause(string Sql, IReadOnlyList<KeyValuePair<string, object>> Parameters);

    public static Clause Build(SearchQuery query)
    {
        var sql = new StringBuilder();
        var parameters = new List<KeyValuePair<string, object>>();
        void Add(string condition, params (string Name, object Value)[] values)
        {
            sql.Append(" AND ").Append(condition);
            foreach (var (name, value) in values) parameters.Add(new(name, value));
        }
        if (query.From is { } from) Add("a.published_day >= @from", ("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (query.To is { } to) Add("a.published_day <= @to", ("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (Clean(query.Site) is { } site)
        {
            site = SiteKey(site);
            Add("(a.site = @site OR a.site LIKE @siteSuffix ESCAPE '\\' OR a.site_name = @site)",
                ("@site", site), ("@siteSuffix", "%." + EscapeLike(site)));
        }
        if (Clean(query.Author) is { } author)
            Add("EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = a.id AND w.name LIKE @author ESCAPE '\\')",
                ("@author", "%" + EscapeLike(author) + "%"));
        if (Clean(query.Entity) is { } entity)
        {
            var (condition, values) = EntityCondition("e", entity);
            Add($"EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND {condition})", values);
        }
        if (Clean(query.Language) is { } language)
            Add("(a.lang = @lang OR a.lang LIKE @langPrefix ESCAPE '\\')", ("@lang", language), ("@langPrefix", EscapeLike(language) + "-%"));
        return new Clause(sql.ToString(), parameters);
    }

    /// <summary>An entity matches by its full name or by whole words of it ("kowalczyk" finds "marta kowalczyk").</summary>
    public static (string Sql, (string, object)[] Values) EntityCondition(string alias, string entity)
    {
        var escaped = EscapeLike(entity);
        return ($"({alias}.name = @entity OR {alias}.name LIKE @entityEnd ESCAPE '\\' OR {alias}.name LIKE @entityStart ESCAPE '\\' OR {alias}.name LIKE @entityMiddle ESCAPE '\\')",
        [
            ("@entity", entity), ("@entityEnd", "% " + escaped), ("@entityStart", escaped + " %"), ("@entityMiddle", "% " + escaped + " %"),
        ]);
    }

    public static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : ArticleRowCodec.Normalise(value);

    /// <summary>"https://www.Example.com/x" and "www.example.com" both mean example.com.</summary>
    public static string SiteKey(string site)
    {
        if (site.Contains("://", StringComparison.Ordinal) && ArticleRowCodec.SiteOf(site) is { } host) return host;
        return site.StartsWith("www.", StringComparison.Ordinal) ? site[4..] : site;
    }

    private static string EscapeLike(string value) => value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
