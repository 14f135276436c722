using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lede.Extraction.Model;

namespace Lede.Extraction.Output;

/// <summary>The JSON shape of Lede's records: camelCase schema.org names, nulls and empty lists left out.</summary>
public static class ArticleJson
{
    public static readonly JsonSerializerOptions Compact = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // JSON output is data, not HTML: keep quotes, accents and dashes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { OmitEmptyLists },
        },
    };

    /// <summary>An article as a JSON object, so later stages can add their fields beside the extracted ones.</summary>
    public static JsonObject ToJsonObject(NewsArticle article) =>
        JsonSerializer.SerializeToNode(article, Compact)!.AsObject();

    public static string Serialize(NewsArticle article, bool indented = false) =>
        JsonSerializer.Serialize(article, indented ? Indented : Compact);

    public static NewsArticle? Deserialize(string json) => JsonSerializer.Deserialize<NewsArticle>(json, Compact);

    /// <summary>The object written for an input that could not be extracted.</summary>
    public static JsonObject Error(string? source, string message) => new() { ["source"] = source, ["error"] = message };

    private static void OmitEmptyLists(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
            if (typeof(System.Collections.ICollection).IsAssignableFrom(property.PropertyType)
                || property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                property.ShouldSerialize = (_, value) => value is System.Collections.IEnumerable e && e.GetEnumerator().MoveNext();
    }
}
