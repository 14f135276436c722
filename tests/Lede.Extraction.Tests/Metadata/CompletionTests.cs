using Lede.Extraction.Metadata;
using Lede.Extraction.Model;

namespace Lede.Extraction.Tests.Metadata;

public class CompletionTests
{
    [Fact]
    public void BylineMarkupGivesAuthorsWithoutLabels()
    {
        var m = PageFixture.Read("""
            <html><body class="right-sidebar"><article><h1>Headline of the piece</h1>
            <div class="entry-meta"><span class="author vcard"><a rel="author" href="/author/lena">View all posts by Lena Hoff</a></span></div>
            <p>Body.</p></article></body></html>
            """, "https://blog.example/p/1");
        var byline = Assert.Single(m.Bylines);
        Assert.Equal("Lena Hoff", byline.Name);
        Assert.Equal("https://blog.example/author/lena", byline.Url);
    }

    [Fact]
    public void SiteNameAndPlaceholderAccountsAreNotAuthors()
    {
        var site = PageFixture.Read("""<html><head><meta property="og:site_name" content="Harbour Times"><meta name="author" content="Harbour Times"></head><body><h1>Headline words</h1></body></html>""");
        Assert.Empty(site.Bylines);
        var admin = PageFixture.Read("""<html><head><meta name="author" content="Super User"></head><body><h1>Headline words</h1></body></html>""");
        Assert.Empty(admin.Bylines);
        var person = PageFixture.Read("""<html><head><meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ines Vidal"></head><body><h1>Headline words</h1></body></html>""");
        Assert.Equal("Ines Vidal", Assert.Single(person.Bylines).Name);
    }

    [Fact]
    public void AuthorPageLinkNamesTheAuthor()
    {
        var m = PageFixture.Read("""<html><body><article><h1>Headline words</h1><p>By <a href="/writers/tomas-ek/">Tomas Ek</a></p></article></body></html>""", "https://n.example/a");
        Assert.Equal("Tomas Ek", Assert.Single(m.Bylines).Name);
    }

    [Fact]
    public void MarkupInDescriptionsIsRemoved()
    {
        var m = PageFixture.Read("""<html><head><meta name="description" content="&lt;p&gt;Plain words here.&lt;/p&gt;"></head><body></body></html>""");
        Assert.Equal("Plain words here.", m.Description);
    }

    [Fact]
    public void AuthorLinksInCommentsAreIgnored()
    {
        var m = PageFixture.Read("""
            <html><body><article><h1>Headline of the piece</h1><p>Body.</p></article>
            <div class="comments"><a rel="author" href="/u/9">Some Reader</a></div></body></html>
            """);
        Assert.Empty(m.Bylines);
    }

    [Fact]
    public void DateInBylineBlockIsUsedWhenMetadataHasNone()
    {
        var a = PageFixture.Extract("""
            <html><body><article><h1>Village fair draws record crowd</h1>
            <div class="post-date">Veröffentlicht am 14. Juli 2023</div><p>Der Markt war voll.</p></article>
            <aside class="sidebar"><div class="date">1. Januar 2020</div></aside></body></html>
            """);
        Assert.Equal("2023-07-14", a.DatePublished);
        Assert.Equal("byline-text", a.DatePublishedSource);
    }

    [Fact]
    public void TimeElementIsADateSource()
    {
        var a = PageFixture.Extract("""<html><body><article><h1>Title words here</h1><time datetime="2022-10-01T06:00:00Z" pubdate>1 Oct</time><p>x</p></article></body></html>""");
        Assert.Equal("2022-10-01T06:00:00+00:00", a.DatePublished);
        Assert.Equal("time-element", a.DatePublishedSource);
    }

    [Fact]
    public void MicrodataDatePublishedIsRead()
    {
        var a = PageFixture.Extract("""<html><body><article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Title words here</h1><span itemprop="datePublished" content="2021-04-30">30 April</span><p>x</p></article></body></html>""");
        Assert.Equal("2021-04-30", a.DatePublished);
    }

