using Lede.Analysis.Entities;
using Lede.Analysis.Model;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Entities;

public sealed class NamedEntityTaggerTests
{
    private static IReadOnlyList<Mention> Tag(string text) => NamedEntityTagger.Default.Tag(text, SentenceSplitter.Split(text));

    private static void AssertMention(IReadOnlyList<Mention> mentions, string text, params string[] types) =>
        Assert.Contains(mentions, m => m.Text == text && types.Contains(m.Type));

    [Fact]
    public void Embedded_model_tags_an_invented_story()
    {
        const string text = "ROTTERDAM (AP) — Prime Minister Elena Vasquez met Dutch officials in Rotterdam on Friday, "
            + "the Acme Shipping Company said. Vasquez later flew to Berlin.";
        var mentions = Tag(text);
        AssertMention(mentions, "Elena Vasquez", "PER");
        AssertMention(mentions, "Vasquez", "PER");
        AssertMention(mentions, "Dutch", "MISC");
        AssertMention(mentions, "Rotterdam", "LOC");
        AssertMention(mentions, "Berlin", "LOC");
        AssertMention(mentions, "Acme Shipping Company", "ORG");
        // Titles are not part of names; offsets and text agree.
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Minister"));
        Assert.All(mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
        Assert.All(mentions, m => Assert.Null(m.Entity));
    }

    [Fact]
    public void Seed_story_people_and_places()
    {
        var mentions = Tag(SharedData.SeedStory());
        foreach (var person in new[] { "Karoline Leavitt", "Donald Trump", "Benjamin Netanyahu", "Steve Witkoff" })
            AssertMention(mentions, person, "PER");
        AssertMention(mentions, "Hamas", "ORG");
        AssertMention(mentions, "White House", "ORG", "LOC");
        foreach (var place in new[] { "Gaza", "Doha", "Israel" })
            AssertMention(mentions, place, "LOC");
        Assert.DoesNotContain(mentions, m => m.Type == "PER" && m.Text.Contains("President"));
        Assert.DoesNotContain(mentions, m => m.Type == "PER" && m.Text.Contains("secretary"));
    }

    [Fact]
    public void Empty_input_gives_no_mentions()
    {
        Assert.Empty(NamedEntityTagger.Default.Tag("", []));
        Assert.Empty(Tag("   "));
    }

    [Fact]
    public void Very_long_sentences_are_tagged_in_windows()
    {
        var text = string.Concat(Enumerable.Repeat("and then Ada Noor went to Oslo ", 200)) + ".";
        // One sentence of 1,401 tokens, given whole: longer than the splitter's cap, so the tagger's own windows are tested.
        var mentions = NamedEntityTagger.Default.Tag(text, [new Sentence(0, text.Length)]);
        Assert.True(mentions.Count(m => m.Text == "Oslo") > 150);
        Assert.All(mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Out_of_range_sentences_are_clamped()
    {
        const string text = "Ada Noor visited Oslo.";
        var mentions = NamedEntityTagger.Default.Tag(text, [new Sentence(0, 500)]);
        Assert.All(mentions, m => Assert.InRange(m.End, m.Start + 1, text.Length));
    }

    [Theory]
    [InlineData("Senator Jane Roe said", 0, 2, true)]
    [InlineData("Mayor Tom Berg", 0, 2, true)]
    [InlineData("Dr. Ada Noor", 0, 2, true)]
    [InlineData("General Motors shares", 0, 1, false)]
    [InlineData("Secretary of State", 0, 2, false)]
    [InlineData("President", 0, 0, false)]
    [InlineData("Senator Jane Roe 's office", 0, 3, false)]
    public void A_span_opening_with_a_persons_title_and_a_name_is_the_name_alone(string sentence, int first, int last, bool titled)
    {
        Assert.Equal(titled, NamedEntityTagger.IsTitledName(sentence.Split(' '), first, last));
    }
}
