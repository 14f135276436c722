using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class FeatureExtractorTests
{
    private static readonly CasingLexicon Casing = CasingLexicon.Harvest(
    [
        ["Then", "the", "river", "rose", "near", "Oslo", "."],
        ["The", "river", "flooded", "Oslo", "again", "."],
    ]);

    private static List<ulong> Features(string[] words, int i)
    {
        var view = new FeatureExtractor(Casing, NameGazetteer.Empty).View(words);
        var output = new List<ulong>();
        FeatureExtractor.Local(view, i, output);
        return output;
    }

    [Theory]
    [InlineData("Leavitt", "Xxxxxxx", "Xx")]
    [InlineData("U.S.", "X.X.", "X.X.")]
    [InlineData("McDonald", "XxXxxxxx", "XxXx")]
    [InlineData("1996-08-30", "dddd-dd-dd", "d-d-d")]
    [InlineData("Constantinople", "Xxxxxxxxxx", "Xx")]
    public void Word_shapes(string word, string longShape, string shortShape)
    {
        Assert.Equal(longShape, WordShape.Long(word));
        Assert.Equal(shortShape, WordShape.Short(word));
    }

    [Theory]
    [InlineData("Oslo")]
    [InlineData("RIVER")]
    [InlineData("Zürich")]
    [InlineData("’s’")]
    public void Three_letter_tail_hash_is_the_affix_hash(string word)
    {
        Span<ulong> prefixes = stackalloc ulong[SentenceView.AffixLength], suffixes = stackalloc ulong[SentenceView.AffixLength];
        TaggerHash.Affixes(word, prefixes, suffixes);
        Assert.Equal(suffixes[2], TaggerHash.Suffix(word, 3));
        Assert.NotEqual(suffixes[1], TaggerHash.Suffix(word, 3));
    }

    [Fact]
    public void Sentence_view_reads_each_words_casing_cluster_and_names_from_their_tables()
    {
        // The view hashes every word before it reads the tables (the reads wait for memory asked for earlier): each
        // token's values must still be its own word's, not a neighbour's.
        var clusters = WordClusters.Read(new StringReader("#clusters levels=2 branching=4\n0 mbeki\n9 river\n15 oslo\n"));
        var gazetteer = NameGazetteer.Harvest([new TrainingSentence(["Visit", "Oslo", "City", "."], ["O", "B-LOC", "I-LOC", "O"])]);
        string[] words = ["Then", "the", "river", "rose", "near", "Oslo", "City", "zanzibar", "."];
        var view = new FeatureExtractor(Casing, gazetteer, clusters).View(words);
        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(Casing.ClassOf(TaggerHash.Lower(words[i])), view.Casing[i]);
            Assert.Equal(clusters.ClusterOf(TaggerHash.Lower(words[i])), view.Clusters[i]);
        }
        Assert.Equal([CasingLexicon.Unknown, 10, 16], new[] { view.Casing[7], (byte)view.Clusters[2], (byte)view.Clusters[5] });
        Assert.Contains(view.Names, name => name is { Start: 5, Length: 2 });
        Assert.DoesNotContain(view.Names, name => name.Start != 5);
    }

    [Fact]
    public void Casing_lexicon_knows_usual_case()
    {
        Assert.Equal("lower", Casing.ClassOf("river"));
        Assert.Equal("cap", Casing.ClassOf("oslo"));
        Assert.Equal("unk", Casing.ClassOf("zanzibar"));
    }

    [Fact]
    public void Case_and_context_change_features()
    {
        var upper = Features(["Visit", "Apple", "today"], 1);
        var lower = Features(["Visit", "apple", "today"], 1);
        var otherContext = Features(["Sell", "Apple", "today"], 1);
        Assert.NotEqual(upper.ToHashSet(), lower.ToHashSet());
        Assert.NotEqual(upper.ToHashSet(), otherContext.ToHashSet());
        Assert.Equal(upper, Features(["Visit", "Apple", "today"], 1)); // deterministic
        Assert.Equal(upper.Count, upper.Distinct().Count());
    }

    [Fact]
    public void Curly_and_straight_apostrophes_share_features() =>
        Assert.Equal(Features(["Norway", "'s", "king"], 1), Features(["Norway", "’s", "king"], 1));

    [Fact]
    public void All_caps_headlines_get_their_own_features()
    {
        Assert.True(FeatureExtractor.IsAllCapsSentence(["RAIN", "HITS", "OSLO"]));
        Assert.False(FeatureExtractor.IsAllCapsSentence(["Rain", "hits", "OSLO"]));
        Assert.True(Features(["RAIN", "HITS", "OSLO"], 2).Count > Features(["Rain", "hits", "Oslo"], 2).Count);
    }

    [Fact]
    public void Second_pass_sees_other_occurrences_of_the_word()
    {
        var extractor = new FeatureExtractor(Casing, NameGazetteer.Empty);
        var first = extractor.View(["Ada", "Noor", "spoke", "."]);
        var second = extractor.View(["Noor", "left", "."]);
        var index = new DocumentTagIndex();
        var perB = EntityTagSet.Tag(0, 0);
        var perL = EntityTagSet.Tag(0, 2);
        index.Add(first, [perB, perL, 0, 0]);
        index.Add(second, [0, 0, 0]);
        var counts = index.Others(TaggerHash.Lower("noor"), 1, 0);
        Assert.Equal(1, counts.Total);
        Assert.Equal(0, counts.MajorityType()); // PER, from the first sentence only
        var withOthers = new List<ulong>();
        FeatureExtractor.Document(second, 0, [0, 0, 0], index, 1, withOthers);
        var alone = new List<ulong>();
        FeatureExtractor.Document(second, 1, [0, 0, 0], index, 1, alone);
        Assert.True(withOthers.Count > alone.Count);
    }

    [Fact]
    public void Word_hashes_fold_case_and_marks_only_where_asked()
    {
        var (exact, lower) = TaggerHash.Word("École’s");
        Assert.Equal(TaggerHash.Text("École’s"), exact);
        Assert.Equal(TaggerHash.Lower("École’s"), lower);
        Assert.Equal(TaggerHash.Lower("école's"), lower);
        Assert.Equal(TaggerHash.Text("École's"), exact);
        Assert.NotEqual(TaggerHash.Text("école's"), exact);
    }

    [Fact]
    public void Affix_hashes_stop_at_the_word_length()
    {
        Span<ulong> prefixes = stackalloc ulong[4];
        Span<ulong> suffixes = stackalloc ulong[4];
        TaggerHash.Affixes("Oslo", prefixes, suffixes);
        ulong[] osloPrefixes = prefixes.ToArray(), osloSuffixes = suffixes.ToArray();
        TaggerHash.Affixes("osLO", prefixes, suffixes);
        Assert.Equal(osloPrefixes, prefixes.ToArray());
        Assert.Equal(osloSuffixes, suffixes.ToArray());
        TaggerHash.Affixes("Os", prefixes, suffixes);
        Assert.Equal(osloPrefixes[..2], prefixes[..2].ToArray());
        Assert.Equal([0UL, 0UL], prefixes[2..].ToArray());
        Assert.Equal([0UL, 0UL], suffixes[2..].ToArray());
        Assert.NotEqual(osloSuffixes[0], suffixes[0]); // "o" and "s" end the two words
    }

    [Fact]
    public void Document_counts_summary_matches_its_parts()
    {
        var extractor = new FeatureExtractor(Casing, NameGazetteer.Empty);
        var index = new DocumentTagIndex();
        var perU = EntityTagSet.Tag(0, 3);
        var locU = EntityTagSet.Tag(2, 3);
        index.Add(extractor.View(["Jordan", "spoke", "."]), [perU, 0, 0]);
        index.Add(extractor.View(["In", "Jordan", "."]), [0, locU, 0]);
        index.Add(extractor.View(["Jordan", "won", "."]), [perU, 0, 0]);
        index.Add(extractor.View(["jordan", "rose", "."]), [0, 0, 0]);
        for (var sentence = 0; sentence < 4; sentence++)
        {
            var counts = index.Others(TaggerHash.Lower("jordan"), sentence, sentence == 1 ? 1 : 0);
            Assert.Equal((counts.MajorityType(), counts.MajorityTag(), counts.DistinctTypes()), counts.Summary());
        }
        var all = index.Others(TaggerHash.Lower("jordan"), 3, 1);
        Assert.Equal((0, perU, 3), all.Summary()); // PER twice, LOC once, O once
    }
}