    [Fact]
    public void ConflictingMetadataDatesAreReported()
    {
        var a = PageFixture.Extract("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2024-05-10T10:00:00Z"}</script>
            <meta property="article:published_time" content="2023-01-02T10:00:00Z"></head><body><p>x</p></body></html>
            """);
        Assert.Equal("2024-05-10T10:00:00+00:00", a.DatePublished);
        Assert.Contains(a.Warnings, w => w.Contains("2023-01-02") && w.Contains("disagree"));
    }

    [Fact]
    public void LeadImageComesFirstAndOnce()
    {
        var merged = MetadataReader.MergeImages(
            [new ArticleImage("https://i.example/lead.jpg")],
            [new ArticleImage("https://i.example/lead.jpg?w=600", "The pier at dawn.", "Photo: A. Person"), new ArticleImage("https://i.example/two.jpg")]);
        Assert.Equal(2, merged.Count);
        Assert.Equal("https://i.example/lead.jpg", merged[0].Url);
        Assert.Equal("The pier at dawn.", merged[0].Caption);
        Assert.Equal("Photo: A. Person", merged[0].Credit);
    }

    [Theory]
    [InlineData("https://cdn.example/photos/pier-at-dawn-1200-80.jpg", "https://cdn.example/photos/pier-at-dawn-320-80.jpg")]
    [InlineData("https://paper.example/wp-content/uploads/2024/05/pier-at-dawn.jpg", "https://paper.example/wp-content/uploads/2024/05/pier-at-dawn-879x485.jpg")]
    [InlineData("https://paper.example/uploads/pier_1024x683.jpg", "https://paper.example/uploads/pier-scaled.jpg")]
    [InlineData("https://paper.example/fileadmin/_processed_/0/8/csm_pier_at_dawn_efd72dc9d1.jpg", "https://paper.example/fileadmin/_processed_/0/8/csm_pier_at_dawn_462229bb2b.jpg")]
    [InlineData("https://paper.example/sites/default/files/pier_0520.jpg", "https://paper.example/sites/default/files/styles/article_full/public/pier_0520.jpg?itok=Ab1")]
    public void RenditionsOfOnePictureAreOneImageWithTheFirstAddressAndTheCaption(string lead, string rendition)
    {
        var merged = MetadataReader.MergeImages([new ArticleImage(lead)],
            [new ArticleImage(rendition, "The pier at dawn."), new ArticleImage("https://paper.example/uploads/harbour-crane.jpg")]);
        Assert.Equal(2, merged.Count);
        Assert.Equal(lead, merged[0].Url);
        Assert.Equal("The pier at dawn.", merged[0].Caption);
    }

    [Theory]
    [InlineData("csm_pier_at_dawn_efd72dc9d1.jpg", "csm_pier_at_dawn.jpg")]
    [InlineData("https://paper.example/fileadmin/_processed_/0/8/csm_pier_at_dawn_efd72dc9d1.jpg", "https://paper.example/fileadmin/_processed_/0/8/csm_pier_at_dawn.jpg")]
    [InlineData("pier_at_dawn_efd72dc9d1.jpg", "pier_at_dawn_efd72dc9d1.jpg")]
    public void ATypo3CropHashIsARenditionInABareFileNameAsInAWholeAddress(string name, string picture) =>
        Assert.Equal(picture, Lede.Extraction.Rules.MetadataRules.ImageRenditionSuffix().Replace(name, "", 1));

    [Theory]
    [InlineData("https://paper.example/uploads/pier-2019.jpg", "https://paper.example/uploads/pier-2020.jpg")]
    [InlineData("https://paper.example/uploads/a/pier-800x600.jpg", "https://paper.example/uploads/b/pier-800x600.jpg")]
    [InlineData("https://paper.example/uploads/pier-1.jpg", "https://paper.example/uploads/pier-2.jpg")]
    [InlineData("https://paper.example/uploads/march-2019-11.jpg", "https://paper.example/uploads/march-2019-12.jpg")]
    public void DifferentPicturesStayApart(string first, string second) =>
        Assert.Equal(2, MetadataReader.MergeImages([new ArticleImage(first)], [new ArticleImage(second)]).Count);

    [Theory]
    [InlineData("https://i.example/pier.jpg?w=600", "http://i.example/pier.jpg", 1)]
    [InlineData("https://cdn.example/fit/https://o.example/pier.jpg", "http://cdn.example/fit/http://o.example/pier.jpg", 1)]
    [InlineData("https://i.example/Pier.jpg", "https://i.example/pier.jpg", 2)]
    public void OneFileUnderTwoAddressesIsOneImage(string first, string second, int images) =>
        Assert.Equal(images, MetadataReader.MergeImages([new ArticleImage(first)], [new ArticleImage(second)]).Count);

    [Fact]
    public void ImagesByTheTenThousandMergeQuickly()
    {
        // Each image was compared with every one kept before it: 16,000 took 4 s, 40,000 far longer (docs/benchmarks.md,
        // twentieth session); by key, 40,000 take well under a second. The bound is generous for a shared machine.
        var images = Enumerable.Range(0, 40_000).Select(k => new ArticleImage($"https://i.example/p{k}.jpg?w={k % 3}")).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var merged = MetadataReader.MergeImages([new ArticleImage("http://i.example/p7.jpg")], images);
        clock.Stop();
        Assert.Equal(40_000, merged.Count);
        Assert.Equal("http://i.example/p7.jpg", merged[0].Url);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed}");
    }

    [Fact]
    public void UrlDateIsUsedWhenThePageHasNoOther()
    {
        var a = PageFixture.Extract("<html><body><p>Plain.</p></body></html>", "https://paper.example/2020/02/29/leap/");
        Assert.Equal("2020-02-29", a.DatePublished);
        Assert.Equal("url", a.DatePublishedSource);
    }
}
