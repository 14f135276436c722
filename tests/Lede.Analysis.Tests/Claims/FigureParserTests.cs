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
    [InlineData("nearly 1.2 million voters", 1_200_000, "nearly", "voters")]
    [InlineData("a budget of $3 billion", 3_000_000_000, null, "USD")]
    [InlineData("turnout fell to 40% this year", 40, null, "percent")]
    [InlineData("turnout fell 12 percent", 12, null, "percent")]
    [InlineData("twenty-four cars", 24, null, "cars")]
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
    public void Dates_names_and_pronoun_one_are_not_figures(string text)
    {
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void The_figure_span_covers_hedge_number_and_unit()
    {
        const string text = "officials say about 24 living hostages — and more";
        var figure = Assert.Single(Parse(text));
        Assert.Equal("about 24 living hostages", text[figure.Start..figure.End]);
    }
}
