using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class LongTextDateTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("The harbour committee met again to discuss the ferry timetable and the pier lights. ", 20));

    [Fact]
    public void DatesDeepInLongTextAreFoundWithTheirPositions()
    {
        var text = Filler + "It was signed on March 5, 2025 at 10:30 am in the town hall. " + Filler + "Work ends 14. Oktober 2026, and a review follows on 2027-01-15. " + Filler;
        var dates = DateTextParser.FindDates(text);
        Assert.Equal(3, dates.Count);
        Assert.Equal(new DateOnly(2025, 3, 5), dates[0].Date);
        Assert.Equal(new TimeOnly(10, 30), dates[0].Time);
        Assert.Equal("March 5, 2025 at 10:30 am", text.Substring(dates[0].Start, dates[0].Length));
        Assert.Equal(new DateOnly(2026, 10, 14), dates[1].Date);
        Assert.Equal("14. Oktober 2026", text.Substring(dates[1].Start, dates[1].Length));
        Assert.Equal(new DateOnly(2027, 1, 15), dates[2].Date);
    }

    [Fact]
    public void AWordEndingInAMonthNameIsNotAMonth()
    {
        // "Postmay" must not read as "may" even where a search window would start inside the word.
        var text = Filler + new string('x', 80) + "Postmay 5, 2025 was the code name. " + Filler;
        Assert.Empty(DateTextParser.FindDates(text));
    }
}
