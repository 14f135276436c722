using Lede.Analysis.Claims;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Claims;

public class FigureParserTests
{
    private static List<Figure> Parse(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return FigureParser.Parse(text, tokens, 0, tokens.Count);
    }

    [Theory]
    [InlineData("about 24 living hostages remain", 24, "about", "living hostages")]
    [InlineData("the bodies of at least 35 others", 35, "at least", "others")]
    [InlineData("more than 1,200 people were hurt", 1200, "more than", "people")]
    [InlineData("some two dozen boats sank", 24, "some", "boats")]
    [InlineData("five ministers resigned", 5, null, "ministers")]
    [InlineData("the navy ordered 24 Harrier GR-9 jets", 24, null, "Harrier GR-9 jets")]
    [InlineData("an order of 50 Kestrel K-700 ferries on Monday", 50, null, "Kestrel K-700 ferries")]
    [InlineData("58 Harbour 500 companies paid no tax", 58, null, "Harbour 500 companies")]
    [InlineData("nearly 1.2 million voters", 1_200_000, "nearly", "voters")]
    [InlineData("a budget of $3 billion", 3_000_000_000, null, "USD")]
    [InlineData("turnout fell to 40% this year", 40, null, "percent")]
    [InlineData("turnout fell 12 percent", 12, null, "percent")]
    [InlineData("twenty-four cars", 24, null, "cars")]
    [InlineData("rents rise for 3 million small- and mid-size tenants", 3_000_000, null, "small- and mid-size tenants")]
    [InlineData("about 300 full- or part-time workers", 300, "about", "full- or part-time workers")]
    [InlineData("only 57 percent of licensed anglers said", 57, "only", "percent of licensed anglers")]
    [InlineData("she won 47% of the vote", 47, null, "percent of the vote")]
    [InlineData("about 60 percent of Americans", 60, "about", "percent of Americans")]
    [InlineData("42 percent of those surveyed", 42, null, "percent")]
    [InlineData("40 percent of Trump's voters", 40, null, "percent")]
    [InlineData("10 percent of what they owe", 10, null, "percent")]
    [InlineData("30 percent of the harbour being dredged", 30, null, "percent of the harbour")]
    [InlineData("20 percent of working families", 20, null, "percent of working families")]
    public void Parses_figures_with_hedge_and_unit(string text, double value, string? qualifier, string? unit)
    {
        var figure = Assert.Single(Parse(text));
        Assert.Equal(value, figure.Value);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("The law passed in 2019 after a long fight")]
    [InlineData("The vote is on March 4 in the capital")]
    [InlineData("The COVID-19 wards were full")]
    [InlineData("No one came to the meeting")]
    [InlineData("The fair opens on Saturday, May 18, at the docks")]
    [InlineData("the town's 2021 harbour budget was cut")]
    [InlineData("she praised their fiscal year 2022 sales")]
    [InlineData("the mayor met them 12 years ago at the port")]
    [InlineData("the bridge reopened two years later")]
    [InlineData("she wrote at three o'clock in the morning")]
    [InlineData("the players reached Round 2 of the cup")]
    [InlineData("profits at Fortune 500 firms")]
    [InlineData("the cleanup at Ground Zero went on")]
    [InlineData("Tomas Berger, 47, of Ashby was hired")]
    [InlineData("students age 12 and older")]
    [InlineData("when the two were on the ground")]
    [InlineData("the two raised money for the club")]
    [InlineData("the couple moved to the coast")]
    [InlineData("since the September 11, 2001 attacks")]
    [InlineData("a raid on a garage behind 2417 Maple Place")]
    [InlineData("he lives at 88 North Elm St. now")]
    [InlineData("patients with type 2 diabetes")]
    [InlineData("a category 4 storm hit")]
    [InlineData("it works with the iPhone 8 or later")]
    public void Dates_names_ages_times_and_pronoun_numbers_are_not_figures(string text)
    {
        Assert.Empty(Parse(text));
    }

