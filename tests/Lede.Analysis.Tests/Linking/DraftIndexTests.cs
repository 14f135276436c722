using Lede.Analysis.Linking;
using Lede.Analysis.Model;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Linking;

/// <summary>
/// The linker's index of entities found so far: a mention is tried against the entities that share a word or an acronym
/// with it, not against every one (docs/benchmarks.md, twentieth session: 1 MB of distinct names took 9 s to link).
/// </summary>
public class DraftIndexTests
{
    // Distinct capitalised words of letters only ("Qab").
    private static string Word(int k)
    {
        var code = new System.Text.StringBuilder("Q");
        do { code.Append((char)('a' + k % 26)); k /= 26; } while (k > 0);
        return code.ToString();
    }

    [Fact]
    public void A_full_name_is_tried_only_against_names_that_share_its_words()
    {
        var index = new DraftIndex();
        for (var k = 0; k < 10_000; k++) index.Add(k, [Word(k), "Park"]);
        Assert.Equal([42], index.Candidates([Word(42), "Park"]));
        Assert.Empty(index.Candidates(["Zed", "Park"]));
        // A surname alone may join any of them: all are candidates, in order.
        Assert.Equal(Enumerable.Range(0, 10_000), index.Candidates(["Park"]));
    }

    [Fact]
    public void Acronyms_are_tried_both_ways_and_against_the_latest_names_only()
    {
        var index = new DraftIndex();
        index.Add(0, ["Harbor", "Workers", "Union"]);
        index.Add(1, ["U.N."]);
        Assert.Equal([0], index.Candidates(["HWU"]));
        Assert.Equal([1], index.Candidates(["United", "Nations"]));
        for (var k = 2; k < 1_000; k++) index.Add(k, ["Harbor", Word(k), "Union"]);
        var candidates = index.Candidates(["HQU"]);
        Assert.Equal(DraftIndex.MaxAcronymCandidates, candidates.Count);
        Assert.Equal(999, candidates[^1]);
    }

    [Fact]
    public void Thousands_of_distinct_people_stay_apart_and_a_surname_joins_its_own()
    {
        var names = Enumerable.Range(0, 5_000).Select(k => $"{Word(k)} Qorn{Word(k)}").ToList();
        var surname = "Qorn" + Word(1);
        var text = string.Concat(names.Select(n => n + " spoke. ")) + $"Then {surname} spoke.";
        var mentions = new List<Mention>();
        var from = 0;
        foreach (var name in names.Append(surname))
        {
            var start = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(new Mention(name, start, start + name.Length, "PER"));
            from = start + name.Length;
        }
        var linked = EntityLinker.Link(text, mentions, Tokenizer.Tokenize(text));
        Assert.Equal(5_000, linked.Entities.Count);
        Assert.Equal(linked.Mentions[1].Entity, linked.Mentions[^1].Entity);
    }

    [Fact]
    public void An_acronym_written_before_its_full_name_links_to_it()
    {
        const string text = "The HWU voted. The Harbor Workers Union said it would strike.";
        var mentions = new List<Mention> { new("HWU", 4, 7, "ORG"), new("Harbor Workers Union", 19, 39, "ORG") };
        var linked = EntityLinker.Link(text, mentions, Tokenizer.Tokenize(text));
        Assert.Single(linked.Entities);
    }
}
