using System.Text;
using Lede.Extraction.Text;

namespace Lede.Extraction.Tests.Text;

public class WrappedLineJoinerTests
{
    private const string Story =
        "The harbour authority said on Thursday that it will close the old pier for repairs until the spring, after a storm tore away part of its deck and left two of its supports cracked.\n"
        + "Engineers found cracks in three of the pier's supports, the authority said in a statement, and divers will inspect the foundations next week before any work on the deck starts.\n"
        + "\"We cannot let anyone walk on it until we know it is safe,\" the authority's director, Ines Varga, told reporters on the quay, where a crowd of fishermen had gathered in the rain.\n"
        + "Fishing boats that moor at the pier will move to the new basin on the east side of the harbour, where twelve berths are free and the water is deep enough for the larger trawlers.\n"
        + "The pier, built in 1911, was last repaired after a flood in 1987, according to the town archive, which keeps the plans of every structure the harbour has had since it opened.\n";

    private const string Page = "Home\nNews\nSport\nWeather\nHarbour authority closes old pier after storm damage\nBy Orla Pendergast\n" + Story + "Related stories\nContact us\n";

    // How lynx, w3m or html2text lay text out: each block broken before the word that would pass the width.
    private static string Wrap(string text, int width)
    {
        var sb = new StringBuilder();
        foreach (var block in text.Split('\n'))
        {
            var column = 0;
            foreach (var word in block.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (column > 0 && column + 1 + word.Length > width) { sb.Append('\n'); column = 0; }
                if (column > 0) { sb.Append(' '); column++; }
                sb.Append(word);
                column += word.Length;
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData(72)]
    [InlineData(78)]
    public void Paragraphs_broken_at_a_fixed_width_are_put_back_together(int width)
    {
        var wrapped = Wrap(Page, width);
        // The longest line shows the width, give or take the word that happened to end it.
        Assert.InRange(WrappedLineJoiner.WrapWidth(wrapped.Split('\n')), width - 3, width);
        var joined = WrappedLineJoiner.Join(wrapped);
        foreach (var paragraph in Story.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            Assert.Contains(paragraph, joined);
        Assert.Contains("Home\nNews\nSport\nWeather\n", joined);
    }

    [Fact]
    public void Text_mode_finds_the_story_in_a_text_browser_dump()
    {
        var article = new ArticleExtractor().Extract(Wrap(Page, 76), new ExtractionRequest { Format = InputFormat.Text });
        Assert.StartsWith("The harbour authority said on Thursday that it will close the old pier", article.ArticleBody);
        Assert.Contains("since it opened.", article.ArticleBody);
        Assert.Equal(5, article.ArticleBody.Split("\n\n").Length);
    }

    [Fact]
    public void Unwrapped_text_is_left_as_it_is()
    {
        Assert.Same(Page, WrappedLineJoiner.Join(Page));
        // Only short lines, as on a list page: lines near the longest open new items, in capitals.
        var list = string.Concat(Enumerable.Range(1, 40).Select(i => $"Item {i}: Harbour notice number {i} for the season{new string('!', i % 20)}\n"));
        Assert.Equal(0, WrappedLineJoiner.WrapWidth(list.Split('\n')));
        Assert.Same(list, WrappedLineJoiner.Join(list));
    }

    [Fact]
    public void A_sentence_split_at_its_links_is_one_line_again()
    {
        // BeautifulSoup's get_text("\n"): each text node on a line, so the links cut the sentence.
        const string nodes = "Home\nNews\nThe harbour\nauthority\nsaid on Thursday that the old pier will close\n, after a storm.\nRelated stories\n";
        Assert.Equal("Home\nNews\nThe harbour authority said on Thursday that the old pier will close, after a storm.\nRelated stories\n",
            WrappedLineJoiner.JoinFragments(nodes));
    }

    [Fact]
    public void Lines_that_end_a_sentence_or_open_with_an_identifier_stay_apart()
    {
        const string text = "The pier will close for repairs.\nrepairs start in May\nSee the gallery\nimg_2_en\nHome\nNews\n"
            + "Harbour authority closes old pier\nby Orla Pendergast, Posted: March 5, 2025\n";
        Assert.Same(text, WrappedLineJoiner.JoinFragments(text));
    }
}
