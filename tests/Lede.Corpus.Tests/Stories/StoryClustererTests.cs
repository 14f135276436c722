using Lede.Corpus.Stories;
using Lede.Corpus.Tests.Duplicates;

namespace Lede.Corpus.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 3, 12, 0, 0, TimeSpan.Zero);

    // A second outlet's account of the bridge vote: same event, own wording and headline.
    private const string BridgeVoteRewrite =
        "Cars will no longer be able to use Marlow Bay's old harbor bridge after the city council backed a closure on Tuesday evening. " +
        "Inspectors discovered cracks in three steel supports of the 1958 bridge, and council members voted seven to two to shut it to traffic.\n\n" +
        "Mayor Elena Voss defended the decision, saying she would not gamble with lives. Council member Tomas Reyes opposed the closure " +
        "and warned that the detour through the industrial district would hurt waterfront businesses.\n\n" +
        "Repairs to the harbor bridge supports are expected to last eighteen months. Pedestrians and cyclists may still cross.";

    private static StoryDocument Doc(string id, string headline, string body, DateTimeOffset? date) => new(id, headline, body, date);

    private static StoryDocument Vote(DateTimeOffset? date) =>
        Doc("vote", "Marlow Bay council votes to close cracked harbor bridge", InventedArticles.HarborBridgeVote, date);

    private static StoryDocument Rewrite(DateTimeOffset? date) =>
        Doc("rewrite", "Harbor bridge shut to cars after inspectors find cracks", BridgeVoteRewrite, date);

    private static StoryDocument Orchestra(DateTimeOffset? date) =>
        Doc("orchestra", "Youth orchestra to tour six countries", InventedArticles.OrchestraTour, date);

    [Fact]
    public void RewriteOfTheSameEventJoinsItsStory()
    {
        var c = new StoryClusterer();
        var first = c.Add(Vote(Day));
        Assert.True(first.IsNewStory);
        var second = c.Add(Rewrite(Day.AddHours(4)));
        Assert.False(second.IsNewStory);
        Assert.Equal(first.StoryId, second.StoryId);
        Assert.True(c.Add(Orchestra(Day)).IsNewStory);
    }

    [Fact]
    public void NearDuplicateJoinsEvenWithoutText()
    {
        var c = new StoryClusterer();
        var vote = c.Add(Vote(Day));
        var copy = c.Add(Doc("copy", "Bridge", "", Day.AddDays(3)) with { DuplicateOf = "vote" });
        Assert.Equal(vote.StoryId, copy.StoryId);
        Assert.Equal(1, copy.Score);
    }

    [Fact]
    public void FarApartInTimeNeedsStrongerEvidence()
    {
        var near = new StoryClusterer();
        near.Add(Vote(Day));
        Assert.False(near.Add(Rewrite(Day.AddDays(1))).IsNewStory);

        var far = new StoryClusterer();
        far.Add(Vote(Day));
        Assert.True(far.Add(Rewrite(Day.AddDays(90))).IsNewStory);

        var gate = new StoryClusterer(new StoryClustererOptions { TimePenalty = 0.5 });
        gate.Add(Vote(Day));
        Assert.True(gate.Add(Rewrite(Day.AddDays(20))).IsNewStory);
    }

    [Fact]
    public void ArrivalOrderDoesNotChangeTheGrouping()
    {
        StoryDocument[] docs = [Vote(Day.AddHours(2)), Orchestra(Day), Rewrite(Day)];
        var partitions = new HashSet<string>();
        foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 2, 0] })
        {
            var c = new StoryClusterer();
            foreach (var i in order) c.Add(docs[i]);
            partitions.Add(string.Join("|", c.GetStories().Select(s => string.Join(",", s.Articles.Select(a => a.DocId).Order()))).Split('|').Order().Aggregate((x, y) => x + "|" + y));
        }
        Assert.Equal("orchestra|rewrite,vote", Assert.Single(partitions));
    }

    [Fact]
    public void StoryDescribesArticlesInDateOrderWithEntities()
    {
        var c = new StoryClusterer();
        c.Add(Rewrite(Day.AddHours(5)) with { Source = "Bay Courier" });
        var id = c.Add(Vote(Day) with
        {
            Source = "Wire",
            Entities = [new StoryEntity("Elena Voss", "PER", 2), new StoryEntity("Marlow Bay", "LOC", 3)],
        }).StoryId;
        var story = c.GetStory(id)!;
        Assert.Equal(["vote", "rewrite"], story.Articles.Select(a => a.DocId));
        Assert.Equal("Marlow Bay council votes to close cracked harbor bridge", story.Title);
        Assert.Equal(Day, story.FirstSeen);
        Assert.Equal(Day.AddHours(5), story.LastSeen);
        Assert.Contains(story.TopEntities, e => e.Name == "Elena Voss" && e.Type == "PER");
        // Guessed from capitalisation in the rewrite, confirmed with a type by the analysed article.
        Assert.Contains(story.TopEntities, e => e.Name.Equals("Marlow Bay", StringComparison.OrdinalIgnoreCase) && e.Count == 2 && e.Type == "LOC");
        Assert.Equal(id, c.GetStoryId("rewrite"));
        Assert.Null(c.GetStoryId("nope"));
    }

    [Fact]
    public void SameInputGivesSameIdsAndStateRoundTrips()
    {
        var a = new StoryClusterer();
        var b = new StoryClusterer();
        foreach (var c in new[] { a, b })
        {
            c.Add(Vote(Day));
            c.Add(Orchestra(Day));
        }
        Assert.Equal(a.GetStories(), b.GetStories(), new StoryComparer());

        var restored = StoryClusterer.ImportState(a.ExportState());
        Assert.Equal(a.GetStories(), restored.GetStories(), new StoryComparer());
        var next = restored.Add(Rewrite(Day));
        Assert.Equal(a.GetStoryId("vote"), next.StoryId);
        Assert.Equal(3, restored.Count);
        Assert.Throws<FormatException>(() => StoryClusterer.ImportState([9, 9, 9, 9, 9]));
    }

    [Fact]
    public void AddingAnIdAgainChangesNothing()
    {
        var c = new StoryClusterer();
        var first = c.Add(Vote(Day));
        var again = c.Add(Orchestra(Day) with { DocId = "vote" });
        Assert.Equal(first.StoryId, again.StoryId);
        Assert.Equal(1, c.Count);
    }

    private sealed class StoryComparer : IEqualityComparer<Story>
    {
        public bool Equals(Story? x, Story? y) =>
            x!.Id == y!.Id && x.Title == y.Title && x.Articles.SequenceEqual(y.Articles) && x.TopEntities.SequenceEqual(y.TopEntities)
            && x.FirstSeen == y.FirstSeen && x.LastSeen == y.LastSeen;

        public int GetHashCode(Story obj) => obj.Id.GetHashCode();
    }

    [Fact]
    public void LoneArticleAcceptsAWeakerMatchThanAGrownStory()
    {
        var probe = new StoryClusterer();
        probe.Add(Vote(Day));
        var score = probe.Add(Rewrite(Day.AddHours(2))).Score;
        var options = new StoryClustererOptions { JoinThreshold = score + 0.05, PairJoinThreshold = score - 0.05, TimePenalty = 0 };

        var lone = new StoryClusterer(options);
        var vote = lone.Add(Vote(Day));
        Assert.Equal(vote.StoryId, lone.Add(Rewrite(Day.AddHours(2))).StoryId);

        // The same match against a story that already has two articles must clear the stricter threshold.
        var grown = new StoryClusterer(options);
        grown.Add(Vote(Day));
        grown.Add(Doc("copy", "Bridge", "", Day.AddHours(1)) with { DuplicateOf = "vote" });
        Assert.True(grown.Add(Rewrite(Day.AddHours(2))).IsNewStory);
    }

    [Fact]
    public void EntityNamedByFewOfManyArticlesCountsLess()
    {
        Assert.Equal(1, StoryClusterer.StoryEntityWeight(1, 1));
        Assert.Equal(1, StoryClusterer.StoryEntityWeight(3, 6));
        Assert.True(StoryClusterer.StoryEntityWeight(1, 12) < 0.3);
        Assert.Equal(0, StoryClusterer.StoryEntityWeight(0, 5));
    }
}
