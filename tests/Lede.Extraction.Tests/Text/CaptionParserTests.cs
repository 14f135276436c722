using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class CaptionParserTests
{
    [Theory]
    [InlineData("Firefighters walk past the burned hall in Lindenfeld, Monday, June 2, 2025. (AP Photo/Rhea Castell)",
        "Firefighters walk past the burned hall in Lindenfeld, Monday, June 2, 2025.", "AP Photo/Rhea Castell")]
    [InlineData("The mayor leaves the council chamber. (Tobin Reyes/Pool Photo via AP)",
        "The mayor leaves the council chamber.", "Tobin Reyes/Pool Photo via AP")]
    [InlineData("Crowds gather at the harbour before dawn. (Getty Images)", "Crowds gather at the harbour before dawn.", "Getty Images")]
    [InlineData("Crowds gather at the harbour before dawn. Photo: Reuters", "Crowds gather at the harbour before dawn.", "Reuters")]
    [InlineData("Der Hafen am Morgen. Foto: dpa", "Der Hafen am Morgen.", "dpa")]
    public void Splits_caption_and_credit(string line, string caption, string credit)
    {
        var parsed = CaptionParser.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(caption, parsed.Text);
        Assert.Equal(credit, parsed.Credit);
    }

    [Theory]
    [InlineData("AP Photo/Rhea Castell")]
    [InlineData("Getty Images")]
    public void Reads_a_credit_alone_on_its_line(string line)
    {
        var parsed = CaptionParser.Parse(line);
        Assert.NotNull(parsed);
        Assert.Null(parsed.Text);
        Assert.Equal(line, parsed.Credit);
    }

    [Theory]
    [InlineData("The council met on Tuesday (its third meeting this month).")]
    [InlineData("LONDON (Reuters) - The council met on Tuesday.")]
    [InlineData("The council met on Tuesday, a spokesman said (Reuters).")]
    [InlineData("(Reporting by Ada Marsh; Editing by Tom Vale)")]
    public void Leaves_prose_with_asides_alone(string line)
    {
        Assert.Null(CaptionParser.Parse(line));
    }
}
