using Lede.Extraction.Metadata.Dates;
using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class TextDateCollectorTests
{
    private static readonly string Narrative = "The committee was formed after the flood that swept through the valley on "
        + "Sept. 14, 2012, and its first report is due this spring, members said.";

    private static bool Stamp(string paragraph) =>
        TextDateCollector.ReadsAsStamp(paragraph, DateTextParser.FindDates(paragraph)[0]);

    [Fact]
    public void A_date_inside_a_sentence_is_what_happened_not_when_the_story_ran()
    {
        Assert.False(Stamp(Narrative));
        Assert.False(Stamp("Residents still remember the night the river rose in the old town of Marrow on Sept. 14, 2012."));
        var found = TextDateCollector.Collect([], [], [], [Narrative, "The mayor said Friday that the work would begin soon."]);
        Assert.Empty(found);
    }

    [Fact]
    public void Stamps_in_the_story_still_count()
    {
        Assert.True(Stamp("Published March 5, 2025"));
        Assert.True(Stamp("Police arrested two men today (19.08.2020) at dawn near the harbour, after a week of thefts from parked cars."));
        Assert.True(Stamp("Great turnout at the harbour festival tonight, thank you all for coming out in the rain! "
            + "— Ines Varga (@inesvarga) June 29, 2024"));
        Assert.True(Stamp("Voters in the north care more about roads than taxes, a new survey finds. "
            + "This is the Morning Ballot for Monday, May 2, 2016."));
        Assert.True(Stamp("Lindenfeld, March 5, 2025 (Reuters) - The harbour authority will close the old pier for repairs until spring."));
    }

    [Fact]
    public void A_dateline_date_counts_where_a_place_opens_the_paragraph()
    {
        Assert.True(Stamp("LINDENFELD, March 5, 2025 - The harbour authority will close the old pier for repairs until spring."));
        Assert.True(Stamp("Lindenfeld, (05.03.2025). The harbour authority will close the old pier for repairs until spring."));
        Assert.True(Stamp("5.3.2025 - The harbour authority will close the old pier for repairs until spring, its director said."));
        Assert.False(Stamp("The authority said, March 5, 2025 - a day late - that the old pier would close for repairs until spring."));
    }

    [Fact]
    public void A_weekday_the_lede_names_does_not_rescue_a_date_inside_a_sentence()
    {
        // Sept. 14, 2012 was a Friday, and the lede says "Friday": one day in seven agrees by chance.
        var found = TextDateCollector.Collect([], [], [], ["The mayor said Friday that repairs would begin.", Narrative]);
        Assert.Empty(found);
    }
}
