namespace Lede.Analysis.Tests.Linking;

public class SpeakerResolutionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void She_resolves_to_the_last_person_named_before()
    {
        const string text = "City engineer Marta Velez inspected the bridge on Monday.\n\n“The cables are in good shape,” she said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("she", quote.Speaker?.Text);
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
        Assert.NotNull(quote.Speaker?.Entity);
    }

    [Fact]
    public void A_surname_resolves_to_the_full_name()
    {
        const string text = "Marta Velez runs the city's bridges.\n\nVelez said the inspection found no damage.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Velez", quote.Speaker?.Text);
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The airline grew fast last year. Clark in October revealed plans to expand the fleet by a third.", "October")]
    [InlineData("Protests went on for weeks. Meanwhile, banning most rallies has closed a peaceful way to object.", "Meanwhile")]
    [InlineData("The man was sentenced on Friday. In a recorded interview, Webb confessed to the theft, admitting that he drove the van.", "In")]
    [InlineData("The ferry is late again this winter. Let’s see if the new timetable keeps it on time next month.", "’s")]
    [InlineData("The ferry is late again this winter. Let's hope the new timetable keeps it on time next month.", "'s")]
    public void A_word_that_names_no_one_is_never_the_speaker(string text, string notSpeaker)
    {
        foreach (var quote in Analyzer.Analyze(text).Quotes)
            Assert.NotEqual(notSpeaker, quote.Speaker?.Text);
    }

    [Fact]
    public void An_affiliation_is_not_expanded_into_a_name_from_the_place_before_it()
    {
        const string text = "“Turnout will decide it,” said a New Hampshire Republican. “The race is open,” added another New Hampshire Republican.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.Equal(2, quotes.Count);
        foreach (var quote in quotes)
        {
            Assert.NotNull(quote.Speaker);
            Assert.NotEqual("Hampshire Republican", quote.Speaker!.Name);
        }
    }

    [Fact]
    public void I_outside_quotes_is_the_person_last_heard_not_the_person_last_named()
    {
        const string text = "Former minister Lena Berg says the harbour plan needs a vote. " +
            "Mayor Tomas Reyes opened two ferry lines in 2019.\n\n" +
            "I believe Tomas Reyes should put the plan to the council.";
        var quotes = Analyzer.Analyze(text).Quotes;
        var mine = Assert.Single(quotes, q => q.Speaker?.Text == "I");
        Assert.Equal("Lena Berg", mine.Speaker?.Name);
    }

    [Fact]
    public void I_with_no_one_heard_before_stays_unnamed()
    {
        const string text = "Mayor Tomas Reyes opened two ferry lines in 2019.\n\nI believe the council should vote on the plan.";
        var mine = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Speaker?.Text == "I");
        Assert.Null(mine.Speaker?.Name);
    }

    [Fact]
    public void An_organisations_short_name_resolves_to_the_name_given_in_full()
    {
        const string text = "The Northern Transit Authority reported on Friday that the port lost money. " +
            "The Authority on Saturday wrote that the port had lost $916 million in 1995.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Cue?.Text == "wrote");
        Assert.Equal("Northern Transit Authority", quote.Speaker?.Name);
    }

    [Fact]
    public void A_possessive_source_resolves_like_its_pronoun()
    {
        const string text = "Mayor Lena Berg spoke at the pier on Monday. Her warm praise of a later ferry angered some.";
        var analysis = Analyzer.Analyze(text);
        var quote = Assert.Single(analysis.Quotes, q => q.Speaker?.Text == "Her");
        Assert.Equal("Lena Berg", quote.Speaker?.Name);
    }

    [Fact]
    public void They_is_kept_as_the_speaker_span_but_not_named()
    {
        const string text = "The inspectors left at noon. They said the bridge was safe.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("They", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Name);
    }

    [Fact]
    public void A_relative_who_shares_the_surname_does_not_take_over_the_bare_surname()
    {
        const string text = "Velez opened the harbour bridge on Monday. Velez had fought for it for years.\n\n"
            + "Her brother Tomas Velez watched from the crowd. Mayor Marta Velez thanked the workers, and Marta Velez later cut the ribbon.\n\n"
            + "“This bridge belongs to everyone,” Velez said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == "direct");
        Assert.Equal("Velez", quote.Speaker?.Text);
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Fact]
    public void A_surname_takes_the_given_name_the_text_writes_before_it()
    {
        const string text = "State Supreme Court Justice Oskar Brandvold ruled on Tuesday.\n\n\"The records stay sealed,\" Brandvold wrote.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == "direct");
        Assert.Equal("Brandvold", quote.Speaker?.Text);
        Assert.Equal("Oskar Brandvold", quote.Speaker?.Name);
    }

    [Fact]
    public void She_passes_over_a_man_the_article_calls_he()
    {
        const string text = "Marta Velez runs the city's bridges. Tomas Reyes said he had inspected them and he found them sound, and he signed off.\n\n"
            + "Velez disagreed. Reyes, he added, was wrong about the cables and his report was late.\n\n"
            + "Velez spoke again on Friday. Reyes was away.\n\n“The cables need work,” she said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Speaker?.Text == "she");
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Fact]
    public void She_passes_over_a_man_whose_given_name_tells_when_the_article_gives_no_pronoun_for_him()
    {
        const string text = "Marta Velez runs the city's bridges. On Friday Tomas Reyes inspected them.\n\n“The cables need work,” she said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Speaker?.Text == "she");
        Assert.Equal("Marta Velez", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Jordan Reyes")] // a given name borne by men and women alike
    [InlineData("T. Reyes")] // an initial
    public void She_keeps_the_last_person_when_neither_pronouns_nor_given_name_tell(string name)
    {
        var text = $"Marta Velez runs the city's bridges. On Friday {name} inspected them.\n\n“The cables need work,” she said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Speaker?.Text == "she");
        Assert.EndsWith("Reyes", quote.Speaker?.Name);
    }

    [Fact]
    public void The_article_pronouns_outweigh_the_given_name()
    {
        // "Andrea" is listed as a woman's name, but this article calls Andrea Conti "he".
        const string text = "Marta Velez runs the city's bridges. Andrea Conti said he had inspected them.\n\n"
            + "Velez disagreed. Conti, he added, was wrong about the cables.\n\nConti left early. “The cables are fine,” he said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Speaker?.Text == "he" && q.Text.Contains("fine"));
        Assert.Equal("Andrea Conti", quote.Speaker?.Name);
    }

    [Fact]
    public void An_honorific_settles_the_sex_whatever_pronouns_follow_the_name()
    {
        // The "he" right after Mrs. Velez's mention refers to someone else; her "Mrs." still keeps "he" off her.
        const string text = "Tomas Reyes chaired the board. Mrs. Velez, whom he had hired, spoke next.\n\n“The cables need work,” he said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Speaker?.Text == "he");
        Assert.Equal("Tomas Reyes", quote.Speaker?.Name);
    }

    [Fact]
    public void A_given_name_outweighs_pronouns_counted_after_the_name()
    {
        // "she" twice right after Peter Novak's name counts as the article calling him "she"; his given name says otherwise.
        const string text = "Anna Berg runs the harbour office. Peter Novak said she had misled the council and that she should resign. "
            + "“I have done nothing wrong,” she said.";
        var quote = Analyzer.Analyze(text).Quotes.Single(q => q.Text.Contains("nothing wrong", StringComparison.Ordinal));
        Assert.Equal("she", quote.Speaker?.Text);
        Assert.Equal("Anna Berg", quote.Speaker?.Name);
    }

    [Fact]
    public void She_is_left_unnamed_when_everyone_named_before_is_a_man()
    {
        const string text = "Peter Novak opened the meeting at the harbour office. A woman in the crowd stood up. “We will appeal,” she said.";
        var quote = Analyzer.Analyze(text).Quotes.Single(q => q.Text.Contains("appeal", StringComparison.Ordinal));
        Assert.Equal("she", quote.Speaker?.Text);
        Assert.Null(quote.Speaker?.Name);
    }
}
