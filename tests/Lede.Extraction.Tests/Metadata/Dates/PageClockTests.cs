using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Tests.Metadata;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class PageClockTests
{
    [Fact]
    public void ALiveClockInThePageChromeIsNotTheStorysDate()
    {
        // The clock shows the day the page was fetched; the story's own day is in its text.
        var page = PageFixture.Read("""
            <html><head><title>Court hearing resumes</title></head><body>
            <div class="toolbar"><span id="uhr">Donnerstag, 16. Februar 2012</span></div>
            <div class="content"><h1>Court hearing resumes</h1>
            <p>14. Februar 2012 – The invented court said on Tuesday that the hearing would go on next month.</p></div>
            </body></html>
            """);
        Assert.DoesNotContain(page.DateCandidates, c => c.Day == new DateOnly(2012, 2, 16) && c.Confidence >= 0.4);
        Assert.Equal(new DateOnly(2012, 2, 14), DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1)).Published!.Day);
    }
}
