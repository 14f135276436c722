using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Lede.Extraction.Tests.BadInput;

/// <summary>
/// Every kind of bad input goes through the public <see cref="ArticleExtractor"/> and ends as a result
/// (with a warning when nothing useful came out) or an <see cref="InputRejectedException"/>: never a
/// crash, a hang or a stack overflow.
/// </summary>
public class BadInputTests
{
    private const string Story =
        "<p>The night ferry left the harbor forty minutes late, its deck crowded with cyclists who had missed the last train inland.</p>" +
        "<p>Crew members said the delay came from a fault in the loading ramp, which engineers fixed by hand before the crossing began.</p>" +
        "<p>Passengers were offered hot drinks on board, and the ferry company promised to refund every ticket bought for the crossing.</p>";

    private static readonly ArticleExtractor Extractor = new();
    private static readonly ExtractionRequest Request = new() { Url = "https://example.org/story", Source = "test" };

    private static byte[] Page(string body) => Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Night ferry</title></head><body><article>{body}</article></body></html>");

    [Fact]
    public void EmptyInputGivesAnEmptyBodyAndAWarning()
    {
        var article = Extractor.Extract([], Request);
        Assert.Equal("", article.ArticleBody);
        Assert.Contains(article.Warnings, w => w.Contains("no article", StringComparison.Ordinal));
    }

    [Fact]
    public void WhitespaceOnlyHtmlGivesAnEmptyBodyAndAWarning()
    {
        var article = Extractor.Extract(Encoding.UTF8.GetBytes("<html><body>   \n\t  </body></html>"), Request);
        Assert.Equal("", article.ArticleBody);
        Assert.NotEmpty(article.Warnings);
    }

