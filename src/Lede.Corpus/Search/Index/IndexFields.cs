namespace Lede.Corpus.Search.Index;

/// <summary>
/// Field names of the Lucene index. The filter fields hold, as exact terms, every value a filter of
/// <see cref="Storage.SearchFilterSql"/> can match, so a filter is a term lookup instead of a LIKE scan.
/// </summary>
internal static class IndexFields
{
    public const string Id = "id";
    /// <summary>Words of the headline and of the body with their positions, plus the pairs with a common word in them (<see cref="CommonPairFilter"/>).</summary>
    public const string Headline = "headline";

    public const string Body = "body";

    /// <summary>Publication day as stored ("yyyy-MM-dd"), compared as text like the SQL filter.</summary>
    public const string Day = "day";

    public const string Site = "site";

    /// <summary>Every parent domain of the site ("a.example.com" → "example.com", "com"): the SQL filter's LIKE '%.' || site.</summary>
    public const string SiteSuffix = "site_suffix";

    public const string SiteName = "site_name";

    public const string Language = "lang";

    /// <summary>Every leading part of a language tag before a '-' ("en-gb" → "en"): the SQL filter's LIKE lang || '-%'.</summary>
    public const string LanguagePrefix = "lang_prefix";

    /// <summary>Whole normalised author names; the filter matches a part of one (a wildcard over the few distinct names).</summary>
    public const string Author = "author";

    /// <summary>Every run of whole words of an entity name ("karoline leavitt" → "karoline", "leavitt", "karoline leavitt").</summary>
    public const string Entity = "entity";

    /// <summary>The headline's weight against the body in BM25 (PostgreSQL weighs it as class A against B).</summary>
    public const float HeadlineBoost = 4f;
}
