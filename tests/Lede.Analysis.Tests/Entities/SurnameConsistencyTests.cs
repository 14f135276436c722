using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class SurnameConsistencyTests
{
    private static int[] Tags(params string[] bilou) => BilouTags.Parse(bilou);

    private static string[] Names(int[] tags) => BilouTags.Names(tags);

    [Fact]
    public void A_surname_the_document_gave_in_full_is_the_person_where_it_stands_alone_or_was_typed_otherwise()
    {
        string[][] words =
        [
            ["Mara", "Okafor", "spoke", "in", "Lagos", "."],
            ["Okafor", "said", "the", "plan", "would", "pass", "."],
            ["Critics", "of", "Okafor", "met", "."],
            ["Ada", "Okafor", "and", "the", "board", "agreed", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "L-PER", "O", "O", "U-LOC", "O"),
            Tags("O", "O", "O", "O", "O", "O", "O"),
            Tags("O", "O", "U-ORG", "O", "O"),
            Tags("B-ORG", "L-ORG", "O", "O", "O", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal("U-PER", Names(tags[1])[0]);
        Assert.Equal("U-PER", Names(tags[2])[2]);
        Assert.Equal(["B-PER", "L-PER"], Names(tags[3])[..2]);
        Assert.Equal("U-LOC", Names(tags[0])[4]);
    }

    [Fact]
    public void A_surname_inside_a_longer_capitalised_name_or_beside_a_tagged_word_is_left_alone()
    {
        string[][] words =
        [
            ["Mara", "Okafor", "spoke", "."],
            ["They", "visited", "Okafor", "Tower", "."],
            ["The", "Lagos", "Okafor", "fund", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "L-PER", "O", "O"),
            Tags("O", "O", "O", "O", "O"),
            Tags("O", "U-LOC", "O", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.All(tags[1], t => Assert.Equal(EntityTagSet.Outside, t));
        Assert.Equal(EntityTagSet.Outside, tags[2][2]);
    }

    [Fact]
    public void A_surname_shown_by_a_title_is_the_person_where_the_tagger_read_a_company()
    {
        string[][] words =
        [
            ["Polls", "show", "Okonjo", "ahead", "."],
            ["Mr.", "Okonjo", "spoke", "."],
            ["Ruth", "Okonjo", "is", "elected", "."],
        ];
        int[][] tags =
        [
            Tags("O", "O", "U-ORG", "O", "O"),
            Tags("O", "U-ORG", "O", "O"),
            Tags("B-ORG", "L-ORG", "O", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal("U-PER", Names(tags[0])[2]);
        Assert.Equal("U-PER", Names(tags[1])[1]);
        Assert.Equal(["B-PER", "L-PER"], Names(tags[2])[..2]);
    }

    [Theory]
    [InlineData("Mayor Bill de Blasio spoke .", null)]
    [InlineData("Judge Baker Foundation spoke .", null)]
    [InlineData("Sen. Ada Okonjo spoke .", "Okonjo")]
    [InlineData("President Okonjo said so .", "Okonjo")]
    [InlineData("The President spoke .", null)]
    [InlineData("President Okonjo Monday signed the bill .", "Okonjo")]
    [InlineData("Gov. Ada Okonjo Tuesday announced it .", "Okonjo")]
    public void A_title_shows_the_last_of_its_name_words_unless_a_given_name_or_a_body_ends_them(string sentence, string? surname)
    {
        var found = SurnameConsistency.TitledSurname(sentence.Split(' '));
        if (surname is null) Assert.Null(found);
        else Assert.Equal([surname], found!);
    }

    [Fact]
    public void Without_a_full_name_nothing_changes()
    {
        string[][] words = [["Okafor", "said", "it", "."], ["Okafor", "Group", "rose", "."]];
        int[][] tags = [Tags("O", "O", "O", "O"), Tags("B-ORG", "L-ORG", "O", "O")];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal(["O", "O", "O", "O"], Names(tags[0]));
        Assert.Equal(["B-ORG", "L-ORG", "O", "O"], Names(tags[1]));
    }

    [Fact]
    public void The_tagger_names_a_person_by_surname_after_the_full_name()
    {
        const string text = "Mara Okafor told reporters in Lagos that the vote was fair. Okafor said she would stay.";
        var mentions = NamedEntityTagger.Default.Tag(text, Lede.Analysis.Text.SentenceSplitter.Split(text));
        Assert.Contains(mentions, m => m is { Text: "Mara Okafor", Type: "PER" });
        Assert.Contains(mentions, m => m is { Text: "Okafor", Type: "PER", Start: > 40 });
    }

    [Fact]
    public void A_surname_of_several_words_typed_otherwise_is_the_person()
    {
        string[][] words =
        [
            ["Piet", "Van", "Der", "Walt", "danced", "."],
            ["Van", "Der", "Walt", "and", "Ada", "were", "eliminated", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "I-PER", "I-PER", "L-PER", "O", "O"),
            Tags("B-ORG", "I-ORG", "L-ORG", "O", "U-PER", "O", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal(["B-PER", "I-PER", "L-PER", "O", "U-PER", "O", "O", "O"], Names(tags[1]));
    }

    [Fact]
    public void A_platform_is_no_surname_whatever_span_it_ended()
    {
        string[][] words =
        [
            ["Hey", "Twitter", ",", "look", "."],
            ["People", "on", "Twitter", "laughed", "."],
        ];
        int[][] tags =
        [
            Tags("B-PER", "L-PER", "O", "O", "O"),
            Tags("O", "O", "U-ORG", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal("U-ORG", EntityTagSet.Name(tags[1][2]));
    }
    [Fact]
    public void A_long_run_of_particles_in_one_name_costs_no_more_than_a_surname()
    {
        // Hostile text the tagger reads as one person of 1,000 words ("Piet Van Der Van Der … Walt"): the surnames of
        // several words kept are those a person goes by, not every tail of the run (which made 1,000 strings of up to
        // 1,000 words a sentence).
        const int sentences = 40, runLength = 998;
        var words = new List<IReadOnlyList<string>>();
        var tags = new List<int[]>();
        for (var s = 0; s < sentences; s++)
        {
            var sentence = new List<string> { "Piet" };
            for (var k = 0; k < runLength; k++) sentence.Add(k % 2 == 0 ? "Van" : "Der");
            sentence.Add("Walt");
            words.Add(sentence);
            tags.Add(Tags(["B-PER", .. Enumerable.Repeat("I-PER", runLength), "L-PER"]));
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        SurnameConsistency.Apply(words, tags);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 8L * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_given_name_and_surname_typed_an_organisation_is_the_person_when_the_surname_also_stands_alone()
    {
        string[][] words =
        [
            ["Donald", "Okonjo", "spoke", "in", "Lagos", "."],
            ["Okonjo", "left", "."],
        ];
        int[][] tags =
        [
            Tags("B-ORG", "L-ORG", "O", "O", "U-LOC", "O"),
            Tags("U-ORG", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal(["B-PER", "L-PER"], Names(tags[0])[..2]);
        Assert.Equal("U-PER", Names(tags[1])[0]);
        Assert.Equal("U-LOC", Names(tags[0])[4]);
    }

    [Fact]
    public void A_given_name_before_several_names_or_a_surname_never_alone_is_no_person()
    {
        string[][] words =
        [
            ["Donald", "Okonjo", "won", "."],
            ["Donald", "Mbeki", "was", "second", "."],
            ["Okonjo", "and", "Mbeki", "led", "."],
            ["Ruth", "Tembo", "shares", "rose", "."],
            ["Ruth", "Post", "said", "."],
            ["Post", "fell", "."],
        ];
        int[][] tags =
        [
            Tags("B-ORG", "L-ORG", "O", "O"),
            Tags("B-ORG", "L-ORG", "O", "O", "O"),
            Tags("U-ORG", "O", "U-ORG", "O", "O"),
            Tags("B-ORG", "L-ORG", "O", "O", "O"),
            Tags("B-ORG", "L-ORG", "O", "O"),
            Tags("U-ORG", "O", "O"),
        ];
        SurnameConsistency.GivenNamedOrganizations(words, tags);
        Assert.Equal(["B-ORG", "L-ORG"], Names(tags[0])[..2]);
        Assert.Equal(["B-ORG", "L-ORG"], Names(tags[1])[..2]);
        Assert.Equal(["B-ORG", "L-ORG"], Names(tags[3])[..2]);
        Assert.Equal(["B-ORG", "L-ORG"], Names(tags[4])[..2]);
    }

    [Fact]
    public void A_name_before_administration_is_the_leaders_surname_throughout_but_a_misc_adjective_is_not()
    {
        string[][] words =
        [
            ["The", "Okonjo", "administration", "acted", "."],
            ["Critics", "of", "Okonjo", "met", "."],
            ["A", "Republican", "administration", "would", "differ", "."],
        ];
        int[][] tags =
        [
            Tags("O", "U-LOC", "O", "O", "O"),
            Tags("O", "O", "U-LOC", "O", "O"),
            Tags("O", "U-MISC", "O", "O", "O", "O"),
        ];
        SurnameConsistency.Apply(words, tags);
        Assert.Equal("U-PER", Names(tags[0])[1]);
        Assert.Equal("U-PER", Names(tags[1])[2]);
        Assert.Equal("U-MISC", Names(tags[2])[1]);
    }
}
