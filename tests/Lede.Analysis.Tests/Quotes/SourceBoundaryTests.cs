using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>Where a source phrase starts and ends: the subject, without the words around it the leftward read took in.</summary>
public class SourceBoundaryTests
{
    private static string[] SourcesOf(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return AttributionFinder.Find(text, tokens, SentenceSplitter.Split(text, tokens), QuoteMarkScanner.Scan(text), CueModel.Default, ContentEndModel.Default, AttributionTagger.Default)
            .Select(a => a.Source.IsEmpty ? "" : text[a.Source.Start..a.Source.End]).ToArray();
    }

    [Theory]
    [InlineData("The harbour master, meanwhile, said the ferry would run until March.", "The harbour master")]
    [InlineData("Council members, however, argued that the pier was safe.", "Council members")]
    [InlineData("Ferry captains in the north, for example, said the new route was too long.", "Ferry captains in the north")]
    public void A_comma_set_aside_after_the_subject_is_not_part_of_the_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("The two pilots all said that the runway lights had failed.", " all")]
    [InlineData("The ferry owners both argued that the fares were too low.", " both")]
    [InlineData("The harbour's three captains each said the tide was unusually high.", " each")]
    public void A_quantifier_floated_after_the_subject_is_not_part_of_the_source(string text, string quantifier)
    {
        var source = Assert.Single(SourcesOf(text));
        Assert.Equal(Assert.Single(SourcesOf(text.Replace(quantifier, "", StringComparison.Ordinal))), source);
        Assert.DoesNotContain(quantifier.Trim(), source.Split(' '));
        Assert.NotEqual("", source);
    }

    [Theory]
    [InlineData("A harbour survey out Monday showed most residents want the ferry.", "A harbour survey out Monday")]
    [InlineData("A county poll out this week showed most riders want a later boat.", "A county poll out this week")]
    public void A_participle_s_clause_before_the_cue_is_part_of_the_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("An internal audit released Friday says the harbour lost money.", "An internal audit released Friday")]
    [InlineData("The new ferry survey published Monday shows most riders want a later boat.", "The new ferry survey published Monday")]
    public void A_participle_left_before_a_time_word_keeps_the_noun_it_follows(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("A report published by the council on Monday found the pier unsafe.", "A report published by the council on Monday")]
    [InlineData("A harbour survey conducted by the port authority showed that most riders want a later boat.", "A harbour survey conducted by the port authority")]
    [InlineData("Rules lately issued by the ferry board say that pets may ride.", "Rules lately issued by the ferry board")]
    public void A_reduced_passive_on_the_subject_is_part_of_the_main_cue_s_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("Most riders want a later boat, according to a harbour survey taken last week.", "a harbour survey taken last week")]
    [InlineData("According to first figures of the survey conducted by the harbour board for the council, most riders want a later boat.",
        "first figures of the survey conducted by the harbour board for the council")]
    public void An_according_to_source_keeps_its_participle_clause(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("Exit polling showed that most riders want a later boat.", "Exit polling")]
    [InlineData("The council's latest ranking shows the harbour near the bottom.", "The council's latest ranking")]
    public void A_source_may_end_on_a_noun_in_ing(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("The Vermont senator posted a video Monday, saying the ferry must stay.", "The Vermont senator")]
    [InlineData("The presidential candidates met the crews on Monday, saying the ferry must stay.", "The presidential candidates")]
    [InlineData("The board left the meeting early, saying the ferry must stay.", "The board")]
    public void A_shared_subject_keeps_the_noun_after_its_modifier(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Fact]
    public void Names_joined_by_a_slash_are_one_source() =>
        Assert.Equal("A new Harbour Times/Ferry Radio poll", Assert.Single(SourcesOf("A new Harbour Times/Ferry Radio poll shows most riders want a later boat.")));

    [Theory]
    [InlineData("The exit polls in Port Arden showed most riders want a later boat.", "The exit polls in Port Arden")]
    [InlineData("An inquiry panel in March found that the pier had been neglected.", "An inquiry panel")]
    public void A_named_place_after_the_subject_is_part_of_the_source_and_a_time_is_not(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Fact]
    public void A_reduced_passive_with_no_cue_after_it_is_its_own_attribution() =>
        Assert.Equal("every skipper I met", Assert.Single(SourcesOf("The ferry plan was an idea echoed by every skipper I met.")));

    [Fact]
    public void A_time_adverb_left_at_the_end_is_not_part_of_the_source() =>
        Assert.Equal("Surveys of ferry riders", Assert.Single(SourcesOf("Surveys of ferry riders late Tuesday showed strong support for the new route.")));

    [Fact]
    public void The_verb_s_after_a_pronoun_is_not_part_of_the_source() =>
        Assert.Equal("He", Assert.Single(SourcesOf("He’s been saying for months that the pier is unsafe.")));

    [Theory]
    [InlineData("Ultimately 60 percent of the riders said the ferry should stay.", "60 percent of the riders")]
    [InlineData("Suddenly I realized that the ferry was gone.", "I")]
    public void A_source_does_not_open_with_a_discourse_word(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Fact]
    public void A_source_does_not_open_with_the_preposition_of_an_adjunct() =>
        Assert.Equal("Mayor Berg", Assert.Single(SourcesOf("Despite Mayor Berg insisting the pier is safe, the crews left.")));

    [Theory]
    [InlineData("Mayor Berg and Lee argued that the pier was safe.", "Mayor Berg and Lee")]
    [InlineData("The mayor left, but he and his lawyer insisted the ferry contract was valid.", "he and his lawyer")]
    [InlineData("Berg, Jo Park and Lee argued that the pier was safe.", "Berg, Jo Park and Lee")]
    public void A_first_conjunct_opening_the_clause_is_part_of_the_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Theory]
    [InlineData("A person familiar with the matter told reporters that the pier will close.", "A person familiar with the matter")]
    [InlineData("Sources close to the harbour board said the pier will close.", "Sources close to the harbour board")]
    [InlineData("The Select Committee on Harbours concluded that the pier will close.", "The Select Committee on Harbours")]
    [InlineData("Republicans in Congress said the pier will close.", "Republicans in Congress")]
    public void A_source_reads_through_what_ties_it_to_what_it_knows(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));

    [Fact]
    public void A_quantity_opening_the_sentence_with_close_to_is_not_a_tie() =>
        Assert.DoesNotContain("Close to", Assert.Single(SourcesOf("Most riders said the pier should close. Close to half the riders said it should stay.").Skip(1)));

    [Fact]
    public void A_conjunct_across_a_dateline_gap_is_not_part_of_the_source() =>
        Assert.Equal("Mrs. Berg and Lee", Assert.Single(SourcesOf("ALBANY, N.Y.  Mrs. Berg and Lee argued that the pier was safe.")));

    [Theory]
    [InlineData("PORTLAND - When the ferry vote ended here, the harbour crews were jubilant, predicting a long season.")]
    [InlineData("HARBOUR TOWN, Ore. - Rallying hundreds of ferry workers, the mayor tried here to promise a new pier.")]
    public void A_dateline_in_capitals_is_no_source(string text) =>
        Assert.All(SourcesOf(text), source => Assert.DoesNotMatch("^[A-Z ]+$", source));

    [Fact]
    public void A_name_in_capitals_that_the_sentence_goes_on_from_is_a_source() =>
        Assert.Equal("NBC", Assert.Single(SourcesOf("The vote was close.\nNBC, for one, said the ferry would stay.")));

    [Theory]
    [InlineData("Only 40 percent of the riders said the fare was fair.", "Only 40 percent of the riders")]
    [InlineData("At least six harbour firms have warned that the pier is unsafe.", "At least six harbour firms")]
    public void A_quantifier_opening_the_clause_is_part_of_the_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(SourcesOf(text)));
}
