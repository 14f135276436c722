namespace Lede.Analysis.Tests.Claims;

public class ClaimFinderTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_figure_in_reported_speech_is_a_claim_of_its_source()
    {
        const string text = "Health officials say more than 1,200 people were hurt in the storm.";
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(1200, claim.Value);
        Assert.Equal("more than", claim.Qualifier);
        Assert.Equal("people", claim.Unit);
        Assert.Equal("Health officials", claim.Source?.Text);
        Assert.Equal(claim.Text, text[claim.Start..claim.End]);
    }

    [Fact]
    public void A_figure_nobody_is_quoted_for_is_not_a_claim()
    {
        Assert.Empty(Analyzer.Analyze("More than 1,200 people were hurt in the storm.").Claims);
    }

    [Fact]
    public void Figures_inside_a_direct_quote_belong_to_the_speaker()
    {
        const string text = "“We lost at least 30 boats and $2 million in gear,” Marta Velez said.";
        var claims = Analyzer.Analyze(text).Claims;
        Assert.Equal(2, claims.Count);
        Assert.Equal((30, "at least", "boats"), (claims[0].Value, claims[0].Qualifier, claims[0].Unit));
        Assert.Equal((2_000_000, "USD"), (claims[1].Value, claims[1].Unit));
        Assert.All(claims, c => Assert.Equal("Marta Velez", c.Source?.Text));
    }

    [Fact]
    public void A_figure_inside_a_nested_quote_belongs_to_its_innermost_speaker()
    {
        const string text = "The mayor spoke on the radio on Monday.\n\nPartial transcript as follows:\n\n\"HOST: Why did the council vote for the pier?\n\n"
            + "\"MAYOR: Well, look, the pier will bring 650 jobs to the harbour.\n";
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal(650, claim.Value);
        Assert.Equal("MAYOR", claim.Source?.Text);
    }

    [Fact]
    public void A_pronoun_source_carries_the_name_it_resolves_to()
    {
        const string text = "Harbour master Marta Velez inspected the quay on Monday. She said at least 30 boats were damaged in the storm.";
        var claim = Assert.Single(Analyzer.Analyze(text).Claims);
        Assert.Equal("She", claim.Source?.Text);
        Assert.Equal("Marta Velez", claim.Source?.Name);
        Assert.NotNull(claim.Source?.Entity);
    }
}
