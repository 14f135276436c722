using Lede.Analysis.Model;
using Lede.Corpus.Timeline;
using Lede.Extraction.Model;

namespace Lede.Corpus.Tests.Timeline;

public sealed class TimelineBuilderTests
{
    // Invented reports on a mine rescue: two outlets, three days, a changing count.
    private const string Day1Body = "Rescuers said 12 miners remain trapped. \"We can hear them knocking,\" said Ana Ruiz, the rescue chief.";
    private const string Day2Body = "Officials said about 9 trapped miners are still underground after three were freed. Ruiz said crews were close.";
    private const string OtherBody = "The Kestrel Valley mine owner said on Monday that 9 trapped miners remain below.";

    private static TimelineArticle Article(string id, string site, string date, string headline, string body, ArticleAnalysis? analysis) =>
        new(id, new NewsArticle { SiteName = site, DatePublished = date, Headline = headline, ArticleBody = body, Url = $"https://{site}/{id}" }, analysis);

    private static ArticleAnalysis Analysis(string body, Quote[] quotes, Claim[] claims, Entity[]? entities = null) =>
        new([new Sentence(0, body.Length)], [], entities ?? [], quotes, claims);

    private static Claim ClaimOf(string body, string text, double value, string unit, string? qualifier, string? source)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        var s = source is null ? null : new ClaimSource(source, 0, source.Length, null);
        return new Claim(text, start, start + text.Length, value, qualifier, unit, s);
    }

    private static Quote QuoteOf(string body, string text, string kind, string speaker)
    {
        var start = body.IndexOf(text, StringComparison.Ordinal);
        return new Quote(text, start, start + text.Length, kind, new Cue("said", 0, 4), new Speaker(speaker, 0, speaker.Length, speaker, null));
    }

    private static List<TimelineArticle> Articles() =>
    [
        Article("d2", "valley-news.example", "2026-05-02T09:00:00Z", "Three miners freed", Day2Body, Analysis(Day2Body,
            [QuoteOf(Day2Body, "crews were close", "indirect", "Ruiz")],
            [ClaimOf(Day2Body, "about 9 trapped miners", 9, "trapped miners", "about", "Officials")])),
        Article("d1", "valley-news.example", "2026-05-01T18:00:00Z", "Twelve miners trapped", Day1Body, Analysis(Day1Body,
            [QuoteOf(Day1Body, "We can hear them knocking", "direct", "Ana Ruiz")],
            [ClaimOf(Day1Body, "12 miners", 12, "miners trapped", null, "Rescuers"), ClaimOf(Day1Body, "12 miners remain trapped", 12, "trapped miners", null, "Rescuers")],
            [new Entity("E1", "Ana Ruiz", "PER", [], 2)])),
        Article("o1", "mining-daily.example", "2026-05-02T11:00:00Z", "Owner: nine remain below", OtherBody, Analysis(OtherBody, [],
            [ClaimOf(OtherBody, "9 trapped miners", 9, "Trapped Miner", null, "The Kestrel Valley mine owner")])),
        Article("plain", "wire.example", "2026-05-01T12:00:00Z", "Mine collapse in Kestrel Valley", "A mine collapsed in Kestrel Valley. Ana Ruiz leads the rescue.", null),
    ];

    [Fact]
    public void StoryTimelineOrdersArticlesByDate()
    {
        var t = TimelineBuilder.ForStory("s1", "Mine collapse", Articles());
        Assert.Equal(["plain", "d1", "d2", "o1"], t.Articles.Select(a => a.DocId));
        Assert.Equal("valley-news.example", t.Articles[1].Source);
    }

    [Fact]
    public void PercentagesGroupByWhatTheyMeasureNotInOnePile()
    {
        const string body = "Officials said the jobless rate fell to 4.1 percent. A poll said Brenn had 46 percent. Rescuers said the death toll rose to 35.";
        Claim Bare(string text, double value, string? unit, string measure)
        {
            var start = body.IndexOf(text, StringComparison.Ordinal);
            return new Claim(text, start, start + text.Length, value, null, unit, new ClaimSource("Officials", 0, 9, null), measure);
        }
        var article = Article("m1", "valley-news.example", "2026-05-03T09:00:00Z", "Figures", body, Analysis(body, [],
            [Bare("4.1 percent", 4.1, "percent", "the jobless rate"), Bare("46 percent", 46, "percent", "Brenn"), Bare("35", 35, null, "the death toll")]));
        var t = TimelineBuilder.ForStory("s1", null, [article]);
        Assert.Equal(["brenn (percent)", "death toll", "jobless rate (percent)"], t.Figures.Select(f => f.Measure).Order(StringComparer.Ordinal));
        Assert.Contains(t.Figures, f => f.Label == "the death toll" && f.Points.Single().Value == 35);
        Assert.DoesNotContain(t.Figures, f => f.Measure == "percent");
    }

    [Fact]
    public void FiguresGroupByWhatTheyCountWithOneValuePerSourceAndDay()
    {
        var t = TimelineBuilder.ForStory("s1", null, Articles());
        var series = t.Figures.Single(f => f.Measure == "trapped miner");
        Assert.Equal("trapped miners", series.Label);
        Assert.Equal(
            [(new DateOnly(2026, 5, 1), "valley-news.example", 12.0), (new DateOnly(2026, 5, 2), "mining-daily.example", 9.0), (new DateOnly(2026, 5, 2), "valley-news.example", 9.0)],
            series.Points.Select(p => (p.Day!.Value, p.Source!, p.Value)));
        Assert.Equal("about", series.Points[2].Qualifier);
        Assert.Equal("Officials", series.Points[2].AttributedTo);
        // "miners trapped" is written another way round: a separate measure, not silently merged.
        Assert.Contains(t.Figures, f => f.Measure == "miners trapped");
    }

    [Fact]
    public void QuotesGroupBySpeakerAndSurnameJoinsFullName()
    {
        var t = TimelineBuilder.ForStory("s1", null, Articles());
        var ruiz = Assert.Single(t.Speakers);
        Assert.Equal("Ana Ruiz", ruiz.Speaker);
        Assert.Equal(["We can hear them knocking", "crews were close"], ruiz.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void QuotesOfSpeakersTheAnalysisCouldNotNameAreInNoSpeakersGroup()
    {
        const string body = "\"We will dig all night,\" they said. Ruiz said the shaft was stable.";
        var unnamed = new Quote("We will dig all night", 1, 22, "direct", new Cue("said", 29, 33), new Speaker("they", 24, 28, null, null));
        var article = Article("u1", "valley-news.example", "2026-05-03T08:00:00Z", "Digging goes on", body,
            Analysis(body, [unnamed, QuoteOf(body, "the shaft was stable", "indirect", "Ruiz")], []));
        var t = TimelineBuilder.ForStory("s1", null, [article]);
        var ruiz = Assert.Single(t.Speakers);
        Assert.Equal("Ruiz", ruiz.Speaker);
        Assert.DoesNotContain(t.Speakers, s => s.Speaker == "they");
    }

    [Fact]
    public void RepeatedQuoteIsListedOnceWithTheOtherArticles()
    {
        var body = "\"We can hear them knocking,\" said Ana Ruiz.";
        var copy = Article("copy", "other.example", "2026-05-03", "Copy", body, Analysis(body, [QuoteOf(body, "We can hear them knocking", "direct", "Ana Ruiz")], []));
        var t = TimelineBuilder.ForStory("s1", null, [.. Articles(), copy]);
        var first = t.Speakers.Single().Quotes[0];
        Assert.Equal("d1", first.DocId);
        Assert.Equal(["copy"], first.AlsoIn);
    }

    [Fact]
    public void EntityTimelineKeepsArticlesNamingItAndTheirQuotes()
    {
        var t = TimelineBuilder.ForEntity("Ana Ruiz", Articles());
        // d2 names only "Ruiz" in its text and quote; o1 never names her.
        Assert.Equal(["plain", "d1", "d2"], t.Articles.Select(a => a.DocId));
        Assert.Equal(2, t.Speakers.Single().Quotes.Count);
        Assert.DoesNotContain(t.Articles, a => a.DocId == "o1");
    }

    [Fact]
    public void TextRenderingListsArticlesQuotesAndFigures()
    {
        var text = TimelineTextWriter.ToText(TimelineBuilder.ForStory("s1", "Mine collapse", Articles()));
        Assert.StartsWith("Story s1: Mine collapse\n", text);
        Assert.Contains("  2026-05-01  wire.example  Mine collapse in Kestrel Valley\n", text);
        Assert.Contains("    2026-05-01  valley-news.example: \"We can hear them knocking\"\n", text);
        Assert.Contains("    2026-05-02  valley-news.example (per Officials): about 9\n", text);
    }

    [Fact]
    public void DirectQuotesThatKeepTheirOwnMarksAreNotQuotedTwice()
    {
        const string body = "“We will rebuild the school,” the principal said.";
        var article = Article("q1", "school.example", "2026-05-03T08:00:00Z", "School to be rebuilt", body, Analysis(body,
            [QuoteOf(body, "“We will rebuild the school,”", "direct", "Lina Farrow")], []));
        var text = TimelineTextWriter.ToText(TimelineBuilder.ForStory("s2", "School", [article]));
        Assert.Contains("school.example: “We will rebuild the school,”\n", text);
        Assert.DoesNotContain("\"“", text);

        // Mostly quoted, so direct, but opening with the reporter's words: its marks are inside, none are added.
        const string mostly = "The principal said the school is “too old to save, too dear to lose, and too full of memories to forget,” at the meeting.";
        var second = Article("q3", "school.example", "2026-05-04T08:00:00Z", "School", mostly, Analysis(mostly,
            [QuoteOf(mostly, "the school is “too old to save, too dear to lose, and too full of memories to forget,”", "direct", "Lina Farrow")], []));
        var secondText = TimelineTextWriter.ToText(TimelineBuilder.ForStory("s5", "School", [second]));
        Assert.Contains("school.example: the school is “too old to save", secondText);
        Assert.DoesNotContain("\"the school", secondText);

        // Archives that write quote marks as doubled apostrophes, and single-mark quotes, keep theirs too.
        foreach (var quoted in new[] { "''The gym opens in May,''", "‘The gym opens in May,’" })
        {
            var body2 = quoted + " the principal said.";
            var third = Article("q4", "school.example", "2026-05-05T08:00:00Z", "Gym", body2, Analysis(body2, [QuoteOf(body2, quoted, "direct", "Lina Farrow")], []));
            var thirdText = TimelineTextWriter.ToText(TimelineBuilder.ForStory("s6", "Gym", [third]));
            Assert.Contains("school.example: " + quoted + "\n", thirdText);
        }
    }

    [Fact]
    public void Figures_are_credited_to_the_name_a_pronoun_source_resolves_to()
    {
        const string body = "She said 14 boats sank.";
        var claim = new Claim("14 boats", 9, 17, 14, null, "boats", new ClaimSource("She", 0, 3, "E1", "Marta Velez"));
        var article = Article("f1", "harbour.example", "2026-05-03T08:00:00Z", "Boats sank", body, Analysis(body, [], [claim]));
        var point = Assert.Single(Assert.Single(TimelineBuilder.ForStory("s4", "Boats", [article]).Figures).Points);
        Assert.Equal("Marta Velez", point.AttributedTo);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_prints_on_one_line()
    {
        const string body = "“The roof will hold.\n\n“We checked every beam twice,” the engineer said.";
        var article = Article("q2", "school.example", "2026-05-03T08:00:00Z", "Roof checked", body, Analysis(body,
            [QuoteOf(body, "“The roof will hold.\n\n“We checked every beam twice,”", "direct", "Lina Farrow")], []));
        var text = TimelineTextWriter.ToText(TimelineBuilder.ForStory("s3", "Roof", [article]));
        Assert.Contains("school.example: “The roof will hold. “We checked every beam twice,”\n", text);
    }

    [Theory]
    [InlineData("the living hostages", "living hostage")]
    [InlineData("Living Hostages", "living hostage")]
    [InlineData("more than 24 living hostages", "living hostage")]
    [InlineData("%", "percent")]
    [InlineData("casualties", "casualty")]
    [InlineData("witnesses", "witness")]
    [InlineData("people", "person")]
    [InlineData("   ", null)]
    public void MeasuresNormalise(string unit, string? expected) => Assert.Equal(expected, MeasureNormaliser.Normalise(unit));
}