    [Theory]
    [InlineData("the fleet will grow from 16 currently", 16, null)]
    [InlineData("it would take two to three weeks", 2, "weeks")]
    [InlineData("there were 1900 ferries", 1900, "ferries")]
    [InlineData("a record 2,000 on the day", 2000, null)]
    [InlineData("two armed men entered", 2, "armed men")]
    [InlineData("The answer was, 'Eighty percent of which?'", 80, "percent")]
    [InlineData("Am I 30 votes ahead?", 30, "votes")]
    [InlineData("it gets 40 miles per gallon on the road", 40, "miles per gallon")]
    [InlineData("a couple dozen fishermen came", 24, "fishermen")]
    [InlineData("up to two Oak Court openings", 2, "Oak Court openings")]
    [InlineData("with 12 likely buyers", 12, "likely buyers")]
    [InlineData("one in 10 — 31 percent — objected", 10, null)]
    public void Units_stop_at_adverbs_and_ranges_share_them(string text, double value, string? unit)
    {
        var figure = Parse(text)[0];
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("the death toll rose to 35 on Friday", "death toll")]
    [InlineData("the harbour board's jobless rate fell sharply to 4.1% in May", "harbour board's jobless rate")]
    [InlineData("Brenn had 46 percent in the latest count", "Brenn")]
    [InlineData("revenue stood at $5 billion last year", "revenue")]
    [InlineData("donations to harbour charities hit nearly $1.1 billion", "donations to harbour charities")]
    [InlineData("the harbour's coal use appears to have declined 2.7 percent", "harbour's coal use")]
    [InlineData("the share of ferry riders in the first five weeks was 41 percent", "share of ferry riders in the first five weeks")]
    [InlineData("officials said that the real jobless rate for young people is 48 percent", "real jobless rate for young people")]
    [InlineData("the death tally rose to 45 on Friday", "death tally")]        // nouns in "-ly" are no adverbs
    [InlineData("oil supply fell 3 percent in May", "oil supply")]
    [InlineData("the party's tally was 30 percent", "party's tally")]
    [InlineData("the jobless rate sharply fell to 4 percent", "jobless rate")]   // an adverb before the verb is skipped
    public void A_bare_figure_measures_the_subject_of_its_level_or_change_verb(string text, string measure) =>
        Assert.Equal(measure, Parse(text)[0].Measure);

    [Theory]
    [InlineData("it rose to 7 percent")]                       // a pronoun names nothing
    [InlineData("about 24 living hostages remain")]            // the unit says what is counted
    [InlineData("the council approved 12 percent more money")] // "approved" states no level
    [InlineData("Brenn advocates fare increases of $15 million")] // "increases" is a noun here
    public void A_figure_without_a_measuring_subject_has_no_measure(string text) =>
        Assert.Null(Parse(text)[0].Measure);

    [Fact]
    public void The_figure_span_covers_hedge_number_and_unit()
    {
        const string text = "officials say about 24 living hostages — and more";
        var figure = Assert.Single(Parse(text));
        Assert.Equal("about 24 living hostages", text[figure.Start..figure.End]);
    }

    [Theory]
    [InlineData("about two-thirds of the residents left", 66.7, "about", "about two-thirds")]
    [InlineData("more than half of voters back it", 50, "more than", "more than half")]
    [InlineData("half the roads were shut", 50, null, "half")]
    [InlineData("nearly a third of homes lost power", 33.3, "nearly", "nearly a third")]
    [InlineData("three quarters of the buses ran late", 75, null, "three quarters")]
    [InlineData("roughly 6 in 10 likely voters", 60, "roughly", "roughly 6 in 10")]
    [InlineData("one in five homes lost power", 20, null, "one in five")]
    [InlineData("three in 10 likely buyers", 30, null, "three in 10")]
    public void A_share_of_a_whole_is_a_percentage_not_a_count(string text, double percent, string? qualifier, string figureText)
    {
        var figure = Parse(text)[0];
        Assert.Equal(percent, figure.Value);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal("percent", figure.Unit);
        Assert.Equal(figureText, text[figure.Start..figure.End]);
        // "6 in 10 likely voters" was read as 6 and as "10 likely voters".
        Assert.DoesNotContain(Parse(text), f => f.Unit is not null && f.Unit != "percent");
    }

