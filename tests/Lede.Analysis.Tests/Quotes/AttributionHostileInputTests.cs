using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>
/// English attribution on text of quotes by the thousand (docs/benchmarks.md, twentieth session): the quoted spans each
/// attribution looks at are counted, not timed. Each step that searched all quotes (or all attributions) per attribution
/// made a page of 1 MB of quotes quadratic.
/// </summary>
public class AttributionHostileInputTests
{
    private static IReadOnlyList<Attribution> Find(string text, IReadOnlyList<QuotedSpan> quotes)
    {
        var tokens = Tokenizer.Tokenize(text);
        return AttributionFinder.Find(text, tokens, SentenceSplitter.Split(text, tokens), quotes, CueModel.Default, ContentEndModel.Default);
    }

    [Fact]
    public void Quotes_by_the_thousand_in_one_paragraph_are_each_attributed_reading_few_spans_each()
    {
        // Searches of every span per attribution read 4 times as many spans for twice the quotes; halving, about twice.
        var reads = new[] { 1_500, 3_000 }.Select(SpanReads).ToArray();
        Assert.True(reads[1] < 2.5 * reads[0], $"{reads[0]} span reads for 1,500 pairs, {reads[1]} for 3,000");
        Assert.True(reads[1] < 3_000 * 1_000, $"{reads[1]} span reads");
    }

    // A tagged quote, then one that continues it, in one paragraph: every one attributed, and the spans read to do it.
    private static long SpanReads(int pairs)
    {
        var text = string.Concat(Enumerable.Range(0, pairs).Select(k => $"\"We will go now,\" said Jo Park{k % 10}. \"We will stay right here now.\" "));
        var quotes = new CountingList<QuotedSpan>(QuoteMarkScanner.Scan(text).ToList());
        Assert.Equal(2 * pairs, quotes.Count);
        var found = Find(text, quotes);
        Assert.Equal(pairs, found.Count(a => !a.Continues && !a.Source.IsEmpty));
        Assert.Equal(pairs, found.Count(a => a.Continues));
        return quotes.Reads;
    }

    [Fact]
    public void Speaker_labels_by_the_thousand_are_each_found_once()
    {
        const int Paragraphs = 5_000;
        var text = string.Concat(Enumerable.Range(0, Paragraphs).Select(k => $"SPEAKER{(char)('A' + k % 26)}: We will do the thing now.\n\n"));
        var found = Find(text, QuoteMarkScanner.Scan(text));
        var labels = found.Where(a => text[a.Cue.Start] == ':').ToList();
        Assert.Equal(Paragraphs, labels.Count);
        Assert.Equal(Paragraphs, labels.Select(a => a.Content.Start).Distinct().Count());
    }

    [Fact]
    public void Asked_phrases_by_the_thousand_take_time_in_proportion()
    {
        // Each "when asked" phrase finds the contents it overlaps by one sweep in text order; reading every attribution per
        // phrase would make 4 times the text take 16 times as long. Best of two runs each, so a busy machine slows both.
        static TimeSpan Time(int reports)
        {
            var text = string.Join(" ", Enumerable.Repeat("\"We will go,\" the mayor said when asked why.", reports));
            var quotes = QuoteMarkScanner.Scan(text);
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var found = Find(text, quotes);
                if (clock.Elapsed < best) best = clock.Elapsed;
                Assert.Equal(reports, found.Count(a => text[a.Cue.Start..a.Cue.End] == "asked"));
            }
            return best;
        }

        var quarter = Time(5_000);
        var whole = Time(20_000);
        Assert.True(whole < quarter * 8 + TimeSpan.FromSeconds(1), $"{quarter} for 5,000 reports, {whole} for 20,000");
    }
}
