using Lede.Analysis.Linking;

namespace Lede.Analysis.Tests.Linking;

public class GivenNamesTests
{
    [Theory]
    [InlineData("Marta Velez", "F")]
    [InlineData("Peter Novak", "M")]
    [InlineData("PETER NOVAK", "M")]
    [InlineData("Jordan Reyes", "")] // mixed
    [InlineData("J. Reyes", "")] // an initial
    [InlineData("Novak", "")] // a surname alone
    [InlineData("Zzyzx Novak", "")] // not listed
    public void The_first_word_of_a_full_name_tells_the_sex_only_when_the_list_is_clear(string name, string expected) =>
        Assert.Equal(expected, GivenNames.OfFullName(name) switch { GivenNames.Sex.Male => "M", GivenNames.Sex.Female => "F", _ => "" });

    [Fact]
    public void The_list_format_skips_comments_and_malformed_lines()
    {
        var names = GivenNames.Read(new StringReader("# comment\nmarta F\npeter M\nbroken\nodd X\n"));
        Assert.Equal(2, names.Count);
        Assert.Equal(GivenNames.Sex.Female, names["Marta"]);
        Assert.Equal(GivenNames.Sex.Male, names["peter"]);
    }
}
