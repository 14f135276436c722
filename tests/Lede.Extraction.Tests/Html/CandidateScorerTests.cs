using Lede.Extraction.Html;

namespace Lede.Extraction.Tests.Html;

public class CandidateScorerTests
{
    [Fact]
    public void ParagraphRichContainerBeatsLinkHeavySidebar()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"rail\"><ul>" + string.Concat(Enumerable.Range(1, 20).Select(i => $"<li><a href=\"/s{i}\">Another headline number {i} about the valley, the weather and the apples</a></li>")) + "</ul></div>" +
            "<div id=\"story\">" + ExtractionHarness.Story + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("story", Assert.Single(chosen).Element!.Id);
    }

    [Fact]
    public void CommasAndLengthRaiseTheScore()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div id=\"short\"><p>A short note without much in it at all, really.</p></div>" +
            "<div id=\"long\">" + ExtractionHarness.Story + "</div></body>");
        var candidates = CandidateScorer.Score(tree, ExtractionFlags.All);
        var shortScore = candidates.First(c => c.Element!.Id == "short").Score;
        var longScore = candidates.First(c => c.Element!.Id == "long").Score;
        Assert.True(longScore > shortScore * 2, $"long {longScore} vs short {shortScore}");
    }

    [Fact]
    public void NamedBodyContainerIsTrustedOverAScoredNeighbour()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"promo-text\">" + ExtractionHarness.Story + "</div>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story.Replace("orchard", "vineyard", StringComparison.Ordinal) + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal("article-body", Assert.Single(chosen).Element!.ClassName);
    }

    [Fact]
    public void StorySplitByAnAdKeepsBothHalves()
    {
        var tree = ExtractionHarness.Tree(
            "<body><div class=\"article-body\">" + ExtractionHarness.Story + "</div><div class=\"ad\">Advertisement</div>" +
            "<div class=\"article-body\">" + ExtractionHarness.Story.Replace("orchard", "mill", StringComparison.Ordinal) + "</div></body>");
        var chosen = CandidateScorer.Choose(tree, ExtractionFlags.All, null);
        Assert.Equal(2, chosen.Count);
    }

    [Fact]
    public void UnlikelySubtreesAreLeftOutOnlyWhileStrict()
    {
        var tree = ExtractionHarness.Tree("<body><div class=\"comments\">" + ExtractionHarness.Story + "</div></body>");
        Assert.DoesNotContain(CandidateScorer.Score(tree, ExtractionFlags.All), c => c.Element!.ClassName == "comments");
        Assert.Contains(CandidateScorer.Score(tree, ExtractionFlags.None), c => c.Element!.ClassName == "comments");
    }
}
