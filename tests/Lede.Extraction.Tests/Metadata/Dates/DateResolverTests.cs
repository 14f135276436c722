using System.Globalization;
using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Tests.Metadata.Dates;

public class DateResolverTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static DateCandidate C(string iso, string source, double confidence, DateRole role = DateRole.Published) =>
        new(DateTimeOffset.Parse(iso + "T00:00:00Z"), false, role, source, confidence);

    [Fact]
    public void MostReliableSourceWins()
    {
        var r = DateResolver.Resolve([C("2025-03-01", DateSources.BodyText, 0.45), C("2025-03-05", DateSources.JsonLd, 0.95)], Today);
        Assert.Equal(new DateOnly(2025, 3, 5), r.Published!.Day);
        Assert.Equal(DateSources.JsonLd, r.Published.Source);
    }

    [Fact]
    public void FutureAndAncientDatesAreDiscarded()
    {
        var r = DateResolver.Resolve([C("2031-01-01", DateSources.Meta, 0.9), C("1970-01-01", DateSources.Meta, 0.9), C("2024-02-02", DateSources.BodyText, 0.4)], Today);
        Assert.Equal(new DateOnly(2024, 2, 2), r.Published!.Day);
        Assert.Contains(r.Warnings, w => w.Contains("future"));
    }

    [Fact]
    public void ModifiedBeforePublishedIsReported()
    {
        var r = DateResolver.Resolve([C("2025-03-05", DateSources.Meta, 0.9), C("2025-03-01", DateSources.Meta, 0.9, DateRole.Modified)], Today);
        Assert.Contains(r.Warnings, w => w.Contains("before datePublished"));
    }

    [Fact]
    public void HeaderDateContradictingTheStoryIsReported()
    {
        var r = DateResolver.Resolve([C("2024-12-03", DateSources.Header, 0.25), C("2025-03-05", DateSources.Caption, 0.5), C("2025-03-05", DateSources.BodyText, 0.45)], Today);
        Assert.Equal(new DateOnly(2025, 3, 5), r.Published!.Day);
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("2024-12-03", warning);
        Assert.Contains("header", warning);
    }

    [Fact]
    public void AgreeingSourcesOutweighASingleSlightlyStrongerOne()
    {
        var r = DateResolver.Resolve([C("2025-01-10", DateSources.BylineText, 0.6), C("2025-01-09", DateSources.TimeElement, 0.55),
            C("2025-01-09", DateSources.Url, 0.55), C("2025-01-09", DateSources.BodyText, 0.45)], Today);
        Assert.Equal(new DateOnly(2025, 1, 9), r.Published!.Day);
    }

    [Fact]
    public void IsoDatesAreGregorianWhateverTheReadersCulture()
    {
        // A Thai culture keeps the Buddhist calendar: "yyyy" alone would print 2568 for 2025.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("th-TH");
        try
        {
            var timed = new DateCandidate(new DateTimeOffset(2025, 3, 5, 9, 30, 0, TimeSpan.FromHours(-5)), true, DateRole.Published, DateSources.TimeElement, 0.85);
            Assert.Equal("2025-03-05T09:30:00-05:00", timed.ToIso());
            Assert.Equal("2025-03-05", (timed with { HasTime = false }).ToIso());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void TimeIsBorrowedFromASourceNamingTheSameDay()
    {
        var timed = new DateCandidate(new DateTimeOffset(2025, 3, 5, 9, 30, 0, TimeSpan.FromHours(-5)), true, DateRole.Published, DateSources.TimeElement, 0.85);
        var r = DateResolver.Resolve([C("2025-03-05", DateSources.JsonLd, 0.95), timed], Today);
        Assert.Equal("2025-03-05T09:30:00-05:00", r.Published!.ToIso());
        Assert.Equal(DateSources.JsonLd, r.Published.Source);
    }

    [Fact]
    public void NoCandidatesNoDates()
    {
        var r = DateResolver.Resolve([], Today);
        Assert.Null(r.Published);
        Assert.Null(r.Modified);
    }
}
