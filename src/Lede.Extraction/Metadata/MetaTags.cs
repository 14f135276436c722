using Lede.Extraction.Html.Dom;

namespace Lede.Extraction.Metadata;

/// <summary>
/// The page's &lt;meta&gt; values by lower-case key: <c>property</c>, <c>name</c>, <c>itemprop</c> and
/// <c>http-equiv</c> share one namespace, as CMSs mix them freely. Values keep page order.
/// </summary>
internal sealed class MetaTags
{
    private const int MaxTags = 2000;
    private const int MaxValueChars = 10_000;
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Key, string Value)> _inPageOrder = [];

    public MetaTags(HtmlDocument document) : this(document.ElementsNamed("meta")) { }

    /// <param name="metas">The page's &lt;meta&gt; elements in document order.</param>
    public MetaTags(IEnumerable<HtmlElement> metas)
    {
        var count = 0;
        foreach (var meta in metas)
        {
            if (++count > MaxTags) break;
            var value = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(value)) continue;
            // The parser has decoded entities once, as browsers do; a second decode would alter text that is literally "&amp;".
            value = value.Trim();
            if (value.Length > MaxValueChars) value = value[..MaxValueChars];
            foreach (var attr in KeyAttributes)
            {
                var key = meta.GetAttribute(attr)?.Trim();
                if (string.IsNullOrEmpty(key)) continue;
                // "og:title og:description" style multi-keys exist; each token is a key.
                if (!key.Contains(' ')) Add(attr, key, value);
                else
                    foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Add(attr, k, value);
            }
        }
    }

    private static readonly string[] KeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    private void Add(string attr, string key, string value)
    {
        if (!_values.TryGetValue(key, out var list)) _values[key] = list = [];
        list.Add(value);
        // Microdata (itemprop) describes things inside the body (a product, an author), not the page.
        if (attr is "property" or "name") _inPageOrder.Add((key, value));
    }

    public string? Get(string key) => _values.TryGetValue(key, out var list) ? list[0] : null;

    public IReadOnlyList<string> GetAll(string key) => _values.TryGetValue(key, out var list) ? list : [];

    /// <summary>The values of the name/property tags for <paramref name="key"/>, microdata (itemprop) left out.</summary>
    public IEnumerable<string> GetDeclared(string key)
    {
        foreach (var (k, value) in _inPageOrder)
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) yield return value;
    }

    /// <summary>The value that comes first in the page among the name/property tags named by <paramref name="keys"/>.</summary>
    public string? EarliestOf(IReadOnlyCollection<string> keys)
    {
        foreach (var (key, value) in _inPageOrder)
            foreach (var k in keys)
                if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    /// <summary>The first key of <paramref name="keys"/> that has a value.</summary>
    public string? First(IEnumerable<string> keys)
    {
        foreach (var k in keys)
            if (Get(k) is { } v) return v;
        return null;
    }
}
