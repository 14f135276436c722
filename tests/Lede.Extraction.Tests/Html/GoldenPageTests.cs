using System.Text.Json;
using Lede.Extraction.Model;

namespace Lede.Extraction.Tests.Html;

/// <summary>
/// Pages we wrote ourselves (tests/pages/&lt;slug&gt;/source.html) with realistic chrome around invented
/// stories; expected.json holds the exact body, the images and, for pages without a story, a warning.
/// </summary>
public class GoldenPageTests
{
    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(PagesFolder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    private static string PagesFolder => Path.Combine(AppContext.BaseDirectory, "pages");

    [Fact]
    public void EveryGoldenPageIsFound() => Assert.True(Directory.GetDirectories(PagesFolder).Length >= 4, "tests/pages should hold at least four golden pages");

    [Theory]
    [MemberData(nameof(Slugs))]
    public void ExtractsTheExpectedBodyAndImages(string slug)
    {
        var folder = Path.Combine(PagesFolder, slug);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var root = expected.RootElement;
        var article = new ArticleExtractor().Extract(File.ReadAllBytes(Path.Combine(folder, "source.html")),
            new ExtractionRequest { Url = root.GetProperty("url").GetString(), Source = slug });

        Assert.Equal(root.GetProperty("articleBody").GetString(), article.ArticleBody);
        var images = root.GetProperty("images").EnumerateArray()
            .Select(i => new ArticleImage(i.GetProperty("url").GetString(), Str(i, "caption"), Str(i, "credit"))).ToList();
        Assert.Equal(images, article.Images);
        if (root.TryGetProperty("warningContains", out var warning))
            Assert.Contains(article.Warnings, w => w.Contains(warning.GetString()!, StringComparison.Ordinal));
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
