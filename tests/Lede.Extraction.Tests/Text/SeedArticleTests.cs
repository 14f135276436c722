using Lede.Extraction.Model;

namespace Lede.Extraction.Tests.Text;

/// <summary>
/// The scraped wire story in <c>../shared/seed</c> (read at run time, never copied here) must come out
/// exactly as issue 3 specifies. Expected values are the issue's; the text itself stays outside the repository.
/// </summary>
public class SeedArticleTests
{
    private static readonly Lazy<NewsArticle> Article = new(() =>
    {
        var path = SeedPath();
        Assert.True(File.Exists(path), "seed story not found at " + path);
        using var stream = File.OpenRead(path);
        return new ArticleExtractor().Extract(stream, new ExtractionRequest { Source = path, Format = InputFormat.Text });
    });

    private static string SeedPath() => Path.Combine(RepoRoot(), "..", "shared", "seed", "000_87306dcbb4c07912.txt");

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Lede.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Headline() =>
        Assert.Equal("White House confirms 'ongoing talks and discussions' with Hamas officials amid ceasefire uncertainty", Article.Value.Headline);

    [Fact]
    public void Authors_agency_and_dateline()
    {
        var a = Article.Value;
        Assert.Equal([new Person("Aamer Madhani")], a.Authors);
        Assert.Equal("Associated Press", a.SourceOrganization);
        Assert.Equal(new Dateline("WASHINGTON", "AP"), a.Dateline);
    }

    [Fact]
    public void Date_published_with_source_confidence_and_header_conflict()
    {
        var a = Article.Value;
        Assert.Equal("2025-03-05", a.DatePublished);
        Assert.Equal("caption", a.DatePublishedSource);
        Assert.NotNull(a.DatePublishedConfidence);
        Assert.InRange(a.DatePublishedConfidence!.Value, 0.01, 1);
        Assert.Contains(a.Warnings, w => w.Contains("2024-12-03") && w.Contains("header"));
    }

    [Fact]
    public void Two_images_with_captions_and_credits()
    {
        var images = Article.Value.Images;
        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.Null(i.Url));
        Assert.Equal("Win McNamee/Pool Photo via AP", images[0].Credit);
        Assert.Equal("AP Photo/Alex Brandon", images[1].Credit);
        Assert.Contains("Wednesday, March 5, 2025", images[1].Caption);
        // Each caption is its line of the seed without the credit parentheses (checked against the file, not copied).
        var seed = File.ReadAllText(SeedPath());
        Assert.All(images, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Caption));
            Assert.DoesNotContain("(", i.Caption);
            Assert.Contains(i.Caption + " (" + i.Credit + ")\n", seed);
        });
    }

    [Fact]
    public void Body_is_the_nine_story_paragraphs_with_the_lede_once()
    {
        var a = Article.Value;
        var paragraphs = a.ArticleBody.Split("\n\n");
        Assert.Equal(9, paragraphs.Length);
        Assert.StartsWith("WASHINGTON (AP) — White House press secretary Karoline Leavitt said Wednesday", paragraphs[0]);
        Assert.EndsWith("by the news site Axios.", paragraphs[^1]);
        var ledeOpening = paragraphs[0][..80];
        Assert.Single(paragraphs, p => p.Contains(ledeOpening, StringComparison.Ordinal));
        foreach (var noise in new[] { "AAMER", "Madhani", "AP Photo", "Pool Photo", "All sections", "2024-12-03" })
            Assert.DoesNotContain(noise, a.ArticleBody);
        Assert.All(a.Images, i => Assert.DoesNotContain(i.Caption!, a.ArticleBody));
        Assert.Equal(9, a.ArticleHtml!.Split("<p>").Length - 1);
    }
}