    [Theory]
    [InlineData("the team led in the first half of the game")]
    [InlineData("the trip took half an hour")]
    [InlineData("they raised a quarter of a million dollars")]
    [InlineData("rates rose by a quarter of a percent")]
    [InlineData("sales grew for three straight quarters of the year")]
    public void A_part_of_a_period_or_an_amount_is_no_share(string text) =>
        Assert.DoesNotContain(Parse(text), f => f.Unit == "percent");

    [Theory]
    [InlineData("she was nineteen years old when she sailed")]
    [InlineData("the harbour trust, a three month-old body, met")]
    [InlineData("sailors who are 16 or 17 when they sign on")]
    [InlineData("kids who are 14 when they start")]
    [InlineData("by the time they're 30 or 31 they stop")]
    [InlineData("rowers between the ages of 20 and 40 came")]
    [InlineData("the crew met between the time I was fifteen and sixteen")]
    public void Ages_are_not_figures(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("we are 30 votes short of it", 30, "votes")]
    [InlineData("they were 5 to 10 points behind", 5, "points")]
    public void A_number_with_a_unit_after_a_subject_and_be_is_no_age(string text, double value, string unit)
    {
        var figure = Parse(text)[0];
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("Just 11 months after the opening, the ferry was sold")]
    [InlineData("the pier closed two weeks before the storm")]
    [InlineData("over the past six years the port grew")]
    [InlineData("in the first two months of 2019 the port grew")]
    public void Points_and_frames_of_time_are_not_figures(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("it took a year and a half of work")]
    [InlineData("they cut a foot and a half of the rope")]
    public void A_mixed_number_is_no_share(string text) => Assert.DoesNotContain(Parse(text), f => f.Unit == "percent");

    [Theory]
    [InlineData("the title of a 1998 Joan Lewis essay")]
    [InlineData("the fourth episode of season 2 aired")]
    [InlineData("the firm is not in the top 10 of the list")]
    [InlineData("every port is different and no two are alike")]
    [InlineData("after a 911 call from a neighbour")]
    [InlineData("they flew on a 747 jet to the coast")]
    public void Years_before_names_labels_and_pronoun_numbers_are_not_figures(string text) => Assert.Empty(Parse(text));

    [Theory]
    [InlineData("the tool is approximately 40,000 years old", 40000, "years")]
    [InlineData("the top 20 percent rate he proposed", 20, "percent")]
    [InlineData("taxes on the top 2 or 3 percent", 2, "percent")]
    [InlineData("sailors live to an average age of 74", 74, null)]
    [InlineData("last week we were nine on the boat", 9, null)]
    [InlineData("she ran the port for nearly six years after leaving office", 6, "years")]
    [InlineData("a tree takes two to five years before it fruits", 2, "years")]
    [InlineData("it let him skip the fee for the next 12 years", 12, "years")]
    [InlineData("after a 30 minute drive to the port", 30, "minute drive")]
    [InlineData("they built a 300 seat hall", 300, "seat hall")]
    [InlineData("the port had a 40 berth quay", 40, "berth quay")]
    [InlineData("nothing near a 300,000 total", 300000, "total")]
    [InlineData("she had a 12 percentage-point lead", 12, "percentage-point lead")]
    public void Figures_that_look_like_ages_ranks_or_points_in_time_stay(string text, double value, string? unit)
    {
        var figure = Parse(text)[0];
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void Strong_is_no_unit()
    {
        var figure = Assert.Single(Parse("to crowds 20,000 strong who cheer"));
        Assert.Equal(20000, figure.Value);
        Assert.Null(figure.Unit);
    }
}
