using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Tests.Metadata;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class LabelledTextDateTests
{
    [Fact]
    public void ALastChangeStampInTheFooterIsNotThePublicationDate()
    {
        // No metadata at all: only the footer names dates, the change stamp first.
        var page = PageFixture.Read("""
            <html><head><title>Review of a novel</title></head><body>
            <div><h1>Review of a novel</h1><p>The reviewer liked the invented book a great deal and says so at length.</p></div>
            <p class="footline">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p>
            </body></html>
            """);
        var r = DateResolver.Resolve(page.DateCandidates, new DateOnly(2025, 1, 1));
        Assert.Equal(new DateOnly(2023, 11, 1), r.Published!.Day);
        Assert.Equal(new DateOnly(2023, 10, 31), r.Modified!.Day);
    }

    [Fact]
    public void ALabelBeforeAnEarlierDateDoesNotReachTheNextOne()
    {
        const string text = "Updated 3 March 2024, 12 March 2024";
        var dates = DateTextParser.FindDates(text);
        Assert.Equal(2, dates.Count);
        Assert.Equal(DateRole.Modified, DateCandidateCollector.Label(text, 0, dates[0]).Role);
        Assert.Equal((DateRole.Published, 0.0), DateCandidateCollector.Label(text, dates[0].Start + dates[0].Length, dates[1]));
    }
}
