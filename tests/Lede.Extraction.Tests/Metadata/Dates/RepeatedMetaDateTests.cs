using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Tests.Metadata;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class RepeatedMetaDateTests
{
    [Fact]
    public void TheFirstOfRepeatedMicrodataDatesIsThePages()
    {
        // The article's own datePublished comes first; the later ones belong to the listed stories below it.
        var page = PageFixture.Read("""
            <html><head><title>Club news</title>
            <meta itemprop="datePublished" content="2022-02-02" />
            </head><body><article><h1>Club news</h1><p>Our divers did well at the invented championship this week.</p></article>
            <ul><li><meta itemprop="datePublished" content="2022-01-31" /><a href="/a">Older story</a></li>
            <li><meta itemprop="datePublished" content="2022-01-27" /><a href="/b">Oldest story</a></li></ul>
            </body></html>
            """);
        var r = DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1));
        Assert.Equal(new DateOnly(2022, 2, 2), r.Published!.Day);
    }
}
