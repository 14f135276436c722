namespace Lede.Extraction.Tests.Metadata;

/// <summary>Headline and description come out in Unicode's composed form (NFC), however the page wrote them.</summary>
public class ComposedTextTests
{
    // "নিয়ে" with the precomposed letter U+09DF, which NFC writes as U+09AF U+09BC; "Café" with a combining accent.
    private const string Precomposed = "\u09A8\u09BF\u09DF\u09C7";
    private const string Decomposed = "Cafe\u0301";

    [Fact]
    public void HeadlineAndDescriptionAreComposed()
    {
        var article = PageFixture.Extract($"""
            <html><head><title>{Decomposed} owners {Precomposed} reopen | Harbour Post</title>
            <meta name="description" content="The {Decomposed} by the pier opened again on Friday after a winter of repairs to its roof."></head>
            <body><article><h1>{Decomposed} owners {Precomposed} reopen</h1>
            <p>The café by the old pier opened again on Friday after a long winter of repairs to its roof and kitchen.</p></article></body></html>
            """);
        Assert.Equal($"Caf\u00E9 owners \u09A8\u09BF\u09AF\u09BC\u09C7 reopen", article.Headline);
        Assert.Equal("The Caf\u00E9 by the pier opened again on Friday after a winter of repairs to its roof.", article.Description);
        Assert.True(article.Headline!.IsNormalized());
    }
}
