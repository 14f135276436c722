using System.Globalization;
using Lede.Corpus.Search;
using Microsoft.AspNetCore.Http;

namespace Lede.Server.Api;

/// <summary>Reads a <see cref="SearchQuery"/> from query-string parameters named like <c>lede search</c>'s options.</summary>
public static class SearchParameters
{
    /// <summary>q, from, to (YYYY-MM-DD), site, author, entity, lang, limit.</summary>
    public static (SearchQuery? Query, IReadOnlyList<string> Errors) Read(IQueryCollection query)
    {
        var errors = new List<string>();
        var text = query["q"].ToString().Trim();
        if (text.Length == 0) errors.Add("give a query: ?q=words");
        var from = Day(query["from"], "from", errors);
        var to = Day(query["to"], "to", errors);
        var limit = SearchQuery.DefaultLimit;
        if (query["limit"].ToString() is { Length: > 0 } l && !int.TryParse(l, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out limit))
            errors.Add($"limit '{l}' is not a whole number");
        if (errors.Count > 0) return (null, errors);
        var search = new SearchQuery
        {
            Text = text, From = from, To = to,
            Site = Optional(query["site"]), Author = Optional(query["author"]), Entity = Optional(query["entity"]), Language = Optional(query["lang"]),
            Limit = limit,
        };
        var invalid = search.Validate();
        return invalid.Count > 0 ? (null, invalid) : (search, []);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value, string name, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add($"{name} '{value}' is not a day (YYYY-MM-DD)");
        return null;
    }
}
