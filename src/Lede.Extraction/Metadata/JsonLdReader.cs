using System.Text;
using System.Text.Json;
using Lede.Extraction.Html.Dom;
using Lede.Extraction.Rules;

namespace Lede.Extraction.Metadata;

/// <summary>
/// Reads schema.org JSON-LD blocks: single objects, arrays, <c>@graph</c>, nested author/publisher objects and
/// <c>@id</c> references. Broken JSON (raw newlines in strings, HTML comments, trailing commas) is repaired
/// where that is cheap, and skipped otherwise.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxBlocks = 32;
    private const int MaxNodes = 5000;
    private const int MaxScriptChars = 2_000_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    public static JsonLdFacts? Read(HtmlDocument document) => Read(document.ElementsNamed("script").Where(s => s.HasAttribute("type")));

    /// <param name="typedScripts">The page's &lt;script&gt; elements that have a type attribute, in document order.</param>
    public static JsonLdFacts? Read(IEnumerable<HtmlElement> typedScripts)
    {
        var objects = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        try
        {
            var blocks = 0;
            foreach (var script in typedScripts)
            {
                var type = script.GetAttribute("type") ?? "";
                if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
                if (++blocks > MaxBlocks) break;
                var json = script.TextContent;
                if (json.Length > MaxScriptChars) continue;
                var parsed = TryParse(json);
                if (parsed is null) continue;
                docs.Add(parsed);
                CollectObjects(parsed.RootElement, objects);
            }
            return objects.Count == 0 ? null : Reduce(objects);
        }
        finally
        {
            foreach (var d in docs) d.Dispose();
        }
    }

    internal static JsonDocument? TryParse(string json)
    {
        try { return JsonDocument.Parse(json, Options); }
        catch (JsonException) { }
        var repaired = Repair(json);
        try { return JsonDocument.Parse(repaired, Options); }
        catch (JsonException) { }
        return LeadingValue(repaired);
    }

    /// <summary>
    /// The one whole value the block opens with, whatever follows it: templates that close an object once too often
    /// ("… } } }") or print a stray word after it leave a complete object that the rest of the block spoils.
    /// </summary>
    private static JsonDocument? LeadingValue(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions
        {
            AllowTrailingCommas = Options.AllowTrailingCommas,
            CommentHandling = Options.CommentHandling,
            MaxDepth = Options.MaxDepth,
        });
        try { return JsonDocument.TryParseValue(ref reader, out var document) ? document : null; }
        catch (JsonException) { return null; }
    }

    /// <summary>Fixes what CMSs commonly break: comment/CDATA wrappers, control characters inside strings, stray trailing semicolons, keys without a value.</summary>
    private static string Repair(string json)
    {
        var s = json.Trim();
        foreach (var wrapper in new[] { "<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>" })
            s = s.Replace(wrapper, "", StringComparison.Ordinal);
        s = s.Trim().TrimEnd(';');
        var sb = new StringBuilder(s.Length);
        var inString = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (inString)
            {
                if (c == '\\' && i + 1 < s.Length)
                {
                    // Keep valid escapes; a lone backslash before anything else is escaped itself.
                    var next = s[i + 1];
                    if ("\"\\/bfnrtu".Contains(next)) { sb.Append(c).Append(next); i++; }
                    else sb.Append("\\\\");
                    continue;
                }
                if (c == '"') inString = false;
                if (c < ' ') { sb.Append(' '); continue; }
                sb.Append(c);
                continue;
            }
            if (c == '"') inString = true;
            // Templates that print nothing for an empty field leave a key without a value ("width": ,): it is null.
            else if (c is ',' or '}' or ']' && LastNonSpace(sb) == ':') sb.Append("null");
            sb.Append(c);
        }
        var text = sb.ToString();
        // Two top-level objects written back to back: make them an array.
        if (text.StartsWith('{') && text.Contains("}{", StringComparison.Ordinal) || text.Contains("}\n{", StringComparison.Ordinal))
            text = "[" + text.Replace("}{", "},{", StringComparison.Ordinal).Replace("}\n{", "},{", StringComparison.Ordinal) + "]";
        return text;
    }

    private static char LastNonSpace(StringBuilder sb)
    {
        for (var i = sb.Length - 1; i >= 0; i--)
            if (!char.IsWhiteSpace(sb[i])) return sb[i];
        return '\0';
    }

    /// <summary>Every object with an <c>@type</c>, found iteratively through arrays, <c>@graph</c> and nested values.</summary>
    private static void CollectObjects(JsonElement root, List<JsonElement> objects)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        var seen = 0;
        while (stack.Count > 0 && seen++ < MaxNodes)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                for (var i = e.GetArrayLength() - 1; i >= 0; i--) stack.Push(e[i]);
                continue;
            }
            if (e.ValueKind != JsonValueKind.Object) continue;
            if (e.TryGetProperty("@type", out _)) objects.Add(e);
            if (e.TryGetProperty("@graph", out var graph)) stack.Push(graph);
            // Articles nest inside WebPage.mainEntity or ItemList.itemListElement.
            foreach (var name in new[] { "mainEntity", "mainEntityOfPage", "itemListElement", "item", "hasPart" })
                if (e.TryGetProperty(name, out var child) && child.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    stack.Push(child);
        }
    }

    private static JsonLdFacts Reduce(List<JsonElement> objects)
    {
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var o in objects)
            if (Str(o, "@id") is { } id) byId.TryAdd(id, o);

        JsonElement? article = null;
        var articleRank = int.MaxValue;
        JsonElement? page = null;
        string? siteName = null;
        string? orgName = null;
        foreach (var o in objects)
        {
            var types = Types(o);
            var rank = types.Select(t => Array.IndexOf(MetadataRules.ArticleTypes, t)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
            // Prefer the most specific type; among equals, the first that has a headline (lists of teasers come later).
            if (rank < articleRank || (rank == articleRank && article is { } a && Str(a, "headline") is null && Str(o, "headline") is not null))
            {
                article = o;
                articleRank = rank;
            }
            if (page is null && types.Any(t => MetadataRules.PageTypes.Contains(t))) page = o;
            if (siteName is null && types.Contains("WebSite")) siteName = Str(o, "name");
            if (orgName is null && types.Any(t => t is "Organization" or "NewsMediaOrganization")) orgName = Str(o, "name");
        }

        var main = article ?? page;
        if (main is not { } m) return new JsonLdFacts { SiteName = siteName, Publisher = orgName };
        return new JsonLdFacts
        {
            Type = Types(m).FirstOrDefault(),
            IsArticle = article is not null,
            Headline = Str(m, "headline") ?? Str(m, "name"),
            AlternativeHeadline = Str(m, "alternativeHeadline") ?? Str(m, "alternateName"),
            Description = Str(m, "description"),
            Authors = Authors(m, byId),
            Publisher = PublisherName(m, byId) ?? orgName,
            PublisherIsPerson = PublisherIsPerson(m, byId),
            SiteName = siteName,
            DatePublished = Str(m, "datePublished") ?? Str(m, "uploadDate") ?? Str(m, "startDate"),
            DateCreated = Str(m, "dateCreated"),
            DateModified = Str(m, "dateModified"),
            Images = Images(m, byId),
            ArticleBody = Str(m, "articleBody") ?? Str(m, "text"),
            Section = Strings(m, "articleSection").FirstOrDefault(),
            Keywords = Keywords(m),
            InLanguage = Str(m, "inLanguage") is { } lang ? lang : LanguageName(m),
            Url = Str(m, "url") ?? IdOf(m, "mainEntityOfPage"),
        };
    }

    private static string? LanguageName(JsonElement m) =>
        m.TryGetProperty("inLanguage", out var l) && l.ValueKind == JsonValueKind.Object ? Str(l, "alternateName") ?? Str(l, "name") : null;

    private static string? IdOf(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "@id") ?? Str(v, "url"),
            _ => null,
        } : null;

    private static List<string> Types(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var t)) return [];
        if (t.ValueKind == JsonValueKind.String) return [StripVocabulary(t.GetString()!)];
        if (t.ValueKind == JsonValueKind.Array)
            return t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => StripVocabulary(x.GetString()!)).ToList();
        return [];
    }

    private static string StripVocabulary(string type)
    {
        var slash = type.LastIndexOf('/');
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    /// <summary>A string property; arrays give their first string, objects their name or value.</summary>
    internal static string? Str(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var v)) return null;
        return Flatten(v);
    }

    private static string? Flatten(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                // JSON-LD is script text, so the HTML parser left its entities alone; CMSs often write them.
                return v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? System.Net.WebUtility.HtmlDecode(s).Trim() : null;
            case JsonValueKind.Number:
                return v.GetRawText();
            case JsonValueKind.Array:
                foreach (var x in v.EnumerateArray())
                    if (x.ValueKind is JsonValueKind.String or JsonValueKind.Number && Flatten(x) is { } first) return first;
                return null;
            case JsonValueKind.Object:
                return Str(v, "@value") ?? Str(v, "name");
            default:
                return null;
        }
    }

    private static IEnumerable<string> Strings(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) yield break;
        if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in v.EnumerateArray())
                if (Flatten(x) is { } s) yield return s;
        }
        else if (Flatten(v) is { } s) yield return s;
    }

    private static List<string> Keywords(JsonElement o)
    {
        var list = new List<string>();
        foreach (var k in Strings(o, "keywords"))
            foreach (var part in k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (!list.Contains(part, StringComparer.OrdinalIgnoreCase)) list.Add(part);
        return list;
    }

    private static JsonElement Deref(JsonElement e, Dictionary<string, JsonElement> byId) =>
        e.ValueKind == JsonValueKind.Object && !e.TryGetProperty("name", out _) && Str(e, "@id") is { } id && byId.TryGetValue(id, out var target)
            ? target : e;

    /// <summary>The publisher is typed Person: a one-person blog, whose owner is its author, not a site to set aside.</summary>
    private static bool PublisherIsPerson(JsonElement m, Dictionary<string, JsonElement> byId)
    {
        if (!m.TryGetProperty("publisher", out var p)) return false;
        if (p.ValueKind == JsonValueKind.Array && p.GetArrayLength() > 0) p = p[0];
        p = Deref(p, byId);
        return p.ValueKind == JsonValueKind.Object && Types(p).Contains("Person");
    }

    private static List<JsonLdAuthor> Authors(JsonElement m, Dictionary<string, JsonElement> byId)
    {
        var list = new List<JsonLdAuthor>();
        foreach (var key in new[] { "author", "creator" })
        {
            if (!m.TryGetProperty(key, out var a)) continue;
            var items = a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToList() : [a];
            foreach (var raw in items.Take(20))
            {
                var item = Deref(raw, byId);
                if (item.ValueKind == JsonValueKind.String)
                {
                    var s = item.GetString()?.Trim();
                    if (!string.IsNullOrEmpty(s) && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) list.Add(new JsonLdAuthor(s, null, false));
                    continue;
                }
                if (item.ValueKind != JsonValueKind.Object) continue;
                var name = Str(item, "name");
                if (name is null && Str(item, "givenName") is { } given)
                    name = (given + " " + Str(item, "familyName")).Trim();
                if (name is null) continue;
                var types = Types(item);
                // Personal sites type their owner ["Person", "Organization"]: a person first.
                var isOrg = !types.Contains("Person") && types.Any(t => MetadataRules.OrganizationTypes.Contains(t));
                list.Add(new JsonLdAuthor(name, Str(item, "url") ?? IdUrl(item), isOrg));
            }
            if (list.Count > 0) break;
        }
        return list;
    }

    private static string? IdUrl(JsonElement item) =>
        Str(item, "@id") is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !id.Contains('#') ? id : null;

    private static string? PublisherName(JsonElement m, Dictionary<string, JsonElement> byId)
    {
        if (!m.TryGetProperty("publisher", out var p)) return null;
        if (p.ValueKind == JsonValueKind.Array && p.GetArrayLength() > 0) p = p[0];
        p = Deref(p, byId);
        return p.ValueKind == JsonValueKind.String ? p.GetString()?.Trim() : Str(p, "name");
    }

    private static List<string> Images(JsonElement m, Dictionary<string, JsonElement> byId)
    {
        var list = new List<string>();
        foreach (var key in new[] { "image", "thumbnailUrl", "associatedMedia" })
        {
            if (!m.TryGetProperty(key, out var img)) continue;
            var items = img.ValueKind == JsonValueKind.Array ? img.EnumerateArray().ToList() : [img];
            foreach (var raw in items.Take(10))
            {
                var item = Deref(raw, byId);
                var url = item.ValueKind == JsonValueKind.String ? item.GetString() : Str(item, "url") ?? Str(item, "contentUrl");
                if (!string.IsNullOrWhiteSpace(url) && !list.Contains(url)) list.Add(url.Trim());
            }
        }
        return list;
    }
}
