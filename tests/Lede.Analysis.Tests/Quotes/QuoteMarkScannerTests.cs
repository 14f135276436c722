using Lede.Analysis.Quotes;

namespace Lede.Analysis.Tests.Quotes;

public class QuoteMarkScannerTests
{
    [Theory]
    [InlineData("He said “the bridge is closed” today.", "“the bridge is closed”")]
    [InlineData("He said \"the bridge is closed\" today.", "\"the bridge is closed\"")]
    [InlineData("Il a dit «le pont est fermé» hier.", "«le pont est fermé»")]
    [InlineData("Er sagte „die Brücke ist zu“ gestern.", "„die Brücke ist zu“")]
    [InlineData("He said ‘the bridge is closed’ today.", "‘the bridge is closed’")]
    [InlineData("He said 'the bridge is closed' today.", "'the bridge is closed'")]
    public void Finds_quotes_in_every_common_mark(string text, string expected)
    {
        var spans = QuoteMarkScanner.Scan(text);
        var span = Assert.Single(spans);
        Assert.Equal(expected, text[span.Start..span.End]);
        Assert.True(span.Closed);
    }

    [Fact]
    public void A_closing_mark_that_opens_a_paragraph_opens_a_quote()
    {
        // Reader comments set with the wrong mark first: the paragraph cannot be closing a quote, so the mark opens one.
        const string text = "Readers wrote in.\n\n”The ferry is never on time. Fix it.” ― Jo Park\n“I like the new boats.” ― Ana Ruiz";
        var spans = QuoteMarkScanner.Scan(text);
        Assert.Equal(["”The ferry is never on time. Fix it.”", "“I like the new boats.”"], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.True(s.Closed));

        // Inside a paragraph the same mark is left alone.
        Assert.Empty(QuoteMarkScanner.Scan("The ferry ”was late again” on Monday."));
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        Assert.Empty(QuoteMarkScanner.Scan("The mayor's plan didn't pass, and the council’s vote wasn’t close."));
    }

    [Fact]
    public void A_quote_inside_a_quote_stays_inside_its_outer_quote()
    {
        const string text = "“They told me ‘we won’t pay,’ and I believed them,” the tenant said.";
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal("“They told me ‘we won’t pay,’ and I believed them,”", text[span.Start..span.End]);
    }

    [Fact]
    public void A_long_transcript_in_quote_marks_is_one_quote_when_its_last_paragraph_closes_it()
    {
        // Five paragraphs of about 1,500 characters each, each opening a mark and only the last closing it: longer than an
        // unclosed quote may run, within what a closed one may.
        var paragraph = string.Concat(Enumerable.Repeat("We will rebuild the harbour wall and open the ferry pier. ", 26));
        var body = string.Join("\n\n", Enumerable.Repeat("\"" + paragraph.TrimEnd(), 5));
        var closed = "Transcript as follows:\n\n" + body + "\"\n\nThe mayor left the stage.";
        var span = Assert.Single(QuoteMarkScanner.Scan(closed));
        Assert.True(span.Closed);
        Assert.True(span.End - span.Start > Lede.Analysis.Rules.AttributionRules.MaxQuoteChars);
        // The same paragraphs never closed are a runaway, not a quote.
        Assert.Empty(QuoteMarkScanner.Scan("Transcript as follows:\n\n" + body + "\n\nThe mayor left the stage."));
    }

    [Fact]
    public void A_paragraph_left_open_continues_into_the_next_paragraph_that_opens_again()
    {
        const string text = "“The first part of the answer.\n\n“The second part of the answer,” she said.\n\nThe meeting ended.";
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(0, span.Start);
        Assert.Equal(text.IndexOf("answer,”", StringComparison.Ordinal) + "answer,”".Length, span.End);
    }

    [Fact]
    public void A_paragraph_left_open_without_a_reopening_ends_at_the_paragraph()
    {
        const string text = "“The first part of the answer\n\nThe meeting ended.";
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.False(span.Closed);
        Assert.Equal("“The first part of the answer", text[span.Start..span.End]);
    }

    [Fact]
    public void A_stray_straight_mark_opening_a_paragraph_does_not_pair_with_the_next_paragraphs_quotes()
    {
        const string text = "\"Ferry times for the winter season, as the captain put it \"subject to weather\" every week.\n\n"
            + "\"We will sail on Mondays,\" the captain said.\n\nThe harbour reopens in March.";
        var spans = QuoteMarkScanner.Scan(text);
        Assert.Equal(["\"subject to weather\"", "\"We will sail on Mondays,\""], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.True(s.Closed));
    }

    [Fact]
    public void A_straight_closing_mark_after_a_stray_space_at_the_paragraph_end_still_closes()
    {
        const string text = "\"The pier stays shut until spring. \"\n\n\"Boats will use the north dock,\" she said.";
        var spans = QuoteMarkScanner.Scan(text);
        Assert.Equal(["\"The pier stays shut until spring. \"", "\"Boats will use the north dock,\""], spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void A_straight_mark_quote_over_two_paragraphs_still_continues()
    {
        const string text = "\"The first part of the answer.\n\n\"The second part of the answer,\" she said.";
        var span = Assert.Single(QuoteMarkScanner.Scan(text));
        Assert.Equal(0, span.Start);
        Assert.Equal(text.IndexOf("answer,\"", StringComparison.Ordinal) + "answer,\"".Length, span.End);
    }

    [Fact]
    public void Spaced_guillemets_open_only_when_asked_so_English_scans_stay_as_they_were()
    {
        const string text = "Il a dit « nous verrons bien » hier.";
        Assert.Empty(QuoteMarkScanner.Scan(text));
        var span = Assert.Single(QuoteMarkScanner.Scan(text, spacedGuillemets: true));
        Assert.Equal("« nous verrons bien »", text[span.Start..span.End]);
    }
}