    [Fact]
    public void BinaryJunkIsRejected()
    {
        var junk = new byte[64 * 1024];
        new Random(7).NextBytes(junk);
        var error = Assert.Throws<InputRejectedException>(() => Extractor.Extract(junk, Request));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16WithoutABomIsReadInTheCharsetTheServerGives(string charset)
    {
        var encoding = charset == "utf-16le" ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false) : new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        var page = encoding.GetBytes($"<!DOCTYPE html><html><head><title>Night ferry</title></head><body><article>{Story}</article></body></html>");
        var article = Extractor.Extract(page, Request with { ContentType = "text/html; charset=" + charset });
        Assert.Contains("night ferry left the harbor forty minutes late", article.ArticleBody, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryWithNulsOnBothSidesOfItsBytePairsIsStillRejected()
    {
        var junk = new byte[8192];
        new Random(11).NextBytes(junk);
        for (var i = 0; i < junk.Length; i += 3) junk[i] = 0;   // NULs at every parity, as in images and executables
        Assert.Throws<InputRejectedException>(() => Extractor.Extract(junk, Request with { ContentType = "text/html; charset=utf-16le" }));
    }

    [Fact]
    public void TruncatedGzipKeepsWhatInflated()
    {
        var html = Page(Story + string.Concat(Enumerable.Range(1, 400).Select(i => $"<p>Filler paragraph {i} about the harbor and its many boats, numbered to make the page long enough to cut.</p>")));
        var gzip = Gzip(html);
        var truncated = gzip[..(gzip.Length / 2)];
        var article = Extractor.Extract(new MemoryStream(truncated), Request);
        var whole = Extractor.Extract(new MemoryStream(gzip), Request);
        Assert.Contains("night ferry left the harbor", article.ArticleBody, StringComparison.Ordinal);
        Assert.True(article.ArticleBody.Length < whole.ArticleBody.Length, "the truncated stream should yield less text than the whole one");
        Assert.Contains(article.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
        Assert.DoesNotContain(whole.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void GzipBombIsRejectedAtTheDecompressedCap()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxDecompressedBytes = 1024 * 1024 });
        var bomb = Gzip(new byte[32 * 1024 * 1024]); // 32 MiB of zeros squeeze into ~32 KiB
        Assert.True(bomb.Length < 1_000_000);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<InputRejectedException>(() => extractor.Extract(new MemoryStream(bomb), Request));
        Assert.Contains("bomb", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void HundredThousandDeepNestingDoesNotOverflow()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) html.Append("<div>");
        html.Append("<p>The deepest paragraph still tells the story of the ferry and the cyclists who waited for it on the pier.</p>");
        var clock = Stopwatch.StartNew();
        var article = Extractor.Extract(Encoding.UTF8.GetBytes(html.ToString()), Request);
        Assert.Contains("deepest paragraph still tells the story", article.ArticleBody, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void FiftyMegabytePageFinishesInBoundedTime()
    {
        var paragraph = Encoding.UTF8.GetBytes("<p>Another paragraph of the very long harbor report, with commas, numbers like 42, and nothing else of note.</p>\n");
        var head = Encoding.UTF8.GetBytes("<html><head><title>Long report</title></head><body><div class=\"report\">");
        var page = new MemoryStream(50 * 1024 * 1024 + 1024);
        page.Write(head);
        while (page.Length < 50 * 1024 * 1024) page.Write(paragraph);
        var clock = Stopwatch.StartNew();
        try
        {
            var article = Extractor.Extract(page.ToArray(), Request);
            Assert.Contains("very long harbor report", article.ArticleBody, StringComparison.Ordinal);
            Assert.Contains(article.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
        }
        catch (InputRejectedException e)
        {
            Assert.Contains("limit", e.Message, StringComparison.Ordinal);
        }
        // A guard against hangs, not a timing test: about 1.5 s on a quiet 2-core machine, far more under load.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AParagraphRunningPastTheParseLimitKeepsTheTextThatWasRead()
    {
        // One text node longer than the parse limit: the cut used to go back to the last '>' (the paragraph's start
        // tag), dropping every character of the article.
        var sentence = "The harbour board met again and voted to keep the night ferry running through the winter. ";
        var body = new StringBuilder("<h1>Night ferry</h1><p>");
        while (body.Length < 4 * 1024 * 1024) body.Append(sentence);
        var article = Extractor.Extract(Page(body.Append("</p>").ToString()), Request);
        Assert.Contains(article.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains("keep the night ferry running", article.ArticleBody, StringComparison.Ordinal);
        Assert.True(article.ArticleBody.Length > 2_000_000, $"body of {article.ArticleBody.Length:N0} characters");
    }

    [Fact]
    public void APageCutInsideATagLeavesThatTagOut()
    {
        // The cut falls inside a start tag that never ends: its attribute text must not become body text.
        var body = new StringBuilder("<h1>Night ferry</h1>");
        while (body.Length < 2 * 1024 * 1024) body.Append("<p>The harbour board met again and voted to keep the night ferry running.</p>");
        body.Append("<p title=\"").Append('x', 2 * 1024 * 1024).Append("\">tail</p>");
        var article = Extractor.Extract(Page(body.ToString()), Request);
        Assert.Contains(article.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains("keep the night ferry running", article.ArticleBody, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", article.ArticleBody, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsReplacedNotFatal()
    {
        var bytes = Page(Story).ToList();
        var at = bytes.IndexOf((byte)'N'); // inside "Night ferry" in the title; body follows
        var broken = bytes.ToArray();
        var withJunk = new List<byte>(broken);
        var paragraphAt = Encoding.UTF8.GetString(broken).IndexOf("forty minutes", StringComparison.Ordinal);
        withJunk.InsertRange(paragraphAt, new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82 });
        var article = Extractor.Extract(withJunk.ToArray(), Request);
        Assert.True(at >= 0);
        Assert.Contains("forty minutes late", article.ArticleBody, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', article.ArticleBody);
    }

    [Fact]
    public void NulBytesDoNotReachTheBody()
    {
        var html = Encoding.UTF8.GetString(Page(Story)).Replace("forty minutes", "forty\0 minutes", StringComparison.Ordinal);
        var article = Extractor.Extract(Encoding.UTF8.GetBytes(html), Request);
        Assert.DoesNotContain('\0', article.ArticleBody);
        Assert.Contains("minutes late", article.ArticleBody, StringComparison.Ordinal);
    }

    [Fact]
    public void LoginPageHasNoArticle()
    {
        const string login = "<html><head><title>Sign in</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/help\">Help</a></nav></header>" +
            "<main><form class=\"login-form\"><h1>Sign in to your account</h1><label>Email <input type=\"email\"></label><label>Password <input type=\"password\"></label>" +
            "<button>Sign in</button><p><a href=\"/reset\">Forgot your password?</a></p></form></main><footer><p>© 2031 Example</p></footer></body></html>";
        var article = Extractor.Extract(Encoding.UTF8.GetBytes(login), Request);
        Assert.True(article.ArticleBody.Length < 60, article.ArticleBody);
        Assert.Contains(article.Warnings, w => w.Contains("no article", StringComparison.Ordinal));
    }

    [Fact]
    public void PageWithoutBodyElementContentStillYieldsAResult()
    {
        var article = Extractor.Extract(Encoding.UTF8.GetBytes("<html><head><title>Only a head</title><script>var x = 1;</script></head></html>"), Request);
        Assert.Equal("", article.ArticleBody);
        Assert.NotEmpty(article.Warnings);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("utf-32")]
    [InlineData("UTF-32BE")]
    public void ACharsetBrowsersDoNotKnowReadsAsUndeclared(string charset)
    {
        var html = Encoding.UTF8.GetString(Page(Story)).Replace("utf-8", charset, StringComparison.Ordinal);
        var fromMeta = Extractor.Extract(Encoding.UTF8.GetBytes(html), Request);
        var fromHeader = Extractor.Extract(Encoding.UTF8.GetBytes(html), Request with { ContentType = $"text/html; charset={charset}" });
        Assert.Contains("forty minutes late", fromMeta.ArticleBody, StringComparison.Ordinal);
        Assert.Contains("forty minutes late", fromHeader.ArticleBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ThousandsOfCopyrightSignsCostWhatPlainParagraphsDo()
    {
        // Each sign's next place was searched again from every sign found: 7.7 s against 0.1 s for 40,000 "(c)" lines.
        static void Extract(string paragraph)
        {
            var footer = string.Concat(Enumerable.Repeat($"<p>{paragraph}</p>", 40_000));
            var html = Encoding.UTF8.GetString(Page(Story + $"<footer>{footer}</footer>"))
                .Replace("<title>", "<meta name=\"author\" content=\"Ines Morrow\"><title>", StringComparison.Ordinal);
            var article = Extractor.Extract(Encoding.UTF8.GetBytes(html), Request);
            Assert.Contains("forty minutes late", article.ArticleBody, StringComparison.Ordinal);
        }
        GrowthCheck.AssertCostsLike(() => Extract("(c)"), () => Extract("(x)"), 3);
    }

    [Fact]
    public void AParagraphOfManyFurnitureNamedLinksCostsLikeOneOfPlainLinks()
    {
        // Whether such a link stands inside a sentence depends on its neighbours: finding its place by a scan of its
        // siblings made a paragraph of 80,000 tag links take 8 s.
        void Extract(string linkClass)
        {
            var links = string.Concat(Enumerable.Range(0, 80_000).Select(i => $"The <a class=\"{linkClass}\" href=\"/t/{i}\">Guild</a> will meet. "));
            var html = Encoding.UTF8.GetString(Page(Story)).Replace("<article>", $"<article><p>{links}</p>", StringComparison.Ordinal);
            var article = Extractor.Extract(Encoding.UTF8.GetBytes(html), Request);
            Assert.Contains("The Guild will meet.", article.ArticleBody, StringComparison.Ordinal);
        }
        GrowthCheck.AssertCostsLike(() => Extract("tag"), () => Extract("place"), 3);
    }

    [Fact]
    public void ATagWithFiftyThousandAttributesParsesInLinearTime()
    {
        // The duplicate-name check was a scan per attribute: 1.25 billion comparisons for 50,000, about 6 s.
        GrowthCheck.AssertNotQuadratic(n =>
        {
            var attributes = string.Concat(Enumerable.Range(0, n).Select(i => $"data-a{i}=\"{i}\" "));
            var html = Encoding.UTF8.GetString(Page(Story)).Replace("<article>", $"<article {attributes} data-a7=\"duplicate\">", StringComparison.Ordinal);
            var article = Extractor.Extract(Encoding.UTF8.GetBytes(html), Request);
            Assert.Contains("forty minutes late", article.ArticleBody, StringComparison.Ordinal);
        }, 15_000);
    }

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }
}
