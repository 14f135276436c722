using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

public sealed class ModelSerializationTests
{
    // Invented training text: enough to learn that capitalised words after "met" / "in" are names.
    private static IReadOnlyList<TrainingDocument> Documents()
    {
        static TrainingSentence S(string tagged)
        {
            var parts = tagged.Split(' ');
            return new TrainingSentence(parts.Select(p => p.Split('/')[0]).ToArray(), parts.Select(p => p.Split('/')[1]).ToArray());
        }
        var docs = new List<TrainingDocument>();
        string[] people = ["Ada/B-PER Noor/I-PER", "Tomas/B-PER Lind/I-PER", "Mira/B-PER Holt/I-PER"];
        string[] places = ["Oslo/B-LOC", "Bergen/B-LOC", "Tromso/B-LOC"];
        for (var d = 0; d < 6; d++)
        {
            docs.Add(new TrainingDocument(
            [
                S($"{people[d % 3]} met/O officials/O in/O {places[d % 3]} ./O"),
                S($"The/O Harbour/B-ORG Board/I-ORG said/O {people[(d + 1) % 3].Split(' ')[1].Replace("I-PER", "B-PER")} agreed/O ./O"),
            ]));
        }
        return docs;
    }

    private static readonly NamedEntityTrainingOptions Options = new() { Epochs = 3, Folds = 2, MinFeatureCount = 1, PruneBelow = 0 };

    [Fact]
    public void Written_model_reads_back_with_the_same_weights_and_tags()
    {
        var model = new NamedEntityTrainer(Options).Train(Documents(), log: null);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;
        var loaded = EntityModel.Read(buffer);

        Assert.Equal(model.Casing.Count, loaded.Casing.Count);
        Assert.Equal(model.FirstPass.FeatureCount, loaded.FirstPass.FeatureCount);
        Assert.Equal(model.SecondPass.EntryCount, loaded.SecondPass.EntryCount);
        Assert.Equal(model.FirstPass.Transitions, loaded.FirstPass.Transitions);
        var features = new List<ulong> { model.FirstPass.Keys[0], model.FirstPass.Keys[^1] };
        var expected = new float[EntityTagSet.Count];
        var actual = new float[EntityTagSet.Count];
        model.FirstPass.Score(features.ToArray(), expected);
        loaded.FirstPass.Score(features.ToArray(), actual);
        for (var t = 0; t < expected.Length; t++) Assert.Equal(expected[t], actual[t], 0.01f);

        string[][] sentences = [["Mira", "Holt", "met", "officials", "in", "Bergen", "."], ["The", "Harbour", "Board", "said", "Holt", "agreed", "."]];
        Assert.Equal(new TwoPassTagger(model).Tag(sentences), new TwoPassTagger(loaded).Tag(sentences));
        var tags = new TwoPassTagger(loaded).Tag(sentences);
        Assert.Equal(["B-PER", "L-PER", "O", "O", "O", "U-LOC", "O"], tags[0].Select(EntityTagSet.Name).ToArray());
    }

    [Fact]
    public void Public_train_then_load_round_trip()
    {
        using var buffer = new MemoryStream();
        new NamedEntityTrainer(Options).Train(Documents(), buffer);
        buffer.Position = 0;
        var tagger = NamedEntityTagger.Load(buffer);
        const string text = "Ada Noor met officials in Oslo.";
        var mentions = tagger.Tag(text, Lede.Analysis.Text.SentenceSplitter.Split(text));
        Assert.Contains(mentions, m => m is { Text: "Ada Noor", Type: "PER" });
        Assert.Contains(mentions, m => m is { Text: "Oslo", Type: "LOC" });
    }

    [Fact]
    public void Training_is_deterministic()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        new NamedEntityTrainer(Options).Train(Documents(), a);
        new NamedEntityTrainer(Options).Train(Documents(), b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Garbage_is_rejected()
    {
        Assert.ThrowsAny<InvalidDataException>(() => NamedEntityTagger.Load(new MemoryStream([1, 2, 3, 4, 5])));
        using var notAModel = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(notAModel, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write("hello world, not a model"u8);
        notAModel.Position = 0;
        Assert.ThrowsAny<Exception>(() => NamedEntityTagger.Load(notAModel));
    }

    [Fact]
    public void Invalid_options_are_refused() =>
        Assert.Throws<ArgumentException>(() => new NamedEntityTrainer(new NamedEntityTrainingOptions { Epochs = 0, Folds = 1 }));

    [Fact]
    public void Conll_reader_finds_documents_at_datelines()
    {
        const string text = "HEADLINE###O ONE###O\nOSLO###B-LOC 2001-01-02###O\nAda###B-PER spoke###O .###O\nSECOND###O STORY###O\nBERGEN###B-LOC 2001-01-03###O\nIt###O rained###O .###O\n";
        var docs = NamedEntityTrainer.ReadConll(new StringReader(text));
        Assert.Equal(2, docs.Count);
        Assert.Equal(3, docs[0].Sentences.Count);
        Assert.Equal(["BERGEN", "2001-01-03"], docs[1].Sentences[1].Words);
        Assert.Equal(["B-LOC", "O"], docs[1].Sentences[1].Tags);
    }
}
