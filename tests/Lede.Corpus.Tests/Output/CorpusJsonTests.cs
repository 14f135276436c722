using System.Globalization;
using Lede.Corpus.Output;

namespace Lede.Corpus.Tests.Output;

public sealed class CorpusJsonTests
{
    [Theory]
    [InlineData("2026-03-04T09:30:00+00:00", "2026-03-04T09:30:00+00:00")]
    [InlineData("2026-03-04T09:30:00-05:00", "2026-03-04T09:30:00-05:00")]
    [InlineData("2026-03-04T09:30:00.25+01:00", "2026-03-04T09:30:00.25+01:00")]
    public void AStorysFirstAndLastSeenReadAsTheArticlesWriteTheirDates(string given, string written)
    {
        // "o" had written "2026-03-04T09:30:00.0000000+00:00" beside the articles' "2026-03-04T09:30:00+00:00".
        var instant = DateTimeOffset.Parse(given, CultureInfo.InvariantCulture);
        Assert.Equal(written, CorpusJson.Instant(instant));
        Assert.Equal(instant, DateTimeOffset.Parse(CorpusJson.Instant(instant)!, CultureInfo.InvariantCulture));
        Assert.Null(CorpusJson.Instant(null));
    }
}
