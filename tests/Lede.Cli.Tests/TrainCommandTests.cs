using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Cli.Tests;

public class TrainCommandTests
{
    [Fact]
    public void HelpNamesEveryModelItTrainsAndWhereEachIsWritten()
    {
        var root = CliRun.Run("--help").Stdout;
        var line = root.Split('\n').Single(l => l.TrimStart().StartsWith("train", StringComparison.Ordinal));
        Assert.Contains("cue", line, StringComparison.Ordinal);
        Assert.Contains("content", line, StringComparison.Ordinal);
        var help = CliRun.Run("train", "--help").Stdout;
        Assert.Contains("cues-en.bin", help[help.IndexOf("--out", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("content-end-en.bin", help[help.IndexOf("--out", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void TrainsAModelThatTagsWhatItWasTaught()
    {
        using var folder = new PageFolder();
        var people = new[] { ("Marta", "Kowalczyk"), ("Jonas", "Berglund"), ("Amara", "Okafor"), ("Tobias", "Lindqvist") };
        var places = new[] { "Veldhoven", "Tarsonia", "Kelmstad", "Orinport" };
        var lines = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var (first, last) = people[i % people.Length];
            var place = places[i % places.Length];
            lines.Add($"-DOCSTART-###O");
            lines.Add($"{first}###B-PER {last}###I-PER visited###O {place}###B-LOC on###O Monday###O .###O");
            lines.Add($"The###O mayor###O of###O {place}###B-LOC met###O {last}###B-PER .###O");
        }
        var data = folder.Write("train.txt", string.Join('\n', lines));
        var model = Path.Combine(folder.Path, "model.bin");

        var result = CliRun.Run("train", data, "--out", model, "--epochs", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.True(new FileInfo(model).Length > 0);
        using var stream = File.OpenRead(model);
        var tagger = NamedEntityTagger.Load(stream);
        const string text = "Amara Okafor visited Kelmstad on Monday.";
        var mentions = tagger.Tag(text, SentenceSplitter.Split(text));
        Assert.Contains(mentions, m => m.Text == "Amara Okafor" && m.Type == "PER");
        Assert.Contains(mentions, m => m.Text == "Kelmstad" && m.Type == "LOC");
    }

    [Fact]
    public void MissingTrainingFileFailsClearly()
    {
        var result = CliRun.Run("train", "/no/such/train.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file", result.Stderr);
    }

    [Fact]
    public void CueTrainingNeedsAPolnearFolder()
    {
        var result = CliRun.Run("train", "--model", "cues", "/no/such/polnear");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no gold.jsonl", result.Stderr);
    }

    [Fact]
    public void ContentEndTrainingNeedsAPolnearFolder()
    {
        var result = CliRun.Run("train", "--model", "content", "/no/such/polnear");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no gold.jsonl", result.Stderr);
    }
}
