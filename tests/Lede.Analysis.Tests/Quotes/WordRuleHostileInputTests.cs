using System.Text;
using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>
/// Hostile text through the word-rule analysis of German, French and Spanish (names and speech tags): each input's
/// work is bounded by counting it (lists that count their reads, the persons' scan counter) or by the shape of the
/// output, never by a wall clock. docs/benchmarks.md, seventeenth session, has the inputs' measured costs.
/// </summary>
public class WordRuleHostileInputTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string Repeated(string unit, int chars)
    {
        var text = new StringBuilder(chars + unit.Length);
        while (text.Length < chars) text.Append(unit);
        return text.ToString();
    }

    // Word codes of letters only ("Qab"): distinct capitalised words a name rule reads as surnames.
    private static string Letters(int k)
    {
        var code = new StringBuilder("Q");
        do { code.Append((char)('a' + k % 26)); k /= 26; } while (k > 0);
        return code.ToString();
    }

    public static TheoryData<string, string> HostileBodies => new()
    {
        { "deep brackets", Repeated("(", 100_000) + Repeated(")", 100_000) },
        { "quote marks alone", Repeated("\"", 200_000) },
        { "no spaces", Repeated("abcdefghij", 1_000_000) },
        { "capitalised article", Repeated("Der ", 200_000) },
        { "every kind of mark", Repeated("«»„“‚‘", 200_000) },
        { "marks around words", Repeated("« a » „ b “ ‚ c ‘ ", 200_000) },
        { "mixed scripts", Repeated("Москва Berlin 東京 Ελλάδα Paris ", 200_000) },
        { "lone surrogates", Repeated("Herr \uD800Scholz \uDC00 sagte „x\uD800“ ", 200_000) },
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public void Hostile_bodies_give_no_quotes_or_names_from_marks_and_capitals_alone(string input, string text)
    {
        foreach (var language in new[] { "de", "fr", "es" })
        {
            var analysis = Analyzer.Analyze(text, language);
            // Sentences cover the text in order, none longer than the splitter's cap.
            Assert.All(analysis.Sentences, s => Assert.True(s.Start < s.End && s.End <= text.Length, input));
            Assert.True(analysis.Sentences.Zip(analysis.Sentences.Skip(1)).All(p => p.First.End <= p.Second.Start), input);
            if (input != "lone surrogates") Assert.Empty(analysis.Quotes);
            Assert.DoesNotContain(analysis.Mentions, m => m.Type == "PER" && input is "capitalised article" or "every kind of mark" or "quote marks alone");
        }
    }

    [Fact]
    public void A_page_of_one_word_repeated_is_read_to_the_body_limit_only()
    {
        var text = Repeated("Wort ", 50_000_000);
        var analysis = Analyzer.Analyze(text, "de");
        Assert.True(analysis.Sentences[^1].End <= Analyzer.Options.MaxBodyChars);
        Assert.True(analysis.Sentences[^1].End > Analyzer.Options.MaxBodyChars - 10);
        Assert.Empty(analysis.Mentions);
    }

    [Fact]
    public void A_sentence_of_one_capitalised_word_is_cut_and_finds_no_names()
    {
        var text = Repeated("Der ", 400_000);
        var tokens = Tokenizer.Tokenize(text);
        var analysis = Analyzer.Analyze(text, "de");
        Assert.True(analysis.Sentences.Count >= tokens.Count / SentenceSplitter.MaxSentenceTokens);
        Assert.Empty(analysis.Mentions);
    }

    [Fact]
    public void The_quote_kind_looks_at_the_spans_near_its_content_only()
    {
        // 50,000 quoted spans; the kind of each asked in turn. A walk from the first span per call read 1.25 billion.
        var spans = new CountingList<QuotedSpan>(Enumerable.Range(0, 50_000).Select(k => new QuotedSpan(10 * k, 10 * k + 5, true)).ToList());
        var text = Repeated("„abc“ de ", 500_000);
        for (var k = 0; k < 50_000; k += 7)
            Assert.Equal("direct", QuoteAssembler.Kind(text, new TextRange(10 * k, 10 * k + 5), spans));
        Assert.True(spans.Reads < 50_000 / 7 * 40, $"{spans.Reads} span reads");
    }

    [Fact]
    public void Speech_tags_find_their_sentence_by_halving()
    {
        // 20,000 tagged quotes, each its own sentence: a scan per quote read 200 million sentences.
        var text = string.Concat(Enumerable.Repeat("„Wir bauen“, sagte Anna Feld. ", 20_000));
        var sentences = new CountingList<Sentence>(SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).ToList());
        var quotes = SpeechTagFinder.Find(text, sentences, SpeechTagRules.ForLanguage("de")!);
        Assert.Equal(20_000, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Anna Feld", q.Speaker?.Name));
        Assert.True(sentences.Reads < quotes.Count * 100, $"{sentences.Reads} sentence reads for {quotes.Count} quotes");
    }

    [Fact]
    public void A_pronoun_looks_back_a_bounded_number_of_mentions()
    {
        // 3,000 women named, then a man's pronoun: no one fits, and the scan stops at the bound instead of reading them all.
        var text = string.Concat(Enumerable.Range(0, 3_000).Select(k => $"Anna {Letters(k)} kam. ")) + "„Ja“, sagte er.";
        var rules = SpeechTagRules.ForLanguage("de")!;
        var persons = new ArticlePersons(text, SpeechTagToken.Tokenize(text, rules.Honorifics), rules);
        Assert.Null(persons.Pronoun(text.Length, female: false));
        Assert.Equal(ArticlePersons.MaxMentionsBack, persons.LongestScan);
        // Within the bound the latest woman is found.
        Assert.Equal($"Anna {Letters(2_999)}", persons.Pronoun(text.Length, female: true));
    }

    [Fact]
    public void Tags_by_the_thousand_naming_one_unknown_surname_resolve_without_scanning_back()
    {
        var text = string.Concat(Enumerable.Repeat("„Ja“, sagte Zorbek. ", 20_000));
        var quotes = Analyzer.Analyze(text, "de").Quotes;
        Assert.Equal(20_000, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Zorbek", q.Speaker?.Name));
        var rules = SpeechTagRules.ForLanguage("de")!;
        var persons = new ArticlePersons(text, SpeechTagToken.Tokenize(text, rules.Honorifics), rules);
        for (var at = text.IndexOf("Zorbek", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Zorbek", at + 1, StringComparison.Ordinal))
            Assert.Equal("Zorbek", persons.Name(at, at + "Zorbek".Length));
        // Each surname alone finds its latest mention one step back.
        Assert.True(persons.LongestScan <= 1, $"{persons.LongestScan}");
    }

    [Fact]
    public void An_acronym_defined_thousands_of_times_is_found_each_time()
    {
        var text = string.Concat(Enumerable.Repeat("Der Verein Nordsee Fähren GmbH (VNF) tagte. ", 5_000));
        var mentions = Analyzer.Analyze(text, "de").Mentions;
        // Each definition follows an organisation found; a check against every organisation found so far made this quadratic.
        Assert.Equal(5_000, mentions.Count(m => m.Text == "VNF" && m.Type == "ORG"));
    }
}
