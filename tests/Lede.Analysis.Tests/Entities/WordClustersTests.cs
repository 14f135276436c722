using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class WordClustersTests
{
    // Two levels of four: ids 0–15, level-1 cluster = id / 4.
    private const string SmallList = "#clusters levels=2 branching=4 words=5\n# a comment\n0 mbeki\n0 mandela\n1 annan\n9 river\n15 monday\n";

    private static WordClusters Small() => WordClusters.Read(new StringReader(SmallList));

    [Fact]
    public void Words_are_found_whatever_their_case_and_unknown_words_read_zero()
    {
        var clusters = Small();
        Assert.Equal(5, clusters.Count);
        Assert.Equal(2, clusters.Levels);
        Assert.Equal(1, clusters.ClusterOf(TaggerHash.Lower("Mbeki")));
        Assert.Equal(1, clusters.ClusterOf(TaggerHash.Lower("MANDELA")));
        Assert.Equal(10, clusters.ClusterOf(TaggerHash.Lower("river")));
        Assert.Equal(0, clusters.ClusterOf(TaggerHash.Lower("zanzibar")));
    }

    [Fact]
    public void A_coarser_level_reads_the_parent_cluster()
    {
        var clusters = Small();
        var annan = clusters.ClusterOf(TaggerHash.Lower("annan"));
        var mbeki = clusters.ClusterOf(TaggerHash.Lower("mbeki"));
        var monday = clusters.ClusterOf(TaggerHash.Lower("monday"));
        Assert.NotEqual(mbeki, annan);
        Assert.Equal(clusters.AtLevel(mbeki, 1), clusters.AtLevel(annan, 1));
        Assert.NotEqual(clusters.AtLevel(mbeki, 1), clusters.AtLevel(monday, 1));
        Assert.Equal(16, clusters.AtLevel(monday, 2));
        Assert.Equal(4, clusters.AtLevel(monday, 1));
        Assert.Equal(0, clusters.AtLevel(0, 1));
    }

    [Theory]
    [InlineData("0 mbeki\n")]
    [InlineData("#clusters levels=2 branching=4\n16 mbeki\n")]
    [InlineData("#clusters levels=2 branching=4\nmbeki 1\n")]
    [InlineData("#clusters levels=2 branching=4\n1\n")]
    [InlineData("#clusters levels=0 branching=4\n")]
    [InlineData("#clusters levels=5 branching=16\n")]
    public void Malformed_lists_are_refused(string text) =>
        Assert.Throws<InvalidDataException>(() => WordClusters.Read(new StringReader(text)));

    [Fact]
    public void Unseen_names_in_one_cluster_share_features_that_a_word_of_another_cluster_lacks()
    {
        var extractor = new FeatureExtractor(CasingLexicon.Harvest([]), NameGazetteer.Empty, Small());
        HashSet<ulong> Features(string word)
        {
            var output = new List<ulong>();
            FeatureExtractor.Local(extractor.View(["President", word, "spoke"]), 1, output);
            return [.. output];
        }
        var shared = Features("Mbeki").Intersect(Features("Mandela")).Count();
        var withRiver = Features("Mbeki").Intersect(Features("River")).Count();
        Assert.True(shared > withRiver, $"{shared} features shared with a word of the same cluster, {withRiver} with one of another");
        // Without clusters the two names share only what their shape and context give.
        var plain = new FeatureExtractor(CasingLexicon.Harvest([]), NameGazetteer.Empty);
        HashSet<ulong> PlainFeatures(string word)
        {
            var output = new List<ulong>();
            FeatureExtractor.Local(plain.View(["President", word, "spoke"]), 1, output);
            return [.. output];
        }
        Assert.True(shared > PlainFeatures("Mbeki").Intersect(PlainFeatures("Mandela")).Count());
    }

    [Fact]
    public void The_shipped_list_groups_words_by_what_they_name()
    {
        var clusters = WordClusters.Default;
        Assert.True(clusters.Count > 300_000, $"{clusters.Count} words");
        int Of(string word) => clusters.ClusterOf(TaggerHash.Lower(word));
        Assert.Equal(Of("tuesday"), Of("monday"));
        Assert.NotEqual(0, Of("nairobi"));
        Assert.NotEqual(Of("monday"), Of("nairobi"));
        Assert.Equal(clusters.AtLevel(Of("tuesday"), 1), clusters.AtLevel(Of("friday"), 1));
    }

    [Fact]
    public void A_model_is_not_read_with_a_cluster_list_other_than_the_one_it_was_trained_with()
    {
        var trained = new NamedEntityTrainer(new NamedEntityTrainingOptions { Epochs = 1, Folds = 2, MinFeatureCount = 1, AveragedModels = 1 })
            .Train([new TrainingDocument([new TrainingSentence(["Ada", "spoke", "."], ["B-PER", "O", "O"])])], log: null);
        Assert.Same(WordClusters.Default, trained.Clusters);
        var mismatched = new EntityModel(trained.Casing, trained.Gazetteer, trained.FirstPass, trained.SecondPass, Small());
        using var buffer = new MemoryStream();
        mismatched.Write(buffer);
        buffer.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => EntityModel.Read(buffer));
        Assert.Contains("retrain", error.Message);

        using var good = new MemoryStream();
        trained.Write(good);
        good.Position = 0;
        Assert.Same(WordClusters.Default, EntityModel.Read(good).Clusters);
    }
}
