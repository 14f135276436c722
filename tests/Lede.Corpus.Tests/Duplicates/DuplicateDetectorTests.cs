using Lede.Corpus.Duplicates;

namespace Lede.Corpus.Tests.Duplicates;

public sealed class DuplicateDetectorTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 3, 12, 0, 0, TimeSpan.Zero);

    private static string[] Paragraphs(string text) => text.Split("\n\n");

    [Fact]
    public void ExactCopyWithDifferentCaseAndPunctuationIsExact()
    {
        var d = new DuplicateDetector();
        Assert.Null(d.Add("a", InventedArticles.HarborBridgeVote, Day));
        var copy = InventedArticles.HarborBridgeVote.ToUpperInvariant().Replace("\"", "\u201C").Replace("\n\n", "\n");
        var match = d.Add("b", copy, Day.AddHours(1));
        Assert.NotNull(match);
        Assert.Equal(DuplicateKind.Exact, match.Kind);
        Assert.Equal("a", match.MatchedDocId);
        Assert.Equal("a", match.GroupId);
    }

    [Fact]
    public void ChangedDatelineAndTrimmedLastParagraphsStillMatch()
    {
        var d = new DuplicateDetector();
        d.Add("wire", InventedArticles.HarborBridgeVote, Day);
        var paragraphs = Paragraphs(InventedArticles.HarborBridgeVote);
        var edited = string.Join("\n\n", paragraphs[..^2]).Replace("MARLOW BAY (AP) —", "Marlow Bay —");
        var match = d.Add("site", edited, Day.AddHours(3));
        Assert.NotNull(match);
        Assert.Equal(DuplicateKind.Near, match.Kind);
        Assert.True(match.Containment >= 0.8, $"containment {match.Containment}");
    }

    [Fact]
    public void InsertedBoilerplateAndCopyEditsStillMatch()
    {
        var d = new DuplicateDetector();
        d.Add("wire", InventedArticles.HarborBridgeVote, Day);
        var paragraphs = Paragraphs(InventedArticles.HarborBridgeVote).ToList();
        paragraphs.Insert(2, "ADVERTISEMENT");
        paragraphs.Insert(4, "Sign up for our morning newsletter to get the day's top stories in your inbox.");
        var edited = string.Join("\n\n", paragraphs)
            .Replace("voted 7-2 on Tuesday", "voted 7 to 2 on Tuesday evening")
            .Replace("told reporters", "said");
        var match = d.Add("site", edited, Day);
        Assert.NotNull(match);
        Assert.Equal("wire", match.MatchedDocId);
    }

    [Fact]
    public void UpdatedVersionWithAddedParagraphMatches()
    {
        var d = new DuplicateDetector();
        d.Add("v1", InventedArticles.HarborBridgeVote, Day);
        var updated = InventedArticles.HarborBridgeVote +
            "\n\nLate on Tuesday, the state transport minister said she would visit the bridge on Thursday and promised a decision on emergency funding within a week.";
        Assert.NotNull(d.Add("v2", updated, Day.AddHours(5)));
    }

    [Fact]
    public void SameTopicDifferentEventDoesNotMatch()
    {
        var d = new DuplicateDetector();
        d.Add("vote", InventedArticles.HarborBridgeVote, Day);
        Assert.Null(d.Add("protest", InventedArticles.HarborBridgeProtest, Day.AddDays(4)));
        Assert.Null(d.Add("orchestra", InventedArticles.OrchestraTour, Day));
        Assert.Empty(d.GetGroups());
    }

    [Fact]
    public void ShortTextsNeverMatch()
    {
        var d = new DuplicateDetector();
        Assert.Null(d.Add("a", "Photo gallery: the week in pictures", Day));
        Assert.Null(d.Add("b", "Photo gallery: the week in pictures", Day));
        Assert.Null(d.Add("c", "", null));
        Assert.Null(d.Add("d", "", null));
        Assert.Empty(d.GetGroups());
    }

    [Fact]
    public void GroupNamesEarliestVersionByDateThenInsertion()
    {
        var d = new DuplicateDetector();
        var text = InventedArticles.HarborBridgeVote;
        d.Add("late", text, Day.AddDays(1));
        d.Add("undated", text + " Extra line.", null);
        d.Add("early", text.Replace("(AP) ", ""), Day);
        d.Add("early-too", text, Day);
        var group = Assert.Single(d.GetGroups());
        Assert.Equal("late", group.Id);
        Assert.Equal("early", group.EarliestDocId);
        Assert.Equal(["late", "undated", "early", "early-too"], group.Members.Select(m => m.DocId));
        Assert.Null(group.Members[0].Match);
        Assert.Equal("late", d.GetGroupId("early"));
        Assert.Null(d.GetGroupId("unknown"));
    }

    [Fact]
    public void AddingAnIdAgainReturnsTheFirstAnswerAndAddsNothing()
    {
        var d = new DuplicateDetector();
        d.Add("a", InventedArticles.HarborBridgeVote, Day);
        var first = d.Add("b", InventedArticles.HarborBridgeVote, Day);
        var again = d.Add("b", InventedArticles.OrchestraTour, Day);
        Assert.Equal(first, again);
        Assert.Equal(2, d.Count);
    }

    [Fact]
    public void ExportedStateRestoresGroupsAndKeepsMatching()
    {
        var d = new DuplicateDetector();
        d.Add("a", InventedArticles.HarborBridgeVote, Day);
        d.Add("b", InventedArticles.HarborBridgeVote.Replace("MARLOW BAY (AP) —", "Marlow Bay —"), new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2)));
        d.Add("c", InventedArticles.OrchestraTour, null);

        var restored = DuplicateDetector.ImportState(d.ExportState());
        Assert.Equal(3, restored.Count);
        var group = Assert.Single(restored.GetGroups());
        Assert.Equal(Assert.Single(d.GetGroups()), group with { Members = group.Members }, new GroupComparer());
        Assert.Equal("b", group.EarliestDocId);
        Assert.Equal(TimeSpan.FromHours(2), group.Members[1].Published!.Value.Offset);

        var match = restored.Add("d", InventedArticles.OrchestraTour + " Tickets go on sale in May.", null);
        Assert.NotNull(match);
        Assert.Equal("c", match.MatchedDocId);
    }

    [Fact]
    public void StateWithOtherHashSettingsIsRejected()
    {
        var d = new DuplicateDetector(new DuplicateDetectorOptions { ShingleSize = 3 });
        d.Add("a", InventedArticles.HarborBridgeVote, Day);
        Assert.Throws<FormatException>(() => DuplicateDetector.ImportState(d.ExportState()));
        Assert.Throws<FormatException>(() => DuplicateDetector.ImportState([1, 2, 3]));
    }

    [Fact]
    public void SignatureBytesRoundTripAndFeedAdd()
    {
        var d = new DuplicateDetector();
        var sig = d.ComputeSignature(InventedArticles.HarborBridgeVote);
        var back = DuplicateSignature.FromBytes(sig.ToBytes());
        Assert.Equal(sig.ToBytes(), back.ToBytes());
        Assert.Equal(sig.WordCount, back.WordCount);
        d.Add("a", back, Day);
        Assert.Equal(DuplicateKind.Exact, d.Add("b", InventedArticles.HarborBridgeVote, Day)!.Kind);
        Assert.Throws<FormatException>(() => DuplicateSignature.FromBytes(sig.ToBytes().AsSpan(0, 30)));
    }

    [Fact]
    public void InvalidOptionsAreListedTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => new DuplicateDetector(new DuplicateDetectorOptions { HashCount = 100, RowsPerBand = 3, MinWords = 0 }));
        Assert.Contains("multiple of RowsPerBand", e.Message);
        Assert.Contains("MinWords", e.Message);
    }

    [Fact]
    public void OriginalArrivingAfterTwoDifferentCopiesMergesTheirGroups()
    {
        var paragraphs = Paragraphs(InventedArticles.HarborBridgeVote);
        // Each copy keeps a different half: they barely overlap each other, but each is contained in the original.
        var front = string.Join("\n\n", paragraphs[..4]);
        var back = string.Join("\n\n", paragraphs[2..]);
        var d = new DuplicateDetector();
        Assert.Null(d.Add("front", front, Day.AddHours(2)));
        Assert.Null(d.Add("back", back, Day.AddHours(3)));
        var match = d.Add("original", InventedArticles.HarborBridgeVote, Day);
        Assert.NotNull(match);
        Assert.Equal("front", match.GroupId);
        Assert.Equal(["back"], match.MergedGroupIds);
        var group = Assert.Single(d.GetGroups());
        Assert.Equal(["front", "back", "original"], group.Members.Select(m => m.DocId));
        Assert.Equal("original", group.EarliestDocId);
        Assert.Equal("front", d.GetGroupId("back"));

        var restored = DuplicateDetector.ImportState(d.ExportState());
        Assert.Equal("front", restored.GetGroupId("back"));
        Assert.Equal(group.Members, Assert.Single(restored.GetGroups()).Members);
    }

    private sealed class GroupComparer : IEqualityComparer<DuplicateGroup>
    {
        public bool Equals(DuplicateGroup? x, DuplicateGroup? y) =>
            x!.Id == y!.Id && x.EarliestDocId == y.EarliestDocId && x.Members.SequenceEqual(y.Members);

        public int GetHashCode(DuplicateGroup obj) => obj.Id.GetHashCode();
    }
}
