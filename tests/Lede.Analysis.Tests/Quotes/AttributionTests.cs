using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

public class AttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Quote> QuotesOf(string text) => Analyzer.Analyze(text).Quotes;

    private static IReadOnlyList<Attribution> FindAttributions(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return AttributionFinder.Find(text, tokens, SentenceSplitter.Split(text, tokens), QuoteMarkScanner.Scan(text), CueModel.Default, ContentEndModel.Default);
    }

    [Fact]
    public void Words_between_the_cue_and_a_colon_are_not_part_of_the_quote()
    {
        const string text = "The mayor told the ferry workers again: “The harbour stays open all winter.”";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("“The harbour stays open all winter.”", quote.Text);
        Assert.Equal("direct", quote.Kind);
        Assert.Equal("told", quote.Cue?.Text);

        // A lead-in opening with "that" is part of what is reported.
        const string reported = "The mayor said that the council has two choices: “Repair the pier or close it.”";
        var whole = Assert.Single(QuotesOf(reported));
        Assert.StartsWith("that the council has two choices", whole.Text);
    }

    [Fact]
    public void A_speech_tag_after_the_closing_quote_is_not_part_of_the_quote()
    {
        const string text = "Mayor Lena Berg said the pier needs time but added, “We need the ferry…to keep the town alive,” Berg said.";
        var quote = Assert.Single(QuotesOf(text), q => q.Cue?.Text == "added");
        Assert.Equal("“We need the ferry…to keep the town alive,”", quote.Text);
        Assert.Equal("Lena Berg", quote.Speaker?.Name);
    }

    [Fact]
    public void Attributions_by_the_ten_thousand_take_time_in_proportion()
    {
        // One-line reports by the ten thousand: comparing each attribution with every other (nested cues, contents
        // already found, free words left for the tagger) made 4 times the text take 16 times as long (86,000 took over
        // a minute). Timed against a quarter of the text, the best of two runs each, so a busy machine slows both.
        static TimeSpan Time(int reports)
        {
            var text = string.Join(" ", Enumerable.Repeat("The mayor said the plan would work.", reports));
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            var quotes = QuoteMarkScanner.Scan(text);
            var best = TimeSpan.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var found = AttributionFinder.Find(text, tokens, sentences, quotes, CueModel.Default, ContentEndModel.Default, AttributionTagger.Default);
                if (clock.Elapsed < best) best = clock.Elapsed;
                Assert.Equal(reports, found.Count);
            }
            return best;
        }

        var quarter = Time(10_000);
        var whole = Time(40_000);

        // A second of slack for a machine running other test projects at once (1.56 s against 0.18 s was seen there); the
        // quadratic code took over 10 s for 40,000.
        Assert.True(whole < quarter * 8 + TimeSpan.FromSeconds(1), $"{quarter} for 10,000 reports, {whole} for 40,000");
    }

    [Fact]
    public void A_direct_quote_before_its_cue_takes_the_speaker_after_the_quote()
    {
        var quote = Assert.Single(QuotesOf("“We will finish the bridge by spring,” Marta Velez said."));
        Assert.Equal("direct", quote.Kind);
        Assert.Equal("“We will finish the bridge by spring,”", quote.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Fact]
    public void A_source_cut_after_an_adjective_is_no_speaker()
    {
        // "The new [plan]": the tagger read "The new" as a source and "a promise" as its cue.
        const string text = "The harbor board met on Tuesday. The new plan would require the union to give up two paid holidays "
            + "in exchange for a wage rise and a promise to negotiate a longer contract.";
        Assert.DoesNotContain(QuotesOf(text), q => q.Speaker?.Text == "The new");
    }

    [Theory]
    [InlineData("Reelhouse went live this spring and you can stream a huge range of westerns, comedies and garden films and shows all from one monthly plan.")]
    [InlineData("Tidewatch launched in May, and members can stream hundreds of films and shows all from one plan on any device.")]
    public void What_a_product_shows_is_no_reported_speech(string text)
    {
        // The attribution tagger reads "shows" as a cue with the service its source: what a product shows or offers is no speech.
        Assert.DoesNotContain(QuotesOf(text), q => q.Cue?.Text == "shows");
    }

    [Theory]
    [InlineData("A chime is used to pass on alerts from the radio and other devices, such as suggesting a rest stop, or can even switch to softer sounds when the rider is tired.")]
    [InlineData("Apps can do more, such as suggesting a route, or can even change to calmer music if the driver encounters traffic on the way home.")]
    public void A_gerund_in_a_list_of_examples_is_no_cue(string text)
    {
        // The tagger reads "such as [suggesting] a rest stop" as a cue and its content: an example of what a system does, not speech.
        Assert.DoesNotContain(QuotesOf(text), q => q.Cue?.Text == "suggesting");
    }


    [Fact]
    public void A_study_that_found_something_still_reports_it()
    {
        // "find" is left out of the presenting verbs: a finding is reported.
        const string text = "The harbour board commissioned a survey last spring. The survey found that most fishermen would leave the village if the pier closed.";
        Assert.Contains(QuotesOf(text), q => q.Text.Contains("most fishermen would leave the village"));
    }

    [Fact]
    public void A_tally_of_figures_is_no_reported_content()
    {
        const string text = "The harbour board voted 7 to 2 on Monday to close the old pier, ending a dispute that has divided the village for four winters and two inquiries.";
        Assert.DoesNotContain(QuotesOf(text), q => q.Text.StartsWith('7'));
    }

    [Fact]
    public void An_inverted_cue_takes_the_speaker_after_the_verb()
    {
        var quote = Assert.Single(QuotesOf("“The bridge will open in spring,” said Marta Velez."));
        Assert.Equal("direct", quote.Kind);
        Assert.Contains("Velez", quote.Speaker?.Text);
    }

    [Fact]
    public void Reported_speech_with_that_is_an_indirect_quote()
    {
        const string text = "Marta Velez said Tuesday that the bridge would open in spring.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("that the bridge would open in spring", quote.Text);
        Assert.Equal(text.IndexOf("that", StringComparison.Ordinal), quote.Start);
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Fact]
    public void A_relative_pronoun_is_the_source_and_the_phrase_it_refers_to_names_the_speaker()
    {
        const string text = "The plan drew criticism from Marta Velez, who said that the county could not afford another delay to the bridge.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("that the county could not afford another delay to the bridge", quote.Text);
        Assert.Equal("who", quote.Speaker?.Text);
        Assert.Equal(text.IndexOf("who", StringComparison.Ordinal), quote.Speaker?.Start);
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Fact]
    public void A_relative_clause_after_the_subject_ends_at_its_closing_comma()
    {
        const string text = "The water board, which said it would review the permits, did not answer questions on Monday.";
        var attribution = Assert.Single(FindAttributions(text));
        Assert.Equal("it would review the permits", text[attribution.Content.Start..attribution.Content.End]);
        Assert.Equal("which", text[attribution.Source.Start..attribution.Source.End]);
        Assert.Equal("The water board", text[attribution.Antecedent.Start..attribution.Antecedent.End]);
    }

    [Fact]
    public void Told_reporters_leaves_the_listener_out_of_the_content()
    {
        var quote = Assert.Single(QuotesOf("Marta Velez told reporters that the vote was delayed."));
        Assert.Equal("told", quote.Cue?.Text);
        Assert.Equal("that the vote was delayed", quote.Text);
    }

    [Fact]
    public void Says_without_that_reports_the_clause_after_it()
    {
        var quote = Assert.Single(QuotesOf("Local officials say the river rose overnight."));
        Assert.Equal("indirect", quote.Kind);
        Assert.Equal("the river rose overnight", quote.Text);
        Assert.Equal("Local officials", quote.Speaker?.Text);
    }

    [Fact]
    public void According_to_puts_the_source_after_the_cue_and_the_content_before()
    {
        var quote = Assert.Single(QuotesOf("The river rose two meters overnight, according to the regional water board."));
        Assert.Equal("according to", quote.Cue?.Text);
        Assert.Equal("The river rose two meters overnight", quote.Text);
        Assert.Equal("the regional water board", quote.Speaker?.Text);
    }

    [Fact]
    public void According_to_inside_a_sentence_whose_opening_phrase_has_no_verb_reports_the_rest_too()
    {
        // "Over the winter, according to X, the river rose": the opening phrase alone says nothing; X reports the whole.
        var quotes = QuotesOf("Over the winter, according to the regional water board, the river has risen two meters.");
        Assert.Equal(["Over the winter", "the river has risen two meters"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("according to", q.Cue?.Text));
        Assert.All(quotes, q => Assert.Equal("the regional water board", q.Speaker?.Text));

        // A clause before the aside is what the source reports; the clause after it is the writer's.
        var clause = Assert.Single(QuotesOf("The river rose two meters, according to the regional water board, and the ferry stopped."));
        Assert.Equal("The river rose two meters", clause.Text);
    }

    [Fact]
    public void A_partial_quote_inside_reported_speech_is_mixed()
    {
        var quote = Assert.Single(QuotesOf("Marta Velez said the delay was “a failure of planning” by the city."));
        Assert.Equal("mixed", quote.Kind);
        Assert.Equal("the delay was “a failure of planning” by the city", quote.Text);
    }

    [Fact]
    public void Declined_to_comment_is_not_a_quote()
    {
        Assert.Empty(QuotesOf("Marta Velez declined to comment on the delay."));
        Assert.Empty(QuotesOf("The company declined to say how many workers were hurt."));
    }

    [Fact]
    public void A_second_quote_after_the_cue_continues_the_same_speaker()
    {
        const string text = "“The bridge is safe,” Marta Velez said. “We checked every cable twice.”";
        var quotes = QuotesOf(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("“We checked every cable twice.”", quotes[1].Text);
        Assert.Equal("Marta Velez", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void A_quote_after_a_reported_clause_is_the_speakers_next_attribution_not_part_of_the_first()
    {
        // After a quote the next quote carries on the same attribution (the same cue); after a reported clause it is a
        // new one by the same speaker, so it keeps the speaker but not the first clause's cue.
        const string text = "Marta Velez said that the bridge was “safe for now.” “We checked every cable twice and found nothing wrong.”";
        var quotes = QuotesOf(text);
        Assert.Equal(2, quotes.Count);
        var second = Assert.Single(quotes, q => q.Text.StartsWith("“We checked", StringComparison.Ordinal));
        Assert.Equal("Marta Velez", second.Speaker?.Name);
        Assert.Null(second.Cue);
        Assert.Equal("said", Assert.Single(quotes, q => q.Text.StartsWith("that the bridge", StringComparison.Ordinal)).Cue?.Text);
    }

    [Fact]
    public void A_few_quoted_words_after_a_reported_clause_are_no_quote()
    {
        // "the “long winter”" marks a phrase; after a quote it would carry the quote on, after a reported clause it is no speech.
        const string text = "Marta Velez said that the ferry would run “as long as it can.” The “long winter” ends then.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("that the ferry would run “as long as it can.”", quote.Text);
    }

    [Fact]
    public void A_multi_paragraph_quote_is_one_quote()
    {
        const string text = "Marta Velez said:\n\n“The first part of the plan is to close the old bridge.\n\n“The second part is to build a new one,” she added.";
        var quotes = QuotesOf(text);
        var quote = Assert.Single(quotes, q => q.Text.StartsWith("“The first part", StringComparison.Ordinal));
        Assert.EndsWith("build a new one,”", quote.Text);
    }

    [Fact]
    public void A_quote_nobody_is_named_for_has_no_speaker()
    {
        const string text = "The river rose overnight.\n\n“Nobody expected the water to come this fast.”";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void A_short_quoted_phrase_without_a_cue_is_not_a_quote()
    {
        Assert.Empty(QuotesOf("The so-called “bridge fund” was empty by March."));
    }

    [Fact]
    public void Offsets_point_into_the_body()
    {
        const string text = "Intro line.\n\nMarta Velez said that the plan had failed.";
        foreach (var quote in QuotesOf(text))
        {
            Assert.Equal(quote.Text, text[quote.Start..quote.End]);
            Assert.Equal(quote.Cue!.Text, text[quote.Cue.Start..quote.Cue.End]);
            Assert.Equal(quote.Speaker!.Text, text[quote.Speaker.Start..quote.Speaker.End]);
        }
    }

    [Fact]
    public void An_inverted_cue_takes_a_name_that_spells_a_modal()
    {
        var quote = Assert.Single(QuotesOf("“The ferry will run all winter,” said Will Okafor."));
        Assert.Equal("Will Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void A_party_and_state_in_brackets_stay_with_the_source_but_not_the_name()
    {
        const string text = "Rep. Dana Whitfield (D-Ore.) said that the harbour bill would pass.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("that the harbour bill would pass", quote.Text);
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_in_the_next_sentence_continues_a_speaker_whose_tail_reports_something_of_their_own()
    {
        const string text = "“The pier cannot wait another winter,” said Ines Caldera, referring to the storm damage reported in March. “We will rebuild it with or without the council.”";
        var quotes = QuotesOf(text);
        var second = Assert.Single(quotes, q => q.Text.StartsWith("“We will rebuild"));
        Assert.Equal("said", second.Cue?.Text);
        Assert.Equal("Ines Caldera", second.Speaker?.Name);
    }

    [Fact]
    public void A_quote_in_the_next_paragraph_continues_a_speaker_whose_cue_has_a_long_tail()
    {
        const string text = "“We like several of the plans,” Okafor said during a long interview in Lakeview, the largest port on the coast, ahead of the formal opening of the new terminal that the city built last year.\n\n“It changes every day. Nobody knows who will win.”";
        var quotes = QuotesOf(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Okafor", q.Speaker?.Text));
    }

    [Fact]
    public void A_person_qualified_by_a_place_heads_the_source()
    {
        var quote = Assert.Single(QuotesOf("“The harbour needs dredging,” said Sen. Dana Whitfield of Oregon, who chairs the panel."));
        Assert.Equal("Dana Whitfield", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_signed_with_a_dash_and_a_name_takes_that_name_as_speaker()
    {
        const string text = "Letters about the new ferry kept arriving.\n\n“The boats are always late and nobody at the port seems to care.” ― Tomasz Brenner\n\n“I ride it every day and love the view from the upper deck.” — Alma Quiroga, 34, Lakeview";
        var quotes = QuotesOf(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Tomasz Brenner", quotes[0].Speaker?.Name);
        Assert.Equal("direct", quotes[0].Kind);
        Assert.Equal("Alma Quiroga", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void A_signed_quote_opened_with_a_closing_mark_takes_its_signature_as_speaker()
    {
        const string text = "Letters about the new ferry kept arriving.\n\n”The boats are always late and nobody at the port seems to care.” ― Tomasz Brenner\n\n“I ride it every day and love the view from the upper deck.” ― Alma Quiroga";
        var quotes = QuotesOf(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("”The boats are always late and nobody at the port seems to care.”", quotes[0].Text);
        Assert.Equal("Tomasz Brenner", quotes[0].Speaker?.Name);
        Assert.Equal("direct", quotes[0].Kind);
    }

    [Fact]
    public void A_dash_after_a_quote_followed_by_a_clause_is_no_signature()
    {
        var quote = Assert.Single(QuotesOf("“We will open the bridge in spring and keep it open all year long” — a promise the mayor has made before."));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void An_appositive_the_source_rules_cannot_read_leaves_the_clause_after_the_cue_as_content()
    {
        var quote = Assert.Single(QuotesOf("Inspectors at the Harbor Safety Office, a branch of the port authority, said they were worried about the cranes."));
        Assert.Equal("they were worried about the cranes", quote.Text);
        Assert.StartsWith("Inspectors", quote.Speaker?.Text);
    }

    [Fact]
    public void A_speaker_label_before_a_colon_attributes_the_rest_of_the_paragraph()
    {
        const string text = "MORALES: We have asked the council three times for the money.\n\nPACKARD: The budget has no room left this year.";
        var quotes = QuotesOf(text).Where(q => q.Cue?.Text == ":").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We have asked the council three times for the money", quotes[0].Text);
        Assert.Equal("MORALES", quotes[0].Speaker?.Text);
        Assert.Equal("PACKARD", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void A_transcript_label_after_a_mark_that_never_closes_still_names_the_speaker()
    {
        const string text = "Partial transcript follows.\n\n\"MORALES: We have asked the council three times for the money.\n\n\"PACKARD: The budget has no room left this year.";
        var quotes = QuotesOf(text).Where(q => q.Cue?.Text == ":").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("We have asked the council three times", quotes[0].Text);
        Assert.Equal("MORALES", quotes[0].Speaker?.Text);
        Assert.Equal("PACKARD", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void A_capitalised_verb_in_a_title_case_headline_is_a_cue_but_not_in_the_body()
    {
        const string headline = "Ferry Fares Will Rise Next Spring, Harbor Director Says\n\n";
        var inHeadline = Assert.Single(QuotesOf(headline + "The harbor board meets on Tuesday."), q => q.Cue?.Text == "Says");
        Assert.Equal("Ferry Fares Will Rise Next Spring", inHeadline.Text);
        Assert.Equal("Harbor Director", inHeadline.Speaker?.Text);
        // The same words after a lower-case headline are a title, not a cue.
        Assert.DoesNotContain(QuotesOf("Ferry news for the week\n\nFerry Fares Will Rise Next Spring, Harbor Director Says."), q => q.Cue?.Text == "Says");
    }

    [Fact]
    public void A_sentence_opening_with_a_poll_reports_the_clause_after_the_comma()
    {
        const string text = "In a Harbor Weekly poll released Monday, 61 percent of ferry riders backed the new timetable.";
        var attribution = Assert.Single(FindAttributions(text), f => text[f.Cue.Start..f.Cue.End] == "In");
        Assert.Equal("a Harbor Weekly poll released Monday", text[attribution.Source.Start..attribution.Source.End]);
        Assert.Equal("61 percent of ferry riders backed the new timetable", text[attribution.Content.Start..attribution.Content.End]);
        // An opening "In" phrase without a poll is no source.
        const string other = "In a quiet harbor town, 61 percent of ferry riders take the early boat.";
        Assert.DoesNotContain(FindAttributions(other), f => other[f.Cue.Start..f.Cue.End] == "In");
    }

    [Fact]
    public void A_noun_of_speech_before_a_that_clause_reports_the_clause_from_the_possessive_or_its_verbs_subject()
    {
        const string text = "Okafor's repeated claim that the ferry levy funds the new pier drew laughter at the meeting.";
        var claim = Assert.Single(FindAttributions(text), f => text[f.Cue.Start..f.Cue.End] == "claim");
        Assert.Equal("Okafor", text[claim.Source.Start..claim.Source.End]);
        Assert.StartsWith("that the ferry levy funds the new pier", text[claim.Content.Start..claim.Content.End]);
        const string issued = "Harbor officials kept up the warning that the pier would not open before spring.";
        var warning = Assert.Single(FindAttributions(issued), f => issued[f.Cue.Start..f.Cue.End] == "warning");
        Assert.Equal("Harbor officials", issued[warning.Source.Start..warning.Source.End]);
        Assert.Equal("that the pier would not open before spring", issued[warning.Content.Start..warning.Content.End]);
        // "that" and then a verb opens a relative clause: the statement is what was released, not what it said.
        const string relative = "The statement that was released on Monday ran to four pages about the pier.";
        Assert.DoesNotContain(FindAttributions(relative), f => relative[f.Cue.Start..f.Cue.End] == "statement");
    }

    [Fact]
    public void That_before_a_time_noun_opens_no_reported_clause()
    {
        const string text = "“We will open the pier in spring,” the mayor said in a speech that night.";
        var attribution = Assert.Single(FindAttributions(text));
        Assert.Equal("“We will open the pier in spring,”", text[attribution.Content.Start..attribution.Content.End]);
        Assert.Equal("the mayor", text[attribution.Source.Start..attribution.Source.End]);
    }

    [Fact]
    public void A_quote_closing_right_before_its_source_is_the_content_whatever_follows_the_cue()
    {
        // A later quote after a preposition ("after a brief “thank you”") or an adjunct clause after an object cue
        // ("demanded, as …") is not what the quote's speaker said instead.
        const string text = "“Let me finish the answer,” Okafor said after a brief “thank you” to the chair.";
        Assert.Contains(FindAttributions(text), f => text[f.Content.Start..f.Content.End] == "“Let me finish the answer,”"
            && text[f.Source.Start..f.Source.End] == "Okafor");
        Assert.DoesNotContain(FindAttributions(text), f => text[f.Content.Start..f.Content.End].StartsWith("after", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_word_quote_right_before_its_source_and_cue_is_speech()
    {
        const string text = "The ferry captain waved at the crowd. “Quiet,” Okafor demanded, as the band kept playing.";
        var attribution = Assert.Single(FindAttributions(text), f => text[f.Cue.Start..f.Cue.End] == "demanded");
        Assert.Equal("“Quiet,”", text[attribution.Content.Start..attribution.Content.End]);
        Assert.Equal("Okafor", text[attribution.Source.Start..attribution.Source.End]);
    }

    [Fact]
    public void A_participle_after_before_shares_the_subject_and_its_colon_is_not_the_first_cues()
    {
        const string text = "\"The pier will open in May,\" Okafor said before adding: \"The ferry will follow in June.\"";
        var found = FindAttributions(text);
        var said = Assert.Single(found, f => text[f.Cue.Start..f.Cue.End] == "said");
        Assert.Equal("\"The pier will open in May,\"", text[said.Content.Start..said.Content.End]);
        var adding = Assert.Single(found, f => text[f.Cue.Start..f.Cue.End] == "adding");
        Assert.Equal("Okafor", text[adding.Source.Start..adding.Source.End]);
        Assert.Equal("\"The ferry will follow in June.\"", text[adding.Content.Start..adding.Content.End]);
    }

    [Fact]
    public void A_participle_cue_after_the_comma_is_not_the_first_cues_content()
    {
        const string text = "The harbour board met on Monday. “The old pier is not fit for ferries!” Okafor tweeted, quoting the engineers' report.";
        var found = FindAttributions(text);
        Assert.DoesNotContain(found, f => text[f.Cue.Start..f.Cue.End] == "tweeted" && text[f.Content.Start..f.Content.End].StartsWith("quoting", StringComparison.Ordinal));
        var tweeted = Assert.Single(found, f => text[f.Cue.Start..f.Cue.End] == "tweeted");
        Assert.Equal("“The old pier is not fit for ferries!”", text[tweeted.Content.Start..tweeted.Content.End]);
    }

    [Fact]
    public void An_opening_soon_after_clause_is_no_content_before_the_cue()
    {
        const string text = "Soon after the harbour vote was counted on Monday, Okafor wrote to his followers, “The pier opens in May,” and left.";
        Assert.DoesNotContain(FindAttributions(text), f => text[f.Content.Start..f.Content.End].StartsWith("Soon after", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_title_inside_the_sentence_before_the_source_is_not_what_was_said()
    {
        const string text = "Sunday on the harbour channel’s “Morning Tides,” Councillor Okafor said the pier’s “budget” is in question because of the ferry levy.";
        var said = Assert.Single(FindAttributions(text), f => text[f.Cue.Start..f.Cue.End] == "said");
        Assert.StartsWith("the pier’s “budget” is in question", text[said.Content.Start..said.Content.End]);
    }

    [Fact]
    public void A_cue_that_closes_its_paragraph_with_a_colon_reports_the_next_paragraph()
    {
        const string text = "The harbor director added:\n\nThe new timetable is the best we could do with two boats. Riders will see it next spring.\n\nThe board meets Tuesday.";
        var quote = Assert.Single(QuotesOf(text), q => q.Cue?.Text == "added");
        Assert.Equal("The new timetable is the best we could do with two boats. Riders will see it next spring", quote.Text);
        Assert.Equal("The harbor director", quote.Speaker?.Text);
    }

    [Fact]
    public void According_to_before_a_quote_takes_the_whole_quote()
    {
        const string text = "According to Velez, “The boats are old. We need two new ones before winter.” The board did not vote.";
        var quote = Assert.Single(QuotesOf(text), q => q.Cue?.Text == "According to");
        Assert.Equal("“The boats are old. We need two new ones before winter.”", quote.Text);
        Assert.Equal("Velez", quote.Speaker?.Text);
    }

    [Fact]
    public void A_form_row_or_a_figure_after_a_colon_is_no_speech()
    {
        Assert.Empty(QuotesOf("Turnout: 4,210 voters in the eastern district.\n\nName: Jo Park Age: 27 City: Tucson Job: nurse"));
    }

    [Fact]
    public void A_progressive_cue_reads_past_its_auxiliary_to_the_source()
    {
        var quote = Assert.Single(QuotesOf("Mayor Ines Caldera is once again calling for a second ferry line."), q => q.Cue?.Text.StartsWith("calling") == true);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    // A name with a possessive inside it ("the Harbourmen’s Gazette") went on no further than the possessive, and the
    // timeline grouped its words under the speaker "the Harbourmen’s".
    [Theory]
    [InlineData("On Monday, the Harbourmen’s Gazette, the weekly of the dock unions, warned that there is “no room for delay”.", "Harbourmen’s Gazette")]
    [InlineData("On Monday, the Fishers’ Weekly, the trade paper of the boat owners, warned that prices would fall.", "Fishers’ Weekly")]
    public void A_name_goes_on_past_a_possessive_inside_it(string text, string name)
    {
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("warned", quote.Cue?.Text);
        Assert.Contains(name, quote.Speaker?.Text);
    }

    [Fact]
    public void A_phrasal_cue_after_an_appositive_is_no_inversion()
    {
        var quote = Assert.Single(QuotesOf("Dora Blint, director of the tenants' union, called for a rent freeze in a statement on Monday."));
        Assert.StartsWith("a rent freeze", quote.Text);
        Assert.Equal("Dora Blint", quote.Speaker?.Name);
    }

    [Fact]
    public void A_cue_set_off_by_commas_reports_both_halves_of_its_clause()
    {
        var quotes = QuotesOf("A winter without the ferry, Ines Caldera said, would cut the island off from the coast.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("said", q.Cue?.Text));
        Assert.Equal("A winter without the ferry", quotes[0].Text);
        Assert.Equal("would cut the island off from the coast", quotes[1].Text);
    }

    [Fact]
    public void A_new_clause_after_a_comma_set_cue_is_not_reported()
    {
        var quote = Assert.Single(QuotesOf("The ferry will stop in May, Ines Caldera said, as the council looked on."));
        Assert.Equal("The ferry will stop in May", quote.Text);
    }

    [Fact]
    public void A_reporting_verb_that_reports_nothing_does_not_end_a_speakers_quotes()
    {
        var quotes = QuotesOf("“We will rebuild the pier,” Ines Caldera said after she was called to testify. “The money is already there.”");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Ines Caldera", q.Speaker?.Name));
    }

    [Fact]
    public void A_second_subject_with_its_own_cue_ends_the_first_content()
    {
        var quotes = QuotesOf("Harbour officials said the pier was unsafe and Mayor Ines Caldera said it would close in May.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the pier was unsafe", quotes[0].Text);
        Assert.Equal("it would close in May", quotes[1].Text);
        Assert.Equal("Ines Caldera", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void A_manner_adverb_between_subject_and_cue_keeps_the_subject_as_source()
    {
        var quote = Assert.Single(QuotesOf("Harbour chief Ines Caldera sharply criticized the new ferry timetable."));
        Assert.Equal("criticized", quote.Cue?.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
        Assert.StartsWith("the new ferry timetable", quote.Text);
    }

    [Fact]
    public void A_noun_ending_in_ly_is_no_adverb_to_skip()
    {
        // "family" is the head of the source phrase, not a modifier of the verb to read past.
        const string text = "The Caldera family said the pier had been sold.";
        var found = Assert.Single(FindAttributions(text));
        Assert.Equal("The Caldera family", text[found.Source.Start..found.Source.End]);
    }

    [Fact]
    public void A_one_word_object_is_content_of_an_object_cue()
    {
        var quote = Assert.Single(QuotesOf("On Monday, Ines Caldera endorsed Velez."));
        Assert.Equal("endorsed", quote.Cue?.Text);
        Assert.Equal("Velez", quote.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    [Fact]
    public void A_preposition_right_after_an_object_cue_belongs_to_the_cue()
    {
        var quote = Assert.Single(QuotesOf("Harbour chief Ines Caldera railed against the new ferry timetable."));
        Assert.Equal("railed against", quote.Cue?.Text);
        Assert.Equal("the new ferry timetable", quote.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    [Fact]
    public void A_stance_noun_and_its_preposition_after_an_object_cue_belong_to_the_cue()
    {
        var quote = Assert.Single(QuotesOf("Harbour chief Ines Caldera voiced concerns about the new ferry timetable."));
        Assert.Equal("voiced concerns about", quote.Cue?.Text);
        Assert.Equal("the new ferry timetable", quote.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    [Fact]
    public void A_stance_noun_after_a_possessive_stays_in_the_content()
    {
        var quote = Assert.Single(QuotesOf("Harbour chief Ines Caldera defended her support for the new ferry timetable."));
        Assert.Equal("defended", quote.Cue?.Text);
        Assert.Equal("her support for the new ferry timetable", quote.Text);
    }

    [Fact]
    public void A_short_phrase_of_place_after_the_cue_is_no_content()
    {
        Assert.Empty(QuotesOf("Ines Caldera wrote on her blog."));
        Assert.Empty(QuotesOf("Ines Caldera responded on Twitter."));
        Assert.Empty(QuotesOf("Ines Caldera told reporters in Lisbon."));
    }

    [Fact]
    public void A_new_clause_with_a_long_subject_after_comma_and_but_ends_the_reported_clause()
    {
        const string text = "Harbour chief Ines Caldera complained that the timetable is too tight, but many owners of the smaller boats have found ways to keep to it.";
        Assert.Contains(QuotesOf(text), q => q.Text == "that the timetable is too tight" && q.Speaker?.Name == "Ines Caldera");
    }

    [Fact]
    public void A_pronoun_after_an_appositive_and_cue_opens_the_reported_clause()
    {
        var quote = Assert.Single(QuotesOf("Ines Caldera, 58, a ferry captain raised in Porto, said she wanted the pier rebuilt in stone."));
        Assert.Equal("she wanted the pier rebuilt in stone", quote.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    [Fact]
    public void Went_on_to_and_a_reporting_verb_is_one_cue_and_its_content_follows_the_verb()
    {
        var quote = Assert.Single(QuotesOf("Harbour chief Ines Caldera went on to say that the pier would be rebuilt in stone."));
        Assert.Equal("went on to say", quote.Cue?.Text);
        Assert.Equal("that the pier would be rebuilt in stone", quote.Text);
        Assert.Empty(QuotesOf("The harbour team went on to win the regatta in a storm that year."));
    }

    [Fact]
    public void An_object_that_announces_a_quote_after_a_colon_gives_way_to_the_quote()
    {
        const string text = "Harbour chief Ines Caldera released the following statement:\n\n“The pier will be rebuilt in stone before the winter storms.”";
        var quotes = QuotesOf(text);
        Assert.DoesNotContain(quotes, q => q.Text == "the following statement");
        var quote = Assert.Single(quotes);
        Assert.StartsWith("“The pier will be rebuilt", quote.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    [Fact]
    public void A_second_speaker_after_a_comma_and_but_ends_the_first_content_and_keeps_its_own()
    {
        var quotes = QuotesOf("Ines Caldera said the closure was temporary, but harbour officials said the ferry would stay docked until spring.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the closure was temporary", quotes[0].Text);
        Assert.Equal("Ines Caldera", quotes[0].Speaker?.Name);
        Assert.Equal("the ferry would stay docked until spring", quotes[1].Text);
        Assert.Equal("harbour officials", quotes[1].Speaker?.Text);
    }

    [Fact]
    public void A_participle_cue_after_a_comma_ends_the_first_content_but_is_no_attribution_of_its_own()
    {
        // "thanking" is no listed verb: the content ends at the comma only because the nested cue opens a clause there.
        var quote = Assert.Single(QuotesOf("Ines Caldera said the closure was temporary, thanking the crews."));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("the closure was temporary", quote.Text);
    }

    [Fact]
    public void Is_expected_to_reports_an_expectation_with_no_speaker()
    {
        var quote = Assert.Single(QuotesOf("Harbour officials met on Friday. The port board is expected to approve the new ferry timetable next week."));
        Assert.Equal("is expected", quote.Cue?.Text);
        Assert.StartsWith("The port board", quote.Text);
        Assert.EndsWith("to approve the new ferry timetable next week", quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Expected_without_a_form_of_be_before_it_is_no_sourceless_expectation()
    {
        // "The port board expected to …" has a subject that expects: whatever reads it, it is not the speakerless rule.
        var quotes = QuotesOf("The port board expected to approve the new ferry timetable next week.");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "expected" && q.Speaker is null);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("The port board", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opening_asked_phrase_reports_the_question_without_the_answering_cue()
    {
        var quotes = QuotesOf("Asked whether the ferry would run all winter, the harbour master said no.");
        var question = Assert.Single(quotes, q => q.Cue?.Text == "Asked");
        Assert.Equal("whether the ferry would run all winter", question.Text);
        Assert.Null(question.Speaker);
        // The phrase is no longer the clause the later "said" reports.
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "said" && q.Text.Contains("ferry", StringComparison.Ordinal));
    }

    [Fact]
    public void An_asked_phrase_takes_its_by_agent_as_source_and_the_object_of_about_as_question()
    {
        var question = Assert.Single(QuotesOf("Asked by a reporter on Tuesday about the new ferry fares, Mayor Ana Ruiz shrugged."), q => q.Cue?.Text == "Asked");
        Assert.Equal("the new ferry fares", question.Text);
        Assert.Equal("a reporter", question.Speaker?.Text);
    }

    [Theory]
    [InlineData("When asked, the harbour master said the ferry would run all winter.")]
    [InlineData("If pressed, the harbour master said the ferry would run all winter.")]
    public void A_cue_clause_closed_by_a_comma_leaves_the_main_clause_to_its_own_cue(string text)
    {
        var quotes = QuotesOf(text);
        var said = Assert.Single(quotes, q => q.Cue?.Text == "said");
        Assert.Equal("the ferry would run all winter", said.Text);
        Assert.Equal("the harbour master", said.Speaker?.Text);
        Assert.DoesNotContain(quotes, q => q.Cue?.Text is "asked" or "pressed");
    }

    [Theory]
    [InlineData("When asked about the winter timetable, the harbour master said the board would decide in May.")]
    [InlineData("When asked about the winter timetable, the harbour master said “no.”")]
    public void After_a_when_asked_phrase_the_main_clause_is_no_content_of_asked(string text)
    {
        var quotes = QuotesOf(text);
        Assert.Equal("the winter timetable", Assert.Single(quotes, q => q.Cue?.Text == "asked").Text);
        // What the harbour master said answers the question; it is not what was asked.
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "asked" && q.Text.Contains("said", StringComparison.Ordinal));
    }

    [Fact]
    public void About_before_a_number_hedges_it_and_opens_no_question()
    {
        var question = Assert.Single(QuotesOf("Asked about 40 times whether the pier would reopen, the harbour master said it would."), q => q.Cue?.Text == "Asked");
        Assert.Equal("whether the pier would reopen", question.Text);
    }

    [Fact]
    public void When_asked_reports_the_question_to_the_sentence_end()
    {
        var question = Assert.Single(QuotesOf("“We will see,” Ruiz said when asked whether the pier would reopen."), q => q.Cue?.Text == "asked");
        Assert.Equal("whether the pier would reopen", question.Text);
    }

    [Fact]
    public void An_asked_phrase_without_a_question_word_or_inside_a_sentence_reports_no_question()
    {
        // "Asked for comment": no word opens a question.
        Assert.DoesNotContain(QuotesOf("Asked for comment on the ferry timetable, the port authority said nothing."), q => q.Cue?.Text == "Asked");
        // "The council asked …": the subject asks, and the finder's ordinary reading holds; the opening-phrase rule does not.
        Assert.DoesNotContain(QuotesOf("The council asked whether the ferry would run, and the board said it would."), q => q.Cue?.Text == "asked" && q.Speaker is null);
    }

    [Fact]
    public void A_speech_tag_after_a_quote_reports_the_quote_not_the_adjunct_after_its_cue()
    {
        var quotes = QuotesOf("“We were wrong to wait this long,” Park, 58, told Reuters in an interview on Monday.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "told");
        Assert.Equal("“We were wrong to wait this long,”", quote.Text);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("in an interview", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seeming_verbs_subject_is_part_of_the_content()
    {
        var quote = Assert.Single(QuotesOf("After the vote, the harbour board appeared to be on the verge of a deal with the ferry union."), q => q.Cue?.Text == "appeared");
        Assert.StartsWith("the harbour board", quote.Text);
        Assert.EndsWith("on the verge of a deal with the ferry union", quote.Text);
    }

    [Fact]
    public void A_seeming_verb_before_a_reporting_verb_or_after_an_aside_keeps_the_source()
    {
        // "seemed to confirm": the board confirms, so it is the source, and the content is what it confirmed.
        var confirmed = QuotesOf("The harbour board seemed to confirm that the winter ferry would stop at the island pier.");
        Assert.Contains(confirmed, q => q.Speaker?.Text == "The harbour board" && q.Text.EndsWith("at the island pier", StringComparison.Ordinal));
        Assert.DoesNotContain(confirmed, q => q.Text.StartsWith("The harbour board", StringComparison.Ordinal));
        // An aside between the subject and the verb stays out of the content.
        var aside = QuotesOf("The ferry figures, compiled by a private firm in the spring, appear to be badly inflated.");
        Assert.Contains(aside, q => q.Text.EndsWith("to be badly inflated", StringComparison.Ordinal));
        Assert.DoesNotContain(aside, q => q.Text.Contains("compiled by", StringComparison.Ordinal) && q.Text.Contains("inflated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_whose_object_feels_the_subject_reports_the_object_on_the_subject()
    {
        var quote = Assert.Single(QuotesOf("Already, the new toll on the harbour bridge has angered many ferry commuters."));
        Assert.Equal("has angered", quote.Cue?.Text);
        Assert.Equal("the new toll on the harbour bridge", quote.Text);
        Assert.Equal("many ferry commuters", quote.Speaker?.Text);
        var relative = QuotesOf("The mayor kept her plan for the pier, which unsettled the island council.");
        Assert.Contains(relative, q => q.Text == "which" && q.Speaker?.Text == "the island council");
    }

    [Fact]
    public void A_feeling_verb_after_a_pronoun_or_a_form_of_be_names_no_source_in_its_object()
    {
        // A person who angers someone did something; "were angered by" is an adjective with its feeler as subject.
        Assert.DoesNotContain(QuotesOf("He angered the harbour donors with his toll plan."), q => q.Speaker?.Text == "the harbour donors");
        Assert.DoesNotContain(QuotesOf("The ferry commuters were frustrated most of the winter."), q => q.Speaker?.Text == "most of the winter");
    }

    [Fact]
    public void A_listed_stance_adjective_after_be_reports_the_object_of_its_preposition()
    {
        var quote = Assert.Single(QuotesOf("Harbour pilots are deeply skeptical of the new ferry timetable."));
        Assert.Equal("are deeply skeptical of", quote.Cue?.Text);
        Assert.Equal("the new ferry timetable", quote.Text);
        Assert.Equal("Harbour pilots", quote.Speaker?.Text);
    }

    [Fact]
    public void A_passive_feeling_after_be_reports_the_object_of_its_preposition_from_the_subject()
    {
        var worried = Assert.Single(QuotesOf("Harbour pilots are worried about the new ferry timetable."));
        Assert.Equal("are worried about", worried.Cue?.Text);
        Assert.Equal("the new ferry timetable", worried.Text);
        Assert.Equal("Harbour pilots", worried.Speaker?.Text);
        var angered = Assert.Single(QuotesOf("The island council was deeply angered by the toll increase."));
        Assert.Equal("was deeply angered by", angered.Cue?.Text);
        Assert.Equal("the toll increase", angered.Text);
        Assert.Equal("The island council", angered.Speaker?.Text);
    }

    [Fact]
    public void A_quote_set_off_by_its_comma_after_a_short_object_ends_the_content_before_an_appositive()
    {
        var quote = Assert.Single(QuotesOf("The harbour master called the new toll “a plain robbery,” a phrase the island council later repeated in its letter."));
        Assert.Equal("the new toll “a plain robbery,”", quote.Text);
        Assert.Equal("The harbour master", quote.Speaker?.Text);
        // An article before another quote continues a list of what was said.
        var list = Assert.Single(QuotesOf("Ines Caldera called the ferry plan a “disaster,” an “insult” and “unfair.”"));
        Assert.EndsWith("“unfair.”", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stance_adjective_after_a_relative_pronoun_is_reported_by_the_pronoun()
    {
        var quotes = QuotesOf("The plan angered Ines Caldera, who was critical of the ferry board's budget.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "was critical of");
        Assert.Equal("the ferry board's budget", quote.Text);
        Assert.Equal("who", quote.Speaker?.Text);
    }

    [Fact]
    public void A_stance_adjective_without_be_or_outside_the_list_reports_nothing_by_this_rule()
    {
        // A determiner before the adjective makes it a noun phrase's modifier; "afraid of" is not listed (0 of 7 on train).
        Assert.DoesNotContain(QuotesOf("The harbour board issued a critical of report."), q => q.Cue?.Text.Contains("critical of") == true);
        Assert.DoesNotContain(QuotesOf("Harbour pilots are afraid of the new ferry timetable."), q => q.Cue?.Text.Contains("afraid of") == true);
    }

    [Fact]
    public void A_one_word_clause_after_said_is_not_content()
    {
        Assert.Empty(QuotesOf("Ines Caldera said nothing."));
    }

    [Fact]
    public void A_semicolon_ends_the_reported_clause()
    {
        var quote = Assert.Single(QuotesOf("Harbour officials said the closure was temporary; the ferry itself sailed on time."));
        Assert.Equal("the closure was temporary", quote.Text);
    }

    [Fact]
    public void A_contrasting_clause_after_comma_while_ends_the_reported_clause()
    {
        var quote = Assert.Single(QuotesOf("Ines Caldera said the pier would reopen in May, while the island council expects a longer closure."));
        Assert.Equal("the pier would reopen in May", quote.Text);
    }

    [Fact]
    public void A_new_clause_after_a_quote_closing_on_a_comma_ends_the_content()
    {
        var text = "Marta Velez called the ferry levy \u201cunfair,\u201d and her aides have drafted a repeal for the council.";
        var quote = QuotesOf(text).First(q => q.Cue?.Text == "called");
        Assert.Equal("the ferry levy \u201cunfair,\u201d", quote.Text);
    }

    [Fact]
    public void An_object_content_ends_at_its_subjects_next_verb()
    {
        var attribution = FindAttributions("Councillor Okafor questioned the harbour budget and refused to back the new tram depot.")
            .First(a => a.Cue.Start == "Councillor Okafor ".Length);
        Assert.Equal("the harbour budget", "Councillor Okafor questioned the harbour budget and refused to back the new tram depot."[attribution.Content.Start..attribution.Content.End]);
    }

    [Fact]
    public void A_coordinated_cue_verb_ends_the_reported_clause()
    {
        // The classifier reads "highlighted" (no listed reporting verb) as a cue: the subject's second report, not part of what the mayor said.
        const string text = "Ines Caldera said the pier would reopen in May and highlighted the work of the harbour crews.";
        var quote = QuotesOf(text).First(q => q.Cue?.Text == "said");
        Assert.Equal("the pier would reopen in May", quote.Text);
        // A verb the classifier does not read as a cue stays in the clause.
        var kept = QuotesOf("Ines Caldera said the pier would reopen in May and stay open all winter.").First(q => q.Cue?.Text == "said");
        Assert.Equal("the pier would reopen in May and stay open all winter", kept.Text);
    }

    [Fact]
    public void An_object_content_is_not_cut_inside_a_series()
    {
        // The content-end model alone cuts after "line"; the comma opens the next item of a series "and" closes.
        const string text = "The minister praised the crews on the northern line, the harbour pilots and the port staff.";
        var quote = QuotesOf(text).First(q => q.Cue?.Text == "praised");
        Assert.Equal("the crews on the northern line, the harbour pilots and the port staff", quote.Text);
    }

    [Fact]
    public void A_modal_is_never_a_learned_cue()
    {
        // A classifier that scores every word as a cue: "must" still heads none, the verb after it may.
        var everyWord = new CueModel(new Dictionary<ulong, float>(), threshold: -10f);
        const string text = "Velez must win the harbour vote in May.";
        var tokens = Tokenizer.Tokenize(text);
        var found = AttributionFinder.Find(text, tokens, SentenceSplitter.Split(text, tokens), QuoteMarkScanner.Scan(text), everyWord, null);
        Assert.NotEmpty(found);
        Assert.DoesNotContain(found, a => text[a.Cue.Start..a.Cue.End] == "must");
    }

    [Fact]
    public void A_dash_closing_an_aside_is_no_clause_break()
    {
        const string text = "Harbour officials said that \u2014 at least for now \u2014 the islanders seem to back the new toll.";
        var quote = QuotesOf(text).First(q => q.Cue?.Text == "said");
        Assert.Equal("that \u2014 at least for now \u2014 the islanders seem to back the new toll", quote.Text);
    }

    [Fact]
    public void A_new_clause_after_comma_and_ends_the_reported_clause()
    {
        var quote = Assert.Single(QuotesOf("Ines Caldera said the pier would reopen in May, but the island council has not yet approved the repairs."));
        Assert.Equal("the pier would reopen in May", quote.Text);
    }

    [Fact]
    public void A_coordinated_object_without_its_own_verb_stays_in_the_content()
    {
        var quote = Assert.Single(QuotesOf("Ines Caldera said the pier would reopen in May, and the ferry in June."));
        Assert.Equal("the pier would reopen in May, and the ferry in June", quote.Text);
    }

    [Fact]
    public void A_listener_cue_after_a_comma_is_no_inversion()
    {
        // "…, told his aides to …" reports from the subject before the appositive, never from the listener after the verb.
        var quotes = QuotesOf("Mayor Ines Caldera, who knew the council would refuse, told her aides to draft a new budget.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Text == "her aides");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Mayor Ines Caldera", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_verb_used_as_an_adjective_after_and_does_not_end_the_content()
    {
        var quote = Assert.Single(QuotesOf("The harbour board says the ferry company broke federal and state law by cutting the night crossings."));
        Assert.Equal("the ferry company broke federal and state law by cutting the night crossings", quote.Text);
    }

    [Fact]
    public void Time_words_after_the_cue_leave_the_content_before_it()
    {
        var quote = Assert.Single(QuotesOf("The ferry timetable is an insult to the island, harbour workers said Friday afternoon, as the protest grew."));
        Assert.Equal("The ferry timetable is an insult to the island", quote.Text);
        Assert.Equal("harbour workers", quote.Speaker?.Text);
    }

    [Fact]
    public void A_gerund_subject_with_a_finite_verb_is_reported_content()
    {
        var quote = Assert.Single(QuotesOf("Rising sea levels could flood the lower harbour within a decade, Ines Caldera said in her report."));
        Assert.Equal("Rising sea levels could flood the lower harbour within a decade", quote.Text);
        Assert.Equal("Ines Caldera", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participial_opener_is_not_reported_content()
    {
        var quote = Assert.Single(QuotesOf("Speaking at the harbour, Ines Caldera said the pier would reopen in May."));
        Assert.Equal("the pier would reopen in May", quote.Text);
    }

    [Fact]
    public void A_passive_with_by_reports_its_subject_from_the_phrase_after_by()
    {
        var quote = Assert.Single(QuotesOf("The harbour closure was first reported by the Valley Courier."));
        Assert.Equal("The harbour closure", quote.Text);
        Assert.Equal("was first reported by", quote.Cue?.Text);
        Assert.Equal("Valley Courier", quote.Speaker?.Text);
    }

    [Fact]
    public void A_reduced_relative_with_by_reports_the_noun_before_it()
    {
        var quote = Assert.Single(QuotesOf("It was a view echoed by every engineer on the site."));
        Assert.Equal("a view", quote.Text);
        Assert.Equal("every engineer", quote.Speaker?.Text);
    }

    [Fact]
    public void Made_by_reports_only_a_noun_of_speech()
    {
        Assert.Equal("The claim", Assert.Single(QuotesOf("The claim was made by the ferry company in March.")).Text);
        Assert.Empty(QuotesOf("The bread was made by the ferry company."));
    }

    [Fact]
    public void A_concessive_clause_after_a_comma_ends_the_reported_clause_unless_commas_close_it_as_an_aside()
    {
        Assert.Equal("the ferry would run all winter", Assert.Single(QuotesOf("The mayor said the ferry would run all winter, though the council has its doubts.")).Text);
        Assert.Equal("the new pier was a useful, though costly, plan for the harbour",
            Assert.Single(QuotesOf("The mayor said the new pier was a useful, though costly, plan for the harbour.")).Text);
    }

    [Fact]
    public void A_subordinate_clause_with_its_own_subject_and_reporting_verb_is_a_second_report()
    {
        var quotes = QuotesOf("The mayor said the ferry would run all winter, though she noted that storms could delay it.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the ferry would run all winter", quotes[0].Text);
        Assert.Contains("storms could delay it", quotes[1].Text);
        Assert.Equal("she", quotes[1].Speaker?.Text);
        Assert.Equal("the old pier would close", Assert.Single(QuotesOf("The harbour master said the old pier would close, although he admitted that nobody knew when."),
            q => q.Cue?.Text == "said").Text);
    }

    [Fact]
    public void A_reduced_relative_that_names_a_thing_by_its_maker_reports_nothing()
    {
        Assert.Empty(QuotesOf("The claim made by the ferry company turned out to be false."));
        Assert.DoesNotContain(QuotesOf("Ferries stopped after a report released by the port authority."), q => q.Cue?.Text == "released by");
        Assert.DoesNotContain(QuotesOf("She is the subject of a biography written by a local teacher."), q => q.Cue?.Text == "written by");
        // With an auxiliary the participle still reports its subject.
        Assert.Equal("The report", Assert.Single(QuotesOf("The report was released by the port authority.")).Text);
    }

    [Fact]
    public void A_passive_of_a_verb_that_is_no_speech_is_no_attribution()
    {
        Assert.Empty(QuotesOf("The old pier was damaged by the winter storms."));
    }

    [Fact]
    public void An_imperative_opening_a_sentence_reports_nothing()
    {
        Assert.Empty(QuotesOf("Expect delays on the coast road until the new bridge opens in spring."));
        Assert.Empty(QuotesOf("Note that the ferry leaves at dawn and the bridge stays shut."));
    }

    [Fact]
    public void Seem_and_look_like_are_no_reporting_verbs()
    {
        Assert.Empty(QuotesOf("You can think of it as a wagon with the manners of a sports car."));
        Assert.Empty(QuotesOf("A four-door coupe may seem like an odd choice for the new harbour patrol."));
        Assert.Empty(QuotesOf("The new ferry terminal looks like a giant glass shell from the water."));
    }

    [Fact]
    public void A_contracted_auxiliary_is_read_past_to_the_source()
    {
        const string text = "The harbour board said on Monday that it would meet again. They’ve warned that the pier will stay shut until May.";
        var attribution = Assert.Single(FindAttributions(text), f => text[f.Content.Start..f.Content.End].Contains("pier", StringComparison.Ordinal));
        Assert.Equal("They", text[attribution.Source.Start..attribution.Source.End]);
    }
    [Fact]
    public void The_parts_of_a_contraction_are_no_cue()
    {
        // "can’t" is tokenised "ca" "n’t": neither is a reporting word, and curly-apostrophe forms read like straight ones.
        Assert.DoesNotContain(QuotesOf("She can’t beat this guy without the harbour vote."), q => q.Cue?.Text is "ca" or "n’t");
        Assert.DoesNotContain(QuotesOf("They can't blame this on the harbour board."), q => q.Cue?.Text is "ca" or "n't");
        var quote = Assert.Single(QuotesOf("But Mayor Ana Ruiz isn’t saying whether the pier will reopen."));
        Assert.Contains("Ana Ruiz", quote.Speaker?.Text);
    }

    [Fact]
    public void A_learned_cue_reports_a_one_word_object_only_when_it_is_a_name()
    {
        Assert.DoesNotContain(QuotesOf("On Monday, Councillor Ana Ruiz took aim at the ferry company over its timetable."), q => q.Text == "aim");
    }

    [Fact]
    public void A_time_or_place_adjunct_between_subject_and_cue_is_not_the_source()
    {
        var panel = Assert.Single(QuotesOf("An inquiry panel in 2019 found that the pier had been neglected for years."));
        Assert.Equal("An inquiry panel", panel.Speaker?.Text);
        var survey = Assert.Single(QuotesOf("A harbour survey released in late May found that most boat owners want a new slipway."));
        Assert.Equal("A harbour survey", survey.Speaker?.Text);
    }

    [Fact]
    public void An_opening_adjunct_is_not_the_subject_a_participle_cue_shares()
    {
        var quote = Assert.Single(QuotesOf("For weeks, the board had been silent about the repairs, saying only that the engineers were busy."));
        Assert.Equal("the board", quote.Speaker?.Text);
    }
    [Fact]
    public void A_quote_that_ends_its_sentence_takes_the_source_of_the_cue_sentence_after_it()
    {
        const string text = "The council met on Tuesday.\n\n“Does anybody on this council know what the harbour plan is?” Ana Ruiz asked. “Neither do I.”";
        var quote = Assert.Single(QuotesOf(text), q => q.Text.Contains("harbour plan", StringComparison.Ordinal));
        Assert.Equal("direct", quote.Kind);
        Assert.Equal("asked", quote.Cue?.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
    }
    [Fact]
    public void Said_of_opens_what_the_speech_is_about_not_the_source()
    {
        const string text = "“It has served the village well, but its time is over,” Ana Ruiz, the harbour master, said of the old jetty.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
    }

    [Fact]
    public void An_opening_time_phrase_is_not_the_subject_a_participle_cue_shares()
    {
        var later = Assert.Single(QuotesOf("But a few days later, the board reversed itself again, telling the council that the pier would stay open."));
        Assert.Equal("the board", later.Speaker?.Text);
        var month = QuotesOf("One month after announcing the closure, the board changed course, saying that the engineers had found a cheaper fix.");
        Assert.All(month, q => Assert.Equal("the board", q.Speaker?.Text));
        Assert.Contains(month, q => q.Cue?.Text == "saying");
        // A participle after a preposition in the opening phrase, when the classifier takes it for a cue, reports from
        // the main clause's subject, and its object ends with the phrase.
        Assert.DoesNotContain(month, q => q.Text.Contains("changed course", StringComparison.Ordinal) && q.Cue?.Text != "saying");
    }
    [Fact]
    public void A_relative_clause_after_a_quotes_speaker_is_reported_through_the_relative_pronoun()
    {
        const string text = "“The tide tables are wrong,” said Lu Borges, who predicted that the ferry would be late all winter.";
        var reported = Assert.Single(QuotesOf(text), q => q.Kind == "indirect");
        Assert.Equal("who", reported.Speaker?.Text);
        Assert.Equal("Lu Borges", reported.Speaker?.Name);
        Assert.Equal("Lu Borges", Assert.Single(QuotesOf(text), q => q.Kind == "direct").Speaker?.Name);
    }
    [Fact]
    public void A_tagged_attribution_after_a_relative_pronoun_is_reported_by_the_pronoun()
    {
        // The relative clause's verb is the cue: its source is "who"; the main clause's verb keeps the name as its source.
        const string text = "Mayor Tom Berg, who has already sent appeals to the regional government on the pier's behalf, said the money would come.";
        var quote = Assert.Single(QuotesOf(text), q => q.Text.Contains("appeals", StringComparison.Ordinal));
        Assert.Equal("who", quote.Speaker?.Text);
        Assert.Equal("Tom Berg", quote.Speaker?.Name);
        Assert.Equal("Tom Berg", Assert.Single(QuotesOf(text), q => q.Text == "the money would come").Speaker?.Text);
    }
    [Fact]
    public void A_quote_filling_its_paragraph_may_be_signed_with_a_dash_on_the_next_line()
    {
        const string text = "Here are the claims we checked this week.\n\n“The pier will reopen by May, and the ferry will run every hour.”\n\n- Ana Ruiz.\n\nThe council says the pier will stay shut until the autumn.";
        var quote = Assert.Single(QuotesOf(text), q => q.Kind == "direct");
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
        // A dash line after a quote that shares its paragraph with other text signs nothing.
        var inline = Assert.Single(QuotesOf("The mayor read it out: “The pier will reopen by May, and the ferry will run every hour.”\n\n- Ana Ruiz."), q => q.Kind == "direct");
        Assert.NotEqual("Ana Ruiz", inline.Speaker?.Name);
    }
    [Fact]
    public void A_long_opening_phrase_and_a_sentence_adverb_are_read_past_to_the_subject_a_participle_shares()
    {
        var tone = Assert.Single(QuotesOf("At a crowded meeting in the old fish market on Tuesday night, Councillor Ana Ruiz struck a measured tone, saying she understood the anger of the crews."));
        Assert.Contains("Ana Ruiz", tone.Speaker?.Text);
        Assert.DoesNotContain("struck", tone.Speaker?.Text);
        var promise = Assert.Single(QuotesOf("On Monday, however, Mayor Tom Berg spoke to the harbour pilots, promising to dredge the channel before the winter storms."));
        Assert.Equal("Tom Berg", promise.Speaker?.Name);
    }
    [Fact]
    public void A_cue_coordinated_with_an_earlier_verb_shares_the_sentences_subject()
    {
        // Two opening phrases are read past; "laughed and said" share the subject after them.
        var quote = Assert.Single(QuotesOf("Last winter, after the storm had passed, the harbour master laughed and said that the pier would stand."), q => q.Cue?.Text == "said");
        Assert.Contains("harbour", quote.Speaker?.Text);
    }

    [Fact]
    public void A_name_opening_the_sentence_does_not_take_the_verb_after_it()
    {
        var quotes = QuotesOf("Mayor Tom Berg stood up, thanked the crews and promised to dredge the channel before winter.");
        var promise = Assert.Single(quotes, q => q.Cue?.Text == "promised");
        Assert.Equal("Tom Berg", promise.Speaker?.Name);
        Assert.DoesNotContain("stood", promise.Speaker?.Text);
    }

    [Fact]
    public void An_object_that_is_a_quote_ends_with_it_when_a_phrase_opens_after_it()
    {
        var quotes = QuotesOf("Dock workers chanted “No night shifts!” at the harbour master during Friday's meeting.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "chanted");
        Assert.Equal("“No night shifts!”", quote.Text);
        Assert.Equal("Dock workers", quote.Speaker?.Text);
    }

    [Fact]
    public void An_object_that_is_a_quote_ends_with_it_before_a_relative_clause_after_a_comma()
    {
        var quotes = QuotesOf("The ferry board's chairwoman dismissed “the toll plan,” which she called unworkable for islanders.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "dismissed");
        Assert.Equal("“the toll plan,”", quote.Text);
    }

    [Fact]
    public void An_object_that_is_a_quote_keeps_the_words_that_continue_its_phrase()
    {
        // "“green” shipping rules": the quoted word is a modifier, no phrase opens after it, so the object runs on.
        var quotes = QuotesOf("The ferry board's chairwoman dismissed “green” shipping rules for the island routes.");
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "dismissed");
        Assert.StartsWith("“green” shipping rules", quote.Text);
    }

    [Fact]
    public void A_name_set_off_by_an_aside_before_the_cue_is_its_subject_not_an_inverted_content()
    {
        var quote = Assert.Single(QuotesOf("Ana Ruiz, 61, who runs the harbour bakery, said the island's fishermen deserved better."));
        Assert.Equal("the island's fishermen deserved better", quote.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Text);
    }

    [Fact]
    public void A_list_of_names_or_a_sentence_adverb_before_the_cue_is_still_an_inverted_content()
    {
        var list = Assert.Single(QuotesOf("Vale, Norden and Skerry have been removed from the ferry list, said Harbour Secretary Ana Ruiz."));
        Assert.StartsWith("Vale, Norden and Skerry have been removed", list.Text);
        Assert.Equal("Ana Ruiz", list.Speaker?.Name);
        var adverb = Assert.Single(QuotesOf("Specifically, the new ferries can carry twice as many cars in winter, said Tomas Berg, the harbour master."));
        Assert.StartsWith("Specifically, the new ferries", adverb.Text);
        Assert.Equal("Tomas Berg", adverb.Speaker?.Text);
    }

    [Fact]
    public void A_clause_before_a_comma_and_the_cue_is_still_reported_by_an_inverted_source()
    {
        var quote = Assert.Single(QuotesOf("The night ferry will stop running in winter, said Tomas Berg."));
        Assert.Equal("The night ferry will stop running in winter", quote.Text);
        Assert.Equal("Tomas Berg", quote.Speaker?.Text);
    }

    [Fact]
    public void A_titled_quote_before_the_source_gives_way_to_the_clause_after_the_cue()
    {
        // The show's title closes right before the source; the clause after "said" is what was said, with its quoted words.
        const string text = "In an interview on KBS's \"Harbour Talk,\" Mayor Ana Ruiz said the long run of winter storms and ferry closures "
            + "demands that all islanders show \"more patience\" and \"more trust.\"";
        var quotes = QuotesOf(text);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Harbour Talk"));
        var quote = Assert.Single(quotes);
        Assert.StartsWith("the long run of winter storms", quote.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Text);
    }

    [Fact]
    public void A_quote_after_the_cue_and_a_comma_is_what_was_said_not_the_opening_phrase()
    {
        var quotes = QuotesOf("Asked to describe the new ferry, Tomas Berg said, \"Not going to go into that.\"");
        Assert.DoesNotContain(quotes, q => q.Cue?.Text == "said" && q.Text.StartsWith("Asked", StringComparison.Ordinal));
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "said");
        Assert.Equal("\"Not going to go into that.\"", quote.Text);
        Assert.Equal("Tomas Berg", quote.Speaker?.Text);
    }

    [Fact]
    public void That_before_a_finite_auxiliary_after_a_noun_opens_a_relative_clause_not_a_reported_one()
    {
        const string text = "The board met on Monday. \"We are in a difficult spot after the vote in the harbour,\" Mayor Ana Ruiz told "
            + "reporters after the long meeting that was held in part on a ferry that cruised down the river.";
        var quotes = QuotesOf(text);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("that was held", StringComparison.Ordinal));
        var quote = Assert.Single(quotes, q => q.Cue?.Text == "told");
        Assert.StartsWith("\"We are in a difficult spot", quote.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Text);
    }

    [Fact]
    public void A_quote_right_after_told_names_the_listener_when_the_speech_opened_the_sentence()
    {
        var quotes = QuotesOf("\"We have to finish the pier,\" the harbour board chairwoman told \"Island Morning\" after she was asked about the storm.");
        var quote = Assert.Single(quotes);
        Assert.Equal("\"We have to finish the pier,\"", quote.Text);
        Assert.Equal("told", quote.Cue?.Text);
        Assert.Equal("the harbour board chairwoman", quote.Speaker?.Text);
    }

    [Fact]
    public void A_comma_inside_the_closing_mark_ends_the_reported_clause_before_a_second_cue()
    {
        var quotes = QuotesOf("The mayor said that there is still \"more work to do,\" noting the weak ferry numbers in the north and the south.");
        var said = Assert.Single(quotes, q => q.Cue?.Text == "said");
        Assert.Equal("that there is still \"more work to do,\"", said.Text);
        var noting = Assert.Single(quotes, q => q.Cue?.Text == "noting");
        Assert.Equal("the weak ferry numbers in the north and the south", noting.Text);
        Assert.Equal("The mayor", noting.Speaker?.Text);
    }

    [Fact]
    public void A_quote_after_a_colon_with_its_own_speaker_ends_the_reported_clause_at_the_colon()
    {
        var quotes = QuotesOf("The mayor said the harbour had lost its way: \"We cannot keep closing the ferry,\" he claimed.");
        var said = Assert.Single(quotes, q => q.Cue?.Text == "said");
        Assert.Equal("the harbour had lost its way", said.Text);
        var claimed = Assert.Single(quotes, q => q.Cue?.Text == "claimed");
        Assert.Equal("\"We cannot keep closing the ferry,\"", claimed.Text);
        Assert.Equal("he", claimed.Speaker?.Text);
    }

    [Fact]
    public void An_aside_of_examples_after_the_subject_is_no_inverted_content()
    {
        var quotes = QuotesOf("One by one, the island's fishing firms, including Nordhavn, declared bankruptcy.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Text == "bankruptcy");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Nordhavn", StringComparison.Ordinal));
    }

    [Fact]
    public void According_to_after_a_quote_that_closes_a_clause_does_not_take_the_quote_alone()
    {
        const string text = "The bishop made clear that the visit was private, saying that anyone who thought otherwise should \"see a doctor,\" according to the ferry company.";
        var quotes = QuotesOf(text);
        Assert.DoesNotContain(quotes, q => q.Text == "\"see a doctor,\"");
        var saying = Assert.Single(quotes, q => q.Cue?.Text == "saying");
        Assert.Equal("that anyone who thought otherwise should \"see a doctor,\"", saying.Text);
    }

    [Fact]
    public void According_to_after_a_quote_that_opens_the_sentence_takes_the_quote()
    {
        var quote = Assert.Single(QuotesOf("\"We will not sell the pier,\" according to the mayor."));
        Assert.Equal("\"We will not sell the pier,\"", quote.Text);
        Assert.Equal("the mayor", quote.Speaker?.Text);
    }

    [Fact]
    public void But_there_and_a_finite_verb_ends_the_reported_clause()
    {
        var quote = Assert.Single(QuotesOf("The island councils have said that they would back the new ferry, but there is growing anger in the harbour over the cost."));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("that they would back the new ferry", quote.Text);
    }

    [Fact]
    public void A_title_case_dateline_with_an_agency_is_no_subject()
    {
        var quotes = QuotesOf("Oslo (AFP) – Mayor Ana Ruiz went down to the harbour on Monday, saying that the plans do more harm than good.");
        var saying = Assert.Single(quotes, q => q.Cue?.Text == "saying");
        Assert.Equal("that the plans do more harm than good", saying.Text);
        Assert.Equal("Ana Ruiz", saying.Speaker?.Text);
    }

    [Theory]
    [InlineData("ABU DHABI, United Arab Emirates — The ferry line signed a deal to buy 12 boats, officials of both firms announced Friday.")]
    [InlineData("AUSTIN, Texas — The ferry line signed a deal to buy 12 boats, officials of both firms announced Friday.")]
    public void A_capital_place_with_its_region_opens_no_content(string text)
    {
        var quote = Assert.Single(QuotesOf(text), q => q.Cue?.Text == "announced");
        Assert.Equal("The ferry line signed a deal to buy 12 boats", quote.Text);
    }

    [Fact]
    public void A_capital_word_before_a_lower_case_phrase_is_no_dateline()
    {
        var quote = Assert.Single(QuotesOf("NATO, the alliance — or what is left of it — will meet, officials announced Wednesday."), q => q.Cue?.Text == "announced");
        Assert.StartsWith("NATO", quote.Text);
    }

    [Fact]
    public void A_place_that_ends_a_relative_clause_after_the_subject_is_not_the_speaker()
    {
        var quote = Assert.Single(QuotesOf("The complaint, which was filed in federal court in Oslo, alleged that the board had failed to protect the data."));
        Assert.Equal("alleged", quote.Cue?.Text);
        Assert.Equal("The complaint", quote.Speaker?.Text);
    }

    [Fact]
    public void A_place_the_source_s_preposition_puts_it_in_is_not_the_speaker()
    {
        var quote = Assert.Single(QuotesOf("Most riders want a later boat, according to a complaint filed in Oslo."));
        Assert.Equal("a complaint filed in Oslo", quote.Speaker?.Text);
    }

    [Fact]
    public void A_quoted_title_in_an_aside_after_the_subject_is_not_speech_before_an_inverted_source()
    {
        var quote = Assert.Single(QuotesOf("Ana Ruiz, host of KBS's \"Harbour Talk,\" suggested the mayor's refusal to speak could cost him the race."));
        Assert.Equal("suggested", quote.Cue?.Text);
        Assert.Equal("the mayor's refusal to speak could cost him the race", quote.Text);
        Assert.Equal("Ana Ruiz", quote.Speaker?.Text);
    }

    [Fact]
    public void A_name_in_apposition_after_the_subject_is_still_the_speaker()
    {
        var quote = Assert.Single(QuotesOf("The ferry line's parent company, The Nordic Sea Group, announced that it was withdrawing its bid for the harbour contract."));
        Assert.Equal("The Nordic Sea Group", quote.Speaker?.Text);
    }

    [Fact]
    public void A_sentence_opening_yet_is_no_part_of_the_subject()
    {
        var quote = Assert.Single(QuotesOf("Yet the harbour economists, like their colleagues on the mainland, say a ferry toll encourages saving and investment."));
        Assert.Equal("a ferry toll encourages saving and investment", quote.Text);
        Assert.StartsWith("the harbour", quote.Speaker?.Text);
    }

    [Fact]
    public void A_clause_that_opens_with_a_subordinate_phrase_is_what_a_source_at_the_sentence_end_reports()
    {
        // Nothing follows the cue, so the clause before the source is what was said, opening phrase and all.
        var quote = Assert.Single(QuotesOf("In Tromso, the ferry traffic was the busiest it had been in years, harbour officials said."));
        Assert.Equal("In Tromso, the ferry traffic was the busiest it had been in years", quote.Text);
        Assert.Equal("harbour officials", quote.Speaker?.Text);

        // With a clause after the cue, that clause is the content, as before.
        var after = Assert.Single(QuotesOf("In Tromso, harbour officials said the ferry traffic was the busiest it had been in years."));
        Assert.Equal("the ferry traffic was the busiest it had been in years", after.Text);
    }

    [Fact]
    public void A_quantifier_standing_alone_for_a_group_is_the_source()
    {
        var another = Assert.Single(QuotesOf("While one survey says there are 2,400 ferry pilots in the country, another says the figure is nearer 1,800."),
            q => q.Speaker?.Text == "another");
        Assert.Equal("the figure is nearer 1,800", another.Text);

        var most = Assert.Single(QuotesOf("Nine in ten islanders were worried about the ferry fares; most said the rise had upset them."), q => q.Cue?.Text == "said");
        Assert.Equal("most", most.Speaker?.Text);
        Assert.Equal("the rise had upset them", most.Text);

        // After a pronoun the quantifier is no subject of its own: "they" is.
        Assert.DoesNotContain(QuotesOf("The pilots met the mayor, and they both said the toll was unfair."), q => q.Speaker?.Text == "both");
    }

    [Fact]
    public void A_quote_tagged_with_a_floated_quantifier_has_its_subject_as_speaker()
    {
        var quote = Assert.Single(QuotesOf("The two skippers met at the slipway.\n\n“The new ramp is too steep,” they both said."));
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("they", quote.Speaker?.Text);
        Assert.Equal("direct", quote.Kind);
    }

    [Fact]
    public void An_adjective_before_an_infinitive_cue_is_no_source()
    {
        var quotes = QuotesOf("With a range of four kilometres, it is pretty hard to believe the kite costs $90. Kites are hard to fly, the instructors said.");
        Assert.DoesNotContain(quotes, q => q.Speaker?.Text is { } s && s.EndsWith("hard", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Speaker?.Text == "the instructors" && q.Text == "Kites are hard to fly");
    }

    [Fact]
    public void A_name_joined_by_and_is_part_of_a_source_set_after_the_clause()
    {
        var wrote = Assert.Single(QuotesOf("The ice would crack far less often in a warm winter, Okonjo and her team wrote in the new study."));
        Assert.Equal("The ice would crack far less often in a warm winter", wrote.Text);
        Assert.Equal("wrote", wrote.Cue?.Text);
        Assert.Equal("Okonjo and her team", wrote.Speaker?.Text);
    }

    [Fact]
    public void A_source_set_off_by_as_reports_the_clause_before_it()
    {
        var acknowledged = Assert.Single(QuotesOf("The ferry timetable moved twice in spring, as the harbour master has acknowledged."));
        Assert.Equal("The ferry timetable moved twice in spring", acknowledged.Text);
        Assert.Equal("acknowledged", acknowledged.Cue?.Text);
        Assert.Equal("the harbour master", acknowledged.Speaker?.Text);

        // A quantifier after "as" stands for a group as after a comma.
        var speculated = Assert.Single(QuotesOf("The late spring will not ruin the ferry season, as some have speculated."));
        Assert.Equal("The late spring will not ruin the ferry season", speculated.Text);
        Assert.Equal("some", speculated.Speaker?.Text);

        // An aside inside a verb phrase, a quote after the aside and an infinitive after the cue are not what it reports.
        Assert.DoesNotContain(QuotesOf("The new council did not, as it promised, repair the harbour wall."), q => q.Text.StartsWith("The new council"));
        var quoted = Assert.Single(QuotesOf("While the pier is newly open, as the mayor herself said, “The hard part is keeping it open.”"));
        Assert.Equal("“The hard part is keeping it open.”", quoted.Text);
        Assert.DoesNotContain(QuotesOf("The shelter donated blankets to the ferry crews, as they continue to focus on the winter storms."),
            q => q.Text.StartsWith("The shelter"));
    }

    [Fact]
    public void A_quote_of_two_sentences_before_a_role_a_name_and_an_appositive_is_quoted_whole()
    {
        const string text = "\"The pier is sound on the north side. But the south side is worn,\" chief engineer Lena Berg, an expert on docks, said.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("\"The pier is sound on the north side. But the south side is worn,\"", quote.Text);
        Assert.Equal("Lena Berg", quote.Speaker?.Name);
    }

    [Fact]
    public void A_place_with_its_state_in_the_appositive_of_a_role_and_name_is_not_the_speaker()
    {
        const string text = "\"The pier is sound on the north side. But the south side is worn,\" chief engineer Lena Berg, a diver at the county's yard in Dover, Delaware, said.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("Lena Berg", quote.Speaker?.Name);
        Assert.StartsWith("\"The pier is sound", quote.Text);
    }

    [Fact]
    public void A_quote_of_two_sentences_before_a_described_speaker_is_quoted_whole()
    {
        const string text = "\"The pier is sound on the north side. But the south side is worn,\" a diver at the county's yard in Dover, Delaware, said.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.Equal("\"The pier is sound on the north side. But the south side is worn,\"", quote.Text);
    }

    [Fact]
    public void A_region_after_a_place_in_the_speakers_description_is_not_the_speaker()
    {
        const string text = "\"The pier is sound on the north side. But the south side is worn,\" the lead author, a diver at the county's yard in Dover, Delaware, said.";
        var quote = Assert.Single(QuotesOf(text));
        Assert.StartsWith("the lead author", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Entity);
    }

    [Fact]
    public void A_pronoun_repeated_in_a_sentence_keeps_its_referent_past_a_person_named_as_the_object()
    {
        const string text = "Tom Reed, 52, was charged in March. The charge stems from a call he made to Sam Cole's office, in which he said he would \"close the pier for good.\"";
        var quote = Assert.Single(QuotesOf(text), q => q.Text.Contains("close the pier"));
        Assert.Equal("he", quote.Speaker?.Text);
        Assert.Equal("Tom Reed", quote.Speaker?.Name);
        // With no pronoun before the object's name, the latest person named is still the one.
        var plain = Assert.Single(QuotesOf("Tom Reed, 52, was charged in March. The call went to Sam Cole's office, where he said he would \"close the pier for good.\""),
            q => q.Text.Contains("close the pier"));
        Assert.Equal("Sam Cole", plain.Speaker?.Name);
    }
}
