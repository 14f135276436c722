using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class DateTextParserTests
{
    [Theory]
    [InlineData("Published March 5, 2025 at 3:15 pm", 2025, 3, 5)]           // English, month first
    [InlineData("Updated 5 March 2025", 2025, 3, 5)]                          // English, day first
    [InlineData("Mar. 5, 2025", 2025, 3, 5)]
    [InlineData("Veröffentlicht am 5. März 2025, 14:10 Uhr", 2025, 3, 5)]    // German
    [InlineData("Mittwoch, 5. Maerz 2025", 2025, 3, 5)]
    [InlineData("publié le 5 mars 2025 à 10h30", 2025, 3, 5)]                 // French
    [InlineData("le 1er février 2024", 2024, 2, 1)]
    [InlineData("5 de marzo de 2025", 2025, 3, 5)]                            // Spanish
    [InlineData("5 marzo 2025", 2025, 3, 5)]                                  // Italian
    [InlineData("5 de março de 2025", 2025, 3, 5)]                            // Portuguese
    [InlineData("5 maart 2025", 2025, 3, 5)]                                  // Dutch
    [InlineData("5 marca 2025 r.", 2025, 3, 5)]                               // Polish
    [InlineData("12 października 2024", 2024, 10, 12)]
    [InlineData("Stand: 05.03.2025", 2025, 3, 5)]                             // numeric, day first
    [InlineData("am 5.3.2025", 2025, 3, 5)]
    [InlineData("2025-03-05", 2025, 3, 5)]                                    // ISO
    [InlineData("2025/03/05", 2025, 3, 5)]
    [InlineData("posted 25/12/2023", 2023, 12, 25)]
    [InlineData("26 | 01 | 2022 ", 2022, 1, 26)]                             // a table's cell with piped parts
    [InlineData("2025年03月05日 14:10", 2025, 3, 5)]                          // Chinese / Japanese
    [InlineData("2025年3月5日", 2025, 3, 5)]
    [InlineData("2025년 3월 5일", 2025, 3, 5)]                                // Korean
    public void ReadsDatesInEachLanguage(string text, int y, int m, int d)
    {
        var found = DateTextParser.FindDates(text);
        Assert.Equal(new DateOnly(y, m, d), Assert.Single(found).Date);
    }

    [Fact]
    public void ReadsTheTimeAndItsOffset()
    {
        var mention = Assert.Single(DateTextParser.FindDates("2025-03-05T14:10:00+01:00"));
        Assert.Equal(new TimeOnly(14, 10), mention.Time);
        Assert.Equal(TimeSpan.FromHours(1), mention.Offset);
        var pm = Assert.Single(DateTextParser.FindDates("March 5, 2025 3:15 p.m."));
        Assert.Equal(new TimeOnly(15, 15), pm.Time);
    }

    [Theory]
    [InlineData("Nov 19, 2019, 10:31 pm CST", 22, 31, -6)]
    [InlineData("19.11.2019, 14:05 Uhr MESZ", 14, 5, 2)]
    [InlineData("19 November 2019 09:00 (GMT)", 9, 0, 0)]
    public void ReadsAPrintedTimeZonesName(string text, int hour, int minute, int offsetHours)
    {
        var mention = Assert.Single(DateTextParser.FindDates(text));
        Assert.Equal(new TimeOnly(hour, minute), mention.Time);
        Assert.Equal(TimeSpan.FromHours(offsetHours), mention.Offset);
    }

    [Theory]
    [InlineData("Nov 19, 2019, 10:31 pm Chicago")]   // no zone's name
    [InlineData("Nov 19, 2019, 10:31 pm cst")]       // zone names are printed in capitals; "cst" could be a word
    [InlineData("Nov 19, 2019, 10:31 pm IST")]       // India, Ireland or Israel
    public void AWordAfterATimeThatNamesNoOneZoneGivesNoOffset(string text)
    {
        var mention = Assert.Single(DateTextParser.FindDates(text));
        Assert.Equal(new TimeOnly(22, 31), mention.Time);
        Assert.Null(mention.Offset);
    }

    [Fact]
    public void AmbiguousSlashedDatesFollowTheOrderHint()
    {
        Assert.Equal(new DateOnly(2025, 5, 3), DateTextParser.FindDates("03/05/2025")[0].Date);
        Assert.Equal(new DateOnly(2025, 3, 5), DateTextParser.FindDates("03/05/2025", monthFirst: true)[0].Date);
        Assert.Equal(new DateOnly(2025, 12, 5), DateTextParser.FindDates("12/05/2025", monthFirst: true)[0].Date);
    }

    [Theory]
    [InlineData("Version 1.2.3 of the tool")]
    [InlineData("31.02.2024")]            // no such day
    [InlineData("May I come in? 2024 was good")]
    [InlineData("phone 030 12 2024 55")]
    [InlineData("Score 3 | 12 | 20 after three rounds")] // piped numbers with a two-digit "year" are a table row
    public void IgnoresThingsThatAreNotDates(string text) => Assert.Empty(DateTextParser.FindDates(text));

    [Fact]
    public void FindsSeveralDatesInOrder()
    {
        var found = DateTextParser.FindDates("From 1 May 2024 to 3. Juni 2024 and 2024-07-09.");
        Assert.Equal([new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 3), new DateOnly(2024, 7, 9)], found.Select(f => f.Date));
    }

    [Theory]
    [InlineData("1741186800", 2025, 3, 5)]
    [InlineData("Wed, 05 Mar 2025 10:00:00 GMT", 2025, 3, 5)]
    [InlineData("2025-03-05T23:30:00-05:00", 2025, 3, 5)]
    public void ParsesMachineValues(string value, int y, int m, int d)
    {
        var v = DateTextParser.ParseValue(value);
        Assert.NotNull(v);
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(v.Value.Value.DateTime));
    }

    [Fact]
    public void ATimeAloneIsNotADate() => Assert.Null(DateTextParser.ParseValue("10:52"));
}
