using Lede.Corpus.Ingest;

namespace Lede.Corpus.Tests.Ingest;

public sealed class FilesLeftAloneTests
{
    [Fact]
    public void AWalkCountsThePicturesItLeavesAloneAndNamesTheFirst()
    {
        var folder = Directory.CreateTempSubdirectory("lede-left-alone-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "story.html"), "<p>A page.</p>");
            foreach (var name in new[] { "b.jpg", "a.png", "c.css" }) File.WriteAllText(Path.Combine(folder.FullName, name), "x");
            var leftAlone = new FilesLeftAlone();
            var inputs = IngestInputExpander.Expand([folder.FullName], leftAlone);
            Assert.Single(inputs);
            Assert.Equal(3, leftAlone.Count);
            Assert.Equal(Path.Combine(folder.FullName, "a.png"), leftAlone.First);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void NothingLeftAloneNamesNoFile() => Assert.Null(new FilesLeftAlone().First);
}
