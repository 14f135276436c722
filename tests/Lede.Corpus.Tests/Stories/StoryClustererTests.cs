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
    public void AnalysedEntitiesAreShownButDoNotChangeTheStories()
    {
        var plain = new StoryClusterer();
        var analysed = new StoryClusterer();
        StoryEntity[] entities = [new("Elena Voss", "PER", 2), new("Marlow Bay", "LOC", 3), new("Harbour Authority", "ORG", 9)];
        foreach (var doc in new[] { Vote(Day), Rewrite(Day.AddHours(5)), Orchestra(Day.AddHours(6)) })
        {
            var a = plain.Add(doc);
            var b = analysed.Add(doc with { Entities = entities });
            Assert.Equal((a.StoryId, a.IsNewStory, a.Score), (b.StoryId, b.IsNewStory, b.Score));
        }
        string Partition(StoryClusterer c) => string.Join("|", c.GetStories().Select(s => string.Join(",", s.Articles.Select(a => a.DocId).Order())).Order());
        Assert.Equal(Partition(plain), Partition(analysed));
        var story = analysed.GetStories().First(s => s.Articles.Any(a => a.DocId == "vote"));
        // The analysis's names, not the words guessed from capitals: "Harbour Authority" is in neither text.
        Assert.Equal([("Harbour Authority", "ORG", 2), ("Marlow Bay", "LOC", 2), ("Elena Voss", "PER", 2)],
            story.TopEntities.Select(e => (e.Name, e.Type, e.Count)));
        Assert.All(plain.GetStories().SelectMany(s => s.TopEntities), e => Assert.Null(e.Type));
    }

    [Fact]
    public void StoryShowsTheAnalysisFullNamesByArticlesThenMentionsWithNationalityWordsLast()
    {
        var c = new StoryClusterer();
        var id = c.Add(Vote(Day) with
        {
            Entities =
            [
                new("Democratic", "MISC", 9), new("Donald Trump", "PER", 3), new("The New York Times", "ORG", 1),
                new("Affordable Care Act", "MISC", 2),
            ],
        }).StoryId;
        c.Add(Rewrite(Day.AddHours(5)) with
        {
            DuplicateOf = "vote",
            Entities = [new("Democratic", "MISC", 4), new("Ohio", "LOC", 4), new("Donald  Trump", "PER", 1), new("Trump", "PER", 2)],
        });
        var names = c.GetStory(id)!.TopEntities.Select(e => (e.Name, e.Type, e.Count)).ToList();
        Assert.Equal(
            [
                ("Donald Trump", "PER", 2), ("Ohio", "LOC", 1), ("Affordable Care Act", "MISC", 1), ("The New York Times", "ORG", 1),
                ("Democratic", "MISC", 2),
            ],
            names);
        // Names guessed from the texts' capitals are not shown for analysed articles.
        Assert.DoesNotContain(names, n => n.Name is "Marlow Bay" or "Tomas Reyes");
    }

    [Fact]
    public void ANameShowsTheTypeMostOfTheStoryArticlesGiveIt()
    {
        var c = new StoryClusterer();
        var id = c.Add(Vote(Day) with { Entities = [new("Charlotte", "PER", 5)] }).StoryId;
        c.Add(Rewrite(Day.AddHours(1)) with { DuplicateOf = "vote", Entities = [new("Charlotte", "LOC", 1)] });
        c.Add(Orchestra(Day.AddHours(2)) with { DuplicateOf = "vote", Entities = [new("charlotte", "LOC", 1)] });
        Assert.Equal([("Charlotte", "LOC", 3)], c.GetStory(id)!.TopEntities.Select(e => (e.Name, e.Type, e.Count)));
    }

    [Fact]
    public void ANameWithAndWithoutAMiddleInitialIsOneName()
    {
        var c = new StoryClusterer();
        var id = c.Add(Vote(Day) with { Entities = [new("Donald J. Trump", "PER", 2), new("J. Smith", "PER", 1)] }).StoryId;
        c.Add(Rewrite(Day.AddHours(1)) with { DuplicateOf = "vote", Entities = [new("Donald Trump", "PER", 1), new("Smith", "PER", 1)] });
        Assert.Equal([("Donald J. Trump", "PER", 2), ("J. Smith", "PER", 1)], c.GetStory(id)!.TopEntities.Select(e => (e.Name, e.Type, e.Count)));
    }

    [Fact]
    public void ArticlesWithoutAnalysisShowTheirGuessedNames()
    {
        var c = new StoryClusterer(new StoryClustererOptions { TopEntityCount = 40 });
        var id = c.Add(Vote(Day) with { Entities = [new("Elena Voss", "PER", 2), new("Harbour Authority", "ORG", 1)] }).StoryId;
        c.Add(Rewrite(Day.AddHours(5)) with { DuplicateOf = "vote" });
        c.Add(Orchestra(Day.AddHours(6)) with { DuplicateOf = "vote", Entities = [] });
        var names = c.GetStory(id)!.TopEntities;
        // The unanalysed rewrite names Elena Voss too: guessed and analysed, one name over two articles.
        Assert.Contains(names, e => e is { Name: "Elena Voss", Type: "PER", Count: 2 });
        Assert.Contains(names, e => e is { Name: "Tomas Reyes", Type: null, Count: 1 });
        Assert.Contains(names, e => e is { Name: "Harbour Authority", Type: "ORG", Count: 1 });
        // An analysis that found no name (a language its models do not read) leaves the guessed names too.
        Assert.Contains(names, e => InventedArticles.OrchestraTour.Contains(e.Name, StringComparison.Ordinal) && e.Type is null && e.Name != "Elena Voss");
    }

    [Fact]
    public void ShownNamesSurviveTheStateAndAnOlderStateStillLoads()
    {
        var c = new StoryClusterer();
        c.Add(Vote(Day) with { Entities = [new("Elena Voss", "PER", 2), new("Harbour Authority", "ORG", 1)] });
        c.Add(Rewrite(Day.AddHours(5)) with { DuplicateOf = "vote", Entities = [new("Harbour Authority", "ORG", 3)] });
        var state = c.ExportState();
        var restored = StoryClusterer.ImportState(state, c.Options);
        Assert.Equal(c.GetStories(), restored.GetStories(), new StoryComparer());
        Assert.Equal(state, restored.ExportState());
        Assert.Equal("Harbour Authority", restored.GetStories().Single().TopEntities[0].Name);

        // A version 4 state (before the analysis's names were kept): one article, its guessed name typed by the analysis.
        using var old = new MemoryStream();
        using (var w = new BinaryWriter(old, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(0x4C445354u);
            w.Write(4);
            w.Write(1); w.Write("bridge"); w.Write(1);                          // terms: term, document frequency
            w.Write(1); w.Write("Elena Voss"); w.Write(true); w.Write("PER"); w.Write(1); // names: name, type, document frequency
            w.Write(1); w.Write("s1"); w.Write(-1); w.Write(false);           // stories: id, merged into, made by anchors
            w.Write(1);                                                       // articles
            w.Write("a1"); w.Write(true); w.Write("Bridge shut"); w.Write(false); w.Write(false); w.Write(false);
            w.Write(0); w.Write(0.0);                                         // story, score
            w.Write(1); w.Write(0); w.Write(1f); w.Write7BitEncodedInt(1);    // terms: id, weight, count
            w.Write(1); w.Write(0);                                           // names
            w.Write7BitEncodedInt(1); w.Write7BitEncodedInt(0);               // opening's terms
        }
        var loaded = StoryClusterer.ImportState(old.ToArray());
        Assert.Equal([("Elena Voss", "PER", 1)], loaded.GetStory("s1")!.TopEntities.Select(e => (e.Name, e.Type, e.Count)));
        // Written again, it is a current state that reads back the same.
        Assert.Equal(loaded.GetStories(), StoryClusterer.ImportState(loaded.ExportState()).GetStories(), new StoryComparer());
    }

    // German capitalises every noun: an invented report whose nouns must not read as the story's names.
    private const string GermanReport =
        "Die Stadtwerke in Marlow Bay haben am Dienstag die Sanierung der Brücke gestoppt. Bürgermeisterin Elena Voss sagte, " +
        "die Kosten seien zu hoch. Im Herbst will Voss einen neuen Plan vorlegen. Die Förderung durch die EU bleibt bestehen, " +
        "die Sanierung der Brücke soll später folgen. Die Corona-Pandemie habe die Kosten der Sanierung erhöht. " +
        "Ein Sprecher der KfW-Bank nannte keine Zahlen.";

    [Fact]
    public void GermanNounsAreNotTakenForNames()
    {
        var german = new StoryClusterer();
        var id = german.Add(new StoryDocument("de", "Sanierung gestoppt", GermanReport, Day) { Language = "de-DE" }).StoryId;
        var names = german.GetStory(id)!.TopEntities.Select(e => e.Name).ToList();
        Assert.Contains("Elena Voss", names);
        Assert.DoesNotContain("Voss", names);   // a word of a longer name the article writes: shown as that name
        Assert.Contains("EU", names);     // written like an acronym
        Assert.DoesNotContain("Sanierung", names);
        Assert.DoesNotContain("Brücke", names);
        Assert.DoesNotContain("Corona-Pandemie", names);
        Assert.DoesNotContain("KfW-Bank", names);
        Assert.Contains("KfW", names);    // the acronym a compound opens with

        // The same text without a language is read as English capitalisation would be.
        var unknown = new StoryClusterer();
        var plainId = unknown.Add(new StoryDocument("de", "Sanierung gestoppt", GermanReport, Day)).StoryId;
        Assert.Contains("Sanierung", unknown.GetStory(plainId)!.TopEntities.Select(e => e.Name));
    }

    [Fact]
    public void TheWordIIsNoName()
    {
        var c = new StoryClusterer();
        var id = c.Add(Doc("essay", "Ferries", "Tomas Reyes wants more ferries. Maybe I am wrong, but the pier needs work, said Tomas Reyes.", Day)).StoryId;
        var names = c.GetStory(id)!.TopEntities.Select(e => e.Name).ToList();
        Assert.Contains("Tomas Reyes", names);
        Assert.DoesNotContain(names, n => n.Split(' ').Contains("I"));
    }

    [Fact]
    public void NamesTiedOnArticlesAreOrderedByHowOftenAnArticleGivesThem()
    {
        var c = new StoryClusterer(new StoryClustererOptions { TopEntityCount = 2 });
        var body = "Quentin Albers opened the Zephyr Hall on Monday. Albers said Zephyr Hall would host concerts. " +
            "Quentin Albers thanked the donors. Quentin Albers will speak again on Friday.";
        var id = c.Add(Doc("hall", "Concert hall opens", body, Day)).StoryId;
        Assert.Equal(["Quentin Albers", "Zephyr Hall"], c.GetStory(id)!.TopEntities.Select(e => e.Name));
    }

    [Fact]
    public void PublicationsAreNamedAsReadersKnowThem()
    {
        var page = new Lede.Extraction.Model.NewsArticle { Url = "https://www.example.org/news/1.html", Source = "/data/pages/1.html.gz" };
        Assert.Equal("example.org", PublicationName.Of(page));
        Assert.Equal("Harbour Gazette", PublicationName.Of(page with { SiteName = "Harbour Gazette" }));
        Assert.Equal("story-17.txt", PublicationName.Of(new Lede.Extraction.Model.NewsArticle { Source = "/data/pages/2016/story-17.txt" }));
        Assert.Equal("news.example.org", PublicationName.Of(new Lede.Extraction.Model.NewsArticle { Source = "http://news.example.org/a" }));
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
    public void ArticleCloseToOneMemberJoinsThroughTheNearestArticleLinkOnlyWhenItIsOn()
    {
        // The bridge vote is put into the orchestra story (as a copy would be), so the story's centroid is a blur of
        // two unrelated texts; the thresholds for centroids are out of reach, so only the link to one member can join.
        static StoryClusterer Blurred(double nearest)
        {
            var c = new StoryClusterer(new StoryClustererOptions
            {
                JoinThreshold = 2, PairJoinThreshold = 2, MergeThreshold = 2, TimePenalty = 0, NearestArticleThreshold = nearest,
            });
            c.Add(Orchestra(Day));
            c.Add(Vote(Day) with { DuplicateOf = "orchestra" });
            return c;
        }

        var on = Blurred(0.05);
        var joined = on.Add(Rewrite(Day.AddHours(3)));
        Assert.False(joined.IsNewStory);
        Assert.Equal(on.GetStoryId("vote"), joined.StoryId);

        var off = Blurred(2);
        Assert.True(off.Add(Rewrite(Day.AddHours(3))).IsNewStory);

        // The per-term article index is rebuilt from restored state, so a restored clusterer links the same way.
        var state = Blurred(0.05).ExportState();
        var restored = StoryClusterer.ImportState(state, on.Options);
        Assert.Equal(state, restored.ExportState());
        Assert.Equal(restored.GetStoryId("vote"), restored.Add(Rewrite(Day.AddHours(3))).StoryId);
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

    // Invented city news spread over two months: the background against which one week's words burst.
    private static IEnumerable<StoryDocument> Background()
    {
        string[] subjects = ["library opening hours", "tram timetable", "park benches", "street lighting", "recycling depot", "market stalls", "museum tickets", "school lunches"];
        string[] verbs = ["reviews", "extends", "cuts", "repaints", "moves", "prices", "surveys", "replaces"];
        for (var i = 0; i < 48; i++)
        {
            var subject = subjects[i % subjects.Length];
            var verb = verbs[i * 5 % verbs.Length];
            yield return Doc($"bg{i}", $"Dunmore {verb} its {subject}",
                $"The town of Dunmore {verb} the {subject} this season, officials of district {i % 7} explained. " +
                $"Residents of ward {i % 5} were consulted about the {subject} and most welcomed the plan.",
                Day.AddDays(-30 + i));
        }
    }

    private static StoryDocument Flood(string id, string headline, string body, double days) => Doc(id, headline, body, Day.AddDays(days));

    /// <summary>The background, then a three-article flood story: its id and what the second article's join gave.</summary>
    private static (string StoryId, StoryAssignment Pair) GrowFloodStory(StoryClusterer c)
    {
        foreach (var d in Background()) c.Add(d);
        var story = c.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
            "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0)).StoryId;
        var pair = c.Add(Flood("f2", "Brannock counts the cost of the Kessel flood",
            "Insurers began visiting Brannock homes flooded when the Kessel levee failed. Shop owners along the river cleared mud.", 1));
        c.Add(Flood("f3", "Engineers inspect failed Kessel levee",
            "State engineers walked the broken levee on the Kessel and said the flood had scoured its base.", 1.5));
        return (story, pair);
    }

    [Fact]
    public void WordsThatBurstInTheSameDaysRaiseTheScoreOfAnotherAccount()
    {
        // Low thresholds, no time penalty: every flood article joins the flood story, and the score it joins with is
        // what bursts change. "Kessel", "levee" and "flood" crowd these days and nowhere else in the corpus.
        double SecondOutletScore(double burstWeight)
        {
            var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.01, PairJoinThreshold = 0.01, TimePenalty = 0, BurstWeight = burstWeight });
            var (story, _) = GrowFloodStory(c);
            var account = c.Add(Flood("f4", "Families rescued by boat as levee fails",
                "Rescuers in boats reached families in Brannock after the Kessel flood broke a levee overnight.", 0.5));
            Assert.Equal(story, account.StoryId);
            return account.Score;
        }
        Assert.True(SecondOutletScore(0.5) > SecondOutletScore(0) + 0.02);
    }

    [Fact]
    public void CentroidWeighedByTodaysBurstsRaisesTheScoreOfALaterAccount()
    {
        // The first flood report arrived before "Kessel", "levee" and "flood" burst, so its weights undervalue them; with
        // the option on, the story's side weighs them by their burst as known when the fourth account arrives.
        double FourthAccountScore(StoryClusterer c)
        {
            var (story, _) = GrowFloodStory(c);
            var account = c.Add(Flood("f4", "Families rescued by boat as levee fails",
                "Rescuers in boats reached families in Brannock after the Kessel flood broke a levee overnight.", 0.5));
            Assert.Equal(story, account.StoryId);
            return account.Score;
        }
        var options = new StoryClustererOptions { JoinThreshold = 0.01, PairJoinThreshold = 0.01, TimePenalty = 0, CentroidBurstsNow = false };
        var off = FourthAccountScore(new StoryClusterer(options));
        var on = FourthAccountScore(new StoryClusterer(options with { CentroidBurstsNow = true }));
        Assert.True(on > off + 0.02, $"on {on}, off {off}");

        // Without bursts there is nothing to re-weigh: the option changes nothing.
        var flat = options with { BurstWeight = 0 };
        Assert.Equal(FourthAccountScore(new StoryClusterer(flat)), FourthAccountScore(new StoryClusterer(flat with { CentroidBurstsNow = true })), 9);
    }

    [Fact]
    public void CentroidWeighedByTodaysBurstsOnlyForAStoryOfTheSameDays()
    {
        // A council report on the Kessel levee, then three flood reports that make "kessel" and "levee" burst (too
        // different from the report to join it), then a second copy of the report. Published the day before the flood,
        // the report's story is re-weighed by the flood's bursts; three weeks earlier, it used the words for another
        // happening and keeps its weights.
        double CopyScore(double reportDay, bool burstsNow)
        {
            var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.85, PairJoinThreshold = 0.85, TimePenalty = 0, CentroidBurstsNow = burstsNow });
            foreach (var d in Background()) c.Add(d);
            const string headline = "Council approves Kessel levee repairs";
            const string body = "Dunmore council approved repairs to the Kessel levee after an inspection found cracks in its wall.";
            var report = c.Add(Flood("r1", headline, body, reportDay)).StoryId;
            c.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
                "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0));
            c.Add(Flood("f2", "Brannock counts the cost of the Kessel flood",
                "Insurers began visiting Brannock homes flooded when the Kessel levee failed. Shop owners along the river cleared mud.", 1));
            c.Add(Flood("f3", "Engineers inspect failed Kessel levee",
                "State engineers walked the broken levee on the Kessel and said the flood had scoured its base.", 1.5));
            Assert.NotEqual(report, c.GetStoryId("f1"));
            var copy = c.Add(Flood("r2", headline, body, 1.5));
            Assert.Equal(report, copy.StoryId);
            return copy.Score;
        }
        Assert.True(CopyScore(-1, burstsNow: true) > CopyScore(-1, burstsNow: false) + 0.02);
        Assert.Equal(CopyScore(-21, burstsNow: false), CopyScore(-21, burstsNow: true), 9);
    }

    [Fact]
    public void RestoredStateScoresWithTodaysBurstsAsTheUninterruptedClustererDoes()
    {
        // The weights before bursts are stored (state version 3), so the restored centroid is re-weighed the same way.
        var options = new StoryClustererOptions { JoinThreshold = 0.01, PairJoinThreshold = 0.01, TimePenalty = 0, CentroidBurstsNow = true };
        var whole = new StoryClusterer(options);
        GrowFloodStory(whole);
        var restored = StoryClusterer.ImportState(whole.ExportState(), options);
        var next = Flood("f4", "Families rescued by boat as levee fails",
            "Rescuers in boats reached families in Brannock after the Kessel flood broke a levee overnight.", 0.5);
        var a = whole.Add(next);
        var b = restored.Add(next);
        Assert.Equal(a.StoryId, b.StoryId);
        Assert.Equal(a.Score, b.Score, 9);
    }

    [Fact]
    public void AnUndatedArticleNeedsTheEvidenceOfOneADayApart()
    {
        // With a steep time penalty, a same-day account joins the first report, while the same account without a date
        // needs the score of one published a day apart, which it does not reach; counted as the same day, it joins.
        bool Joins(DateTimeOffset? published, double undatedGap)
        {
            var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.2, PairJoinThreshold = 0.2, TimePenalty = 1, UndatedGapDays = undatedGap, BurstWeight = 0 });
            foreach (var d in Background()) c.Add(d);
            var first = c.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
                "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes.", 0)).StoryId;
            var account = c.Add(new StoryDocument("f2", "Brannock homes flooded as Kessel levee breaks",
                "Forty homes in Brannock flooded overnight when the Kessel river broke through its levee.", published));
            return account.StoryId == first;
        }
        Assert.True(Joins(Day.AddHours(3), undatedGap: 1));
        Assert.False(Joins(null, undatedGap: 1));
        Assert.True(Joins(null, undatedGap: 0));
    }

    [Fact]
    public void ABurstThatOneArticleSharesCountsLessThanOneThatSeveralShare()
    {
        // The burst's log-ratio is scaled by k / (k + support), k the articles of the days around that keep the word:
        // one flood report makes "kessel" burst at half strength, three at three quarters; support 0 counts both in full.
        (double One, double Three) Excess(double support)
        {
            var c = new StoryClusterer(new StoryClustererOptions { BurstSupport = support, BurstWeight = 1 });
            foreach (var d in Background()) c.Add(d);
            c.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
                "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes.", 0));
            var one = c.BurstOf("kessel", Day.AddDays(1)) - 1;
            c.Add(Flood("f2", "Brannock counts the cost of the Kessel flood", "Insurers visited Brannock homes the Kessel flooded.", 0.5));
            c.Add(Flood("f3", "Engineers inspect failed Kessel levee", "State engineers walked the broken levee on the Kessel.", 0.5));
            return (one, c.BurstOf("kessel", Day.AddDays(1)) - 1);
        }
        var full = Excess(0);
        var scaled = Excess(1);
        Assert.True(full.One > 0.5, $"no burst to scale: {full.One}");
        Assert.Equal(full.One / 2, scaled.One, 9);
        Assert.Equal(full.Three * 3 / 4, scaled.Three, 9);
    }

    [Fact]
    public void CopiesOfOneArticleChangeItsBurstsOnlyWhenBurstsCountArticles()
    {
        // Four copies of the first flood report join its story: counted as articles they change how much "kessel"
        // crowds its days (in this small corpus they raise its share overall even more than nearby), counted as one
        // story they change nothing.
        (double Alone, double Copied) Bursts(bool countStories)
        {
            double Burst(int copies)
            {
                var c = new StoryClusterer(new StoryClustererOptions { BurstsCountStories = countStories });
                foreach (var d in Background()) c.Add(d);
                c.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
                    "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0));
                for (var i = 0; i < copies; i++) c.Add(Flood($"copy{i}", "Kessel river bursts levee", "", 0.1 * (i + 1)) with { DuplicateOf = "f1" });
                c.Add(Flood("f2", "Brannock counts the cost of the Kessel flood",
                    "Insurers began visiting Brannock homes flooded when the Kessel levee failed. Shop owners along the river cleared mud.", 1));
                return c.BurstOf("kessel", Day.AddDays(1));
            }
            return (Burst(0), Burst(4));
        }
        var articles = Bursts(countStories: false);
        var stories = Bursts(countStories: true);
        Assert.True(articles.Alone > 1, $"no burst at all: {articles.Alone}");
        Assert.True(Math.Abs(articles.Copied - articles.Alone) > 0.005, $"{articles.Copied} vs {articles.Alone}");
        Assert.True(stories.Alone > 1, $"no burst at all: {stories.Alone}");
        Assert.Equal(stories.Alone, stories.Copied, 9);
    }

    [Fact]
    public void StoryCountsForBurstsSurviveAMergeAndARestore()
    {
        // The counts follow from which articles are in which story, so the clusterer restored after a merge (which
        // replays the articles into their final stories) burst-weighs and scores the next article exactly as the original.
        var c = TwoAccountsApart(StrictJoins(merge: 0.2) with { BurstsCountStories = true }, Rewrite(Day.AddHours(2)));
        var bridge = c.Add(Bridging("bridge", Vote(Day), Rewrite(Day)));
        Assert.Equal(bridge.StoryId, c.GetStoryId("rewrite"));
        Assert.Equal(bridge.StoryId, c.GetStoryId("vote"));
        var restored = StoryClusterer.ImportState(c.ExportState(), c.Options);
        foreach (var term in new[] { "harbor", "bridge", "council", "inspector", "crack" })
        {
            Assert.Equal(c.BurstOf(term, Day.AddHours(8)), restored.BurstOf(term, Day.AddHours(8)), 9);
        }
        var next = Doc("shops", "Harbor bridge closure leaves waterfront shops worried",
            "Waterfront shops fear the harbor bridge closure voted by the Marlow Bay council will send customers elsewhere.", Day.AddHours(8));
        var a = c.Add(next);
        var b = restored.Add(next);
        Assert.Equal(a.StoryId, b.StoryId);
        Assert.Equal(a.Score, b.Score, 9);
    }

    [Fact]
    public void StorySignatureRaisesTheScoreOfAnAccountHoldingItsRecurringWords()
    {
        // "Kessel", "levee", "flood" and "Brannock" recur across the grown story's articles; the last account shares
        // them but none of the others' specifics (insurers, engineers, mud).
        (double Pair, double Grown) Scores(double signatureWeight)
        {
            var c = new StoryClusterer(new StoryClustererOptions { JoinThreshold = 0.01, PairJoinThreshold = 0.01, TimePenalty = 0, BurstWeight = 0, SignatureWeight = signatureWeight });
            var (story, pair) = GrowFloodStory(c);
            var account = c.Add(Flood("f4", "Volunteers stack sandbags as the Kessel flood reaches Brannock",
                "Volunteers stacked sandbags in Brannock as the Kessel flood rose behind the broken levee.", 0.5));
            Assert.Equal(story, pair.StoryId);
            Assert.Equal(story, account.StoryId);
            return (pair.Score, account.Score);
        }
        var without = Scores(0);
        var with = Scores(0.3);
        // A lone article has no signature yet: the pair joins with the same score either way.
        Assert.Equal(without.Pair, with.Pair, 9);
        Assert.True(with.Grown > without.Grown + 0.1);
    }

    [Fact]
    public void RestoredStateKeepsTheStorySignature()
    {
        // The signature (terms per story member) is rebuilt from the stored articles, so a restored clusterer scores the
        // next account exactly as the uninterrupted one.
        var options = new StoryClustererOptions { JoinThreshold = 0.01, PairJoinThreshold = 0.01, TimePenalty = 0, SignatureWeight = 0.3 };
        var whole = new StoryClusterer(options);
        whole.Add(Vote(Day));
        whole.Add(Rewrite(Day.AddHours(2)));
        var restored = StoryClusterer.ImportState(whole.ExportState(), options);
        var next = Doc("third", "Harbor bridge closure leaves waterfront shops worried",
            "Waterfront shops fear the harbor bridge closure voted by the Marlow Bay council will send customers elsewhere.", Day.AddHours(5));
        var a = whole.Add(next);
        var b = restored.Add(next);
        Assert.Equal(a.StoryId, b.StoryId);
        Assert.Equal(a.Score, b.Score, 9);
        Assert.Equal(whole.GetStoryId("vote"), a.StoryId);
    }

    [Fact]
    public void TwoSpeechesOfOneMayorInOneWeekStayApartWhileTwoAccountsOfOneJoin()
    {
        // Same speaker, same town, same week, different happenings: a topic is not a story. As in any local paper,
        // the mayor and her town appear in many stories, so their names alone say little.
        var c = new StoryClusterer();
        foreach (var d in Background()) c.Add(d);
        string[] errands = ["opened a bakery", "greeted a visiting choir", "cut a ribbon at the ferry pier", "planted trees in Hollin park", "met fishing crews", "praised volunteer lifeguards"];
        for (var i = 0; i < 12; i++)
        {
            c.Add(Doc($"mayor{i}", $"Mayor Voss {errands[i % errands.Length]}",
                $"Mayor Elena Voss {errands[i % errands.Length]} in Marlow Bay, the city said. Voss thanked residents of the bay.", Day.AddDays(-45 + i * 3)));
        }
        var housing = c.Add(Doc("housing", "Mayor Voss promises 400 homes on the old Marlow Bay rail yard",
            "Mayor Elena Voss told a crowd at the old rail yard on Monday that the city would build 400 affordable homes there by 2029. " +
            "The rail yard has stood empty since the freight depot closed, and developers will be asked to bid for the first plots in spring.", Day));
        var housingAgain = c.Add(Doc("housing2", "Voss unveils rail yard housing plan",
            "Marlow Bay will put 400 affordable homes on the empty rail yard, Mayor Elena Voss announced on Monday, inviting developers " +
            "to bid for the first plots in spring. The freight depot on the site closed years ago.", Day.AddHours(5)));
        var schools = c.Add(Doc("schools", "Mayor Voss defends school budget cuts before teachers",
            "Mayor Elena Voss faced angry teachers at Northgate school on Thursday and defended cutting the Marlow Bay school budget by four percent. " +
            "The teachers union says class sizes will grow; the mayor said the city must close a deficit left by falling port revenue.", Day.AddDays(3)));
        Assert.Equal(housing.StoryId, housingAgain.StoryId);
        Assert.True(schools.IsNewStory, $"joined with score {schools.Score}");
        Assert.NotEqual(housing.StoryId, schools.StoryId);
    }

    // Join thresholds just above the score the second outlet's account reaches (so it does not join on its own), no
    // time penalty: what is left to bring the two accounts together is the merge step.
    private static StoryClustererOptions StrictJoins(double merge)
    {
        var probe = new StoryClusterer(new StoryClustererOptions { TimePenalty = 0 });
        probe.Add(Vote(Day));
        var score = probe.Add(Rewrite(Day.AddHours(2))).Score;
        return new StoryClustererOptions { JoinThreshold = score + 0.05, PairJoinThreshold = score + 0.05, TimePenalty = 0, MergeThreshold = merge };
    }

    // Two stories of two articles each: the council vote (with a copy) and a second outlet's account (with a copy).
    private static StoryClusterer TwoAccountsApart(StoryClustererOptions options, StoryDocument other)
    {
        var c = new StoryClusterer(options);
        c.Add(Vote(Day));
        c.Add(Doc("vote-copy", "Bridge", "", Day.AddHours(1)) with { DuplicateOf = "vote" });
        c.Add(other);
        c.Add(Doc(other.DocId + "-copy", "Bridge", "", Day.AddHours(3)) with { DuplicateOf = other.DocId });
        return c;
    }

    private static StoryDocument Bridging(string id, StoryDocument a, StoryDocument b) =>
        Doc(id, a.Headline + "; " + b.Headline, a.Body + "\n\n" + b.Body, Day.AddHours(6));

    [Fact]
    public void ArticleBridgingTwoAccountsOfOneEventMergesTheirStories()
    {
        var c = TwoAccountsApart(StrictJoins(merge: 0.2), Rewrite(Day.AddHours(2)));
        var voteStory = c.GetStoryId("vote");
        var rewriteStory = c.GetStoryId("rewrite");
        Assert.NotEqual(voteStory, rewriteStory);

        var bridge = c.Add(Bridging("bridge", Vote(Day), Rewrite(Day)));
        Assert.Equal(bridge.StoryId, c.GetStoryId("vote"));
        Assert.Equal(bridge.StoryId, c.GetStoryId("rewrite"));
        Assert.Equal(bridge.StoryId, c.GetStoryId("rewrite-copy"));
        Assert.Equal(5, c.GetStory(bridge.StoryId)!.Articles.Count);
        Assert.Single(c.GetStories());
        // The id of the story that was merged away still finds the merged story.
        var gone = voteStory == bridge.StoryId ? rewriteStory! : voteStory!;
        Assert.Equal(bridge.StoryId, c.GetStory(gone)!.Id);

        // Restored from its state, the clusterer keeps the merge and places the next account with it.
        var restored = StoryClusterer.ImportState(c.ExportState(), c.Options);
        Assert.Equal(bridge.StoryId, restored.GetStoryId("rewrite"));
        Assert.Equal(bridge.StoryId, restored.GetStory(gone)!.Id);
        Assert.Single(restored.GetStories());
    }

    [Fact]
    public void WithoutTheMergeStepTheBridgedAccountsStayApart()
    {
        var c = TwoAccountsApart(StrictJoins(merge: 2), Rewrite(Day.AddHours(2)));
        c.Add(Bridging("bridge", Vote(Day), Rewrite(Day)));
        Assert.NotEqual(c.GetStoryId("vote"), c.GetStoryId("rewrite"));
        Assert.Equal(2, c.GetStories().Count);
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(1.0, true)]
    public void AnArticleJoiningOneAccountMergesAnotherItNearlyQualifiedForOnlyWithSlack(double slack, bool merged)
    {
        // A third account that repeats the council's version joins that story; against the second outlet's story it
        // scores as the second outlet did against the first, under the bar. Only as a merge candidate (slack) are the two
        // stories' centroids compared, and they are close.
        var options = StrictJoins(merge: 0.2) with { MergeCandidateSlack = slack };
        var c = TwoAccountsApart(options, Rewrite(Day.AddHours(2)));
        Assert.NotEqual(c.GetStoryId("vote"), c.GetStoryId("rewrite"));
        var third = c.Add(Vote(Day.AddHours(6)) with { DocId = "vote-again" });
        Assert.Equal(c.GetStoryId("vote"), third.StoryId);
        Assert.Equal(merged, c.GetStoryId("vote") == c.GetStoryId("rewrite"));
    }

    [Fact]
    public void MergeSlackDoesNotMergeTwoDifferentEvents()
    {
        // Even with every scored story a merge candidate, a story whose centroid shares little stays apart.
        var options = StrictJoins(merge: 0.2) with { MergeCandidateSlack = 1 };
        var c = TwoAccountsApart(options, Orchestra(Day.AddHours(2)));
        c.Add(Vote(Day.AddHours(6)) with { DocId = "vote-again" });
        Assert.NotEqual(c.GetStoryId("vote"), c.GetStoryId("orchestra"));
    }

    [Fact]
    public void ArticleNamingTwoDifferentEventsDoesNotMergeThem()
    {
        // A round-up that reports the bridge vote and the orchestra tour qualifies for both stories, but their
        // centroids have nothing in common: one article must not chain two events together.
        var c = TwoAccountsApart(StrictJoins(merge: 0.2), Orchestra(Day.AddHours(2)));
        c.Add(Bridging("roundup", Vote(Day), Orchestra(Day)));
        Assert.NotEqual(c.GetStoryId("vote"), c.GetStoryId("orchestra"));
        Assert.Equal(c.GetStoryId("orchestra"), c.GetStoryId("orchestra-copy"));
    }

    [Fact]
    public void FunctionWordsOfLessCommonLanguagesAreNotTerms()
    {
        // Polish, Portuguese, Italian and Dutch function words say nothing about a happening; the content words stay, and so
        // does a Dutch function word that English news uses ("op", as in op-ed).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        TermCounter.Count("Prom na wyspę nie jest już tani, bo się spóźnia", 100, 1, counts);
        TermCounter.Count("O barco não chegou ao porto pela manhã", 100, 1, counts);
        TermCounter.Count("Il traghetto della sera non è partito per il porto", 100, 1, counts);
        TermCounter.Count("De veerboot is niet op tijd naar het eiland gevaren", 100, 1, counts);
        foreach (var word in new[] { "na", "nie", "jest", "już", "bo", "się", "não", "ao", "pela", "della", "non", "per", "il", "niet", "het", "naar" })
        {
            Assert.False(counts.ContainsKey(word), word);
        }
        foreach (var word in new[] { "prom", "wyspę", "barco", "porto", "traghetto", "veerboot", "eiland", "op" })
        {
            Assert.True(counts.ContainsKey(word), word);
        }
    }

    [Fact]
    public void PagesOfOneLanguageDoNotJoinThroughItsFunctionWords()
    {
        // Two invented Polish pages of one day about unrelated things (a ferry timetable, a choir's concert) whose common
        // words are all function words: they are two stories.
        var c = new StoryClusterer();
        foreach (var d in Background()) c.Add(d);
        var ferry = c.Add(Doc("pl-ferry", "Prom na wyspę będzie kursował częściej",
            "Od czerwca prom na wyspę będzie kursował co godzinę, bo jest to dla mieszkańców ważne. Nie jest to jednak tanie, " +
            "ale gmina mówi, że się opłaci. Bilet na prom ma kosztować tyle samo, a rozkład jest już na stronie przewoźnika.", Day)).StoryId;
        var choir = c.Add(Doc("pl-choir", "Chór z Lipnicy zaśpiewa w katedrze",
            "W sobotę chór z Lipnicy zaśpiewa w katedrze, bo jest to dla niego ważny jubileusz. Nie jest to jednak pierwszy " +
            "koncert, ale dyrygentka mówi, że się denerwuje. Wstęp na koncert ma być wolny, a program jest już na stronie parafii.", Day.AddHours(2))).StoryId;
        Assert.NotEqual(ferry, choir);
    }

    [Fact]
    public void AnArticleWhoseHeadlineSharesNothingWithTheStorysNeedsMore()
    {
        // The same second account of the flood, under a headline that names the happening ("Kessel", "levee") and under
        // one that does not: with the miss penalty only the first joins; without it both do.
        bool Joins(string headline, double penalty)
        {
            var c = new StoryClusterer(new StoryClustererOptions { HeadlineMissPenalty = penalty });
            foreach (var d in Background()) c.Add(d);
            var first = c.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
                "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0)).StoryId;
            var account = c.Add(Flood("f2", headline,
                "Firefighters reached Brannock families by boat after the Kessel river flooded their homes.", 0.2));
            return account.StoryId == first;
        }
        Assert.True(Joins("Kessel levee gives way overnight", penalty: 0.5));
        Assert.False(Joins("Forty families reached by boat", penalty: 0.5));
        Assert.True(Joins("Forty families reached by boat", penalty: 0));
    }

    [Fact]
    public void HeadlinesThatShareOnlyTheFormOfThePieceShareNoHeadlineTerm()
    {
        // "Key moments" and "key questions" name kinds of piece, not the flood: the account under such a headline pays the
        // miss penalty as one sharing nothing does, while one sharing a word of the happening ("levee") does not.
        bool Joins(string firstHeadline, string headline)
        {
            var c = new StoryClusterer(new StoryClustererOptions { HeadlineMissPenalty = 0.5 });
            foreach (var d in Background()) c.Add(d);
            var first = c.Add(Flood("f1", firstHeadline,
                "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0)).StoryId;
            return c.Add(Flood("f2", headline, "Firefighters reached Brannock families by boat after the Kessel river flooded their homes.", 0.2)).StoryId == first;
        }
        Assert.False(Joins("Key moments of the night in Brannock", "Five key questions for families reached by boat"));
        Assert.True(Joins("Key moments as the levee gives way", "Five key questions after the levee failed"));
    }

    [Fact]
    public void HeadlineTermsSurviveAStateRoundTrip()
    {
        // The headline terms a story holds are rebuilt from the stored headlines: a restored clusterer applies the miss
        // penalty exactly as the original does (the account whose headline shares nothing comes first, while the restored
        // story's headline terms are only those rebuilt).
        var options = new StoryClustererOptions { HeadlineMissPenalty = 0.5 };
        var original = new StoryClusterer(options);
        foreach (var d in Background()) original.Add(d);
        original.Add(Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
            "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0));
        var restored = StoryClusterer.ImportState(original.ExportState(), options);
        var joined = new List<bool>();
        foreach (var (id, headline) in new[] { ("f3", "Forty families reached by boat"), ("f2", "Kessel levee gives way overnight") })
        {
            var doc = Flood(id, headline, "Firefighters reached Brannock families by boat after the Kessel river flooded their homes.", 0.2);
            var expected = original.Add(doc);
            Assert.Equal(expected.IsNewStory, restored.Add(doc).IsNewStory);
            joined.Add(!expected.IsNewStory);
        }
        Assert.Equal([false, true], joined);
    }

    [Fact]
    public void WithDefaultSettingsARestoredClustererPlacesEveryLaterArticleAsTheUninterruptedOneDoes()
    {
        // Determinism and incremental restore under the default settings (bursts, headline penalty, merge candidates):
        // the same stream twice gives the same assignments, and a clusterer restored halfway gives the rest the same
        // stories and the same scores, to the bit.
        var stream = Background()
            .Concat([
                Flood("f1", "Kessel river bursts levee, flooding Brannock homes",
                    "The Kessel river broke through a levee north of Brannock overnight, flooding about forty homes. Firefighters used boats to reach families.", 0),
                Vote(Day.AddHours(3)),
                Flood("f2", "Brannock counts the cost of the Kessel flood",
                    "Insurers began visiting Brannock homes flooded when the Kessel levee failed. Shop owners along the river cleared mud.", 1),
                Orchestra(Day.AddHours(5)),
                Rewrite(Day.AddHours(6)),
                Flood("f3", "Engineers inspect failed Kessel levee",
                    "State engineers walked the broken levee on the Kessel and said the flood had scoured its base.", 1.5),
                Bridging("bridge", Vote(Day), Rewrite(Day)),
            ])
            .ToList();
        var half = stream.Count / 2;
        var uninterrupted = new StoryClusterer();
        var again = new StoryClusterer();
        var first = new StoryClusterer();
        foreach (var d in stream.Take(half))
        {
            uninterrupted.Add(d);
            again.Add(d);
            first.Add(d);
        }
        var restored = StoryClusterer.ImportState(first.ExportState());
        foreach (var d in stream.Skip(half))
        {
            var expected = uninterrupted.Add(d);
            Assert.Equal(expected, again.Add(d));
            Assert.Equal(expected, restored.Add(d));
        }
        Assert.Equal(uninterrupted.GetStories(), restored.GetStories(), new StoryComparer());
        // The stream holds stories to tell apart: the flood's accounts together, the orchestra on its own.
        Assert.Equal(uninterrupted.GetStoryId("f1"), uninterrupted.GetStoryId("f3"));
        Assert.NotEqual(uninterrupted.GetStoryId("f1"), uninterrupted.GetStoryId("orchestra"));
        Assert.Equal(uninterrupted.GetStoryId("vote"), uninterrupted.GetStoryId("rewrite"));
    }

    // One invented festival week seen from seven angles by seven outlets: the accounts share the festival's name in their
    // openings and little else, as a convention week's speech, protests and celebrity sightings do.
    private static readonly (string Headline, string Body)[] FestivalAngles =
    [
        ("Harbour traffic diverted for the parade", "Parade floats for Lanternfest closed the quay road on Friday. Drivers were sent past the grain silos and a ferry ran every ten minutes."),
        ("Bakers sell out of honey cakes", "Stallholders at Lanternfest ran out of honey cakes by noon. One baker said her ovens had worked since midnight."),
        ("Storm warning puts boat race in doubt", "Forecasters warned that gales could cancel the rowing race planned for Lanternfest on Sunday. Skippers checked their moorings."),
        ("Choir from Velden wins the singing contest", "A choir of retired miners took first prize at Lanternfest with a ballad about the old pits. Judges praised their harmonies."),
        ("Hotels report record bookings", "Guesthouses near the seafront say Lanternfest filled every room this weekend. Landlords raised prices for camper vans too."),
        ("Lost child found asleep under a market awning", "A six-year-old missing for two hours at Lanternfest was found asleep beneath a fishmonger's awning. Volunteers cheered."),
        ("Fireworks licence granted at the last minute", "Magistrates approved the fireworks permit for Lanternfest after a late objection from a kennel owner was withdrawn."),
        ("Buses run through the night", "The county added night buses for Lanternfest, linking the seafront with outlying villages until dawn on Saturday."),
        ("Lifeboat crew rescues paddleboarder", "Volunteers of the lifeboat station pulled a paddleboarder from the estuary during Lanternfest after the tide turned."),
        ("Painter unveils mural of the old lighthouse", "A local painter revealed a mural of the lighthouse on the harbourmaster's wall, timed for Lanternfest visitors."),
        ("Litter pickers clear the beach at dawn", "Scouts and pensioners collected sacks of bottles from the sand after Lanternfest, and the council thanked them."),
    ];

    // Bursts off: the accounts' one shared word, raised by its burst in a corpus this small, would join them by content,
    // and the anchor rule (which counts openings itself) is what these tests are about.
    private static readonly StoryClustererOptions NoBursts = new() { BurstWeight = 0 };

    private static StoryDocument FestivalAccount(int angle, double days) =>
        Doc($"fest{angle}", FestivalAngles[angle].Headline, FestivalAngles[angle].Body, Day.AddDays(25 + days));

    /// <summary>The background, then the festival's accounts of one day (hours apart): the clusterer and each account's story.</summary>
    private static StoryClusterer FestivalWeek(StoryClustererOptions options, int accounts, IEnumerable<StoryDocument>? sameDays = null)
    {
        var c = new StoryClusterer(options);
        foreach (var d in Background()) c.Add(d);
        foreach (var d in sameDays ?? []) c.Add(d);
        for (var i = 0; i < accounts; i++) c.Add(FestivalAccount(i, i / 10.0));
        return c;
    }

    private static int DistinctStories(StoryClusterer c, int accounts) =>
        Enumerable.Range(0, accounts).Select(i => c.GetStoryId($"fest{i}")).Distinct().Count();

    [Fact]
    public void LoneAccountsOfOneBroadEventJoinThroughTheEventsNameOnceItCrowdsTheDays()
    {
        // Without anchors the seven angles are seven stories: their words have nothing else in common.
        Assert.Equal(7, DistinctStories(FestivalWeek(NoBursts with { EventAnchorStories = 0 }, 7), 7));
        // With anchors (seven distinct stories must open with the name by default), six accounts are not yet enough...
        var c = new StoryClusterer(NoBursts);
        foreach (var d in Background()) c.Add(d);
        for (var i = 0; i < 6; i++) c.Add(FestivalAccount(i, i / 10.0));
        Assert.Equal(6, DistinctStories(c, 6));
        // ...the seventh makes the name an anchor, and every lone account of those days joins one story.
        c.Add(FestivalAccount(6, 0.6));
        Assert.Equal(1, DistinctStories(c, 7));
        Assert.NotEqual(c.GetStoryId("fest0"), c.GetStoryId("bg40"));
        // Fewer stories asked of an anchor: six accounts already join.
        Assert.Equal(1, DistinctStories(FestivalWeek(NoBursts with { EventAnchorStories = 6 }, 6), 6));
    }

    [Theory]
    [InlineData(4.0, 7)]
    [InlineData(0.0, 1)]
    public void AWordThatOpensArticlesAllYearIsNoAnchor(double burst, int stories)
    {
        // Every background article opens with the town's name: seven lone accounts of one day that also open with it are
        // not one event, because the name is no more frequent in their days than in the corpus (only without the rate
        // test do they join).
        var c = new StoryClusterer(NoBursts with { EventAnchorBurst = burst });
        foreach (var d in Background()) c.Add(d);
        for (var i = 0; i < 7; i++)
        {
            var (headline, body) = FestivalAngles[i];
            c.Add(Doc($"fest{i}", headline, "Dunmore: " + body.Replace("Lanternfest", "Dunmore"), Day.AddDays(25 + i / 10.0)));
        }
        Assert.Equal(stories, DistinctStories(c, 7));
    }

    [Theory]
    [InlineData(0.2, 7)]
    [InlineData(0.0, 1)]
    public void AnAnchorMustOpenAShareOfItsDaysArticles(double share, int stories)
    {
        // Thirty other articles of the same days: seven of thirty-seven is under a fifth of the openings. (The rate test is
        // off here: those thirty also make the name less rare against the corpus.)
        var sameDays = Enumerable.Range(0, 30).Select(i => Doc($"other{i}", $"Quarry {i} reopens after repairs",
            $"Workers at quarry number {i} in the hills resumed cutting slate, its owner said, after pump {i} was fixed.", Day.AddDays(24 + i / 10.0)));
        var c = FestivalWeek(NoBursts with { EventAnchorShare = share, EventAnchorBurst = 0 }, 7, sameDays);
        Assert.Equal(stories, DistinctStories(c, 7));
    }

    [Fact]
    public void AnchorsLinkOnlyLoneArticlesOfTheSameDays()
    {
        var c = new StoryClusterer(NoBursts);
        foreach (var d in Background()) c.Add(d);
        // A copy makes the first account a grown story; the second account is two days later than the rest.
        c.Add(FestivalAccount(0, 0));
        c.Add(Doc("fest0-copy", "Parade closes harbour road", FestivalAngles[0].Body, Day.AddDays(25.05)) with { DuplicateOf = "fest0" });
        c.Add(FestivalAccount(1, -2));
        for (var i = 2; i < 7; i++) c.Add(FestivalAccount(i, i / 10.0));
        Assert.NotEqual(c.GetStoryId("fest0"), c.GetStoryId("fest2"));
        Assert.NotEqual(c.GetStoryId("fest1"), c.GetStoryId("fest2"));
        Assert.Single(Enumerable.Range(2, 5).Select(i => c.GetStoryId($"fest{i}")).Distinct());
    }

    /// <summary>Seven accounts each with a wire copy (grown stories that crowd the days with the name), then lone accounts.</summary>
    private static StoryClusterer FestivalWithCopies()
    {
        // With the copies the festival opens a quarter of this small corpus's articles: half the default rate test's bar.
        var c = new StoryClusterer(NoBursts with { EventAnchorBurst = 2 });
        foreach (var d in Background()) c.Add(d);
        for (var i = 0; i < 7; i++)
        {
            c.Add(FestivalAccount(i, i / 10.0));
            c.Add(FestivalAccount(i, i / 10.0 + 0.01) with { DocId = $"fest{i}-copy", DuplicateOf = $"fest{i}" });
        }
        return c;
    }

    [Fact]
    public void AStoryMadeByAnchorsTakesTheEventsNextLoneAccountsUntilContentJoinsIt()
    {
        var c = FestivalWithCopies();
        Assert.Equal(7, DistinctStories(c, 7));
        // The grown stories are not linked; the first lone account has nothing to link with, the second links with it.
        c.Add(FestivalAccount(7, 0.7));
        Assert.NotEqual(c.GetStoryId("fest7"), c.GetStoryId("fest0"));
        c.Add(FestivalAccount(8, 0.8));
        Assert.Equal(c.GetStoryId("fest7"), c.GetStoryId("fest8"));
        // A story of two that anchors made still takes the next lone account.
        c.Add(FestivalAccount(9, 0.9));
        Assert.Equal(c.GetStoryId("fest7"), c.GetStoryId("fest9"));
        // Once a copy joins it by content, it is a grown story like the others: the next lone account stays apart.
        c.Add(FestivalAccount(9, 0.95) with { DocId = "fest9-copy", DuplicateOf = "fest9" });
        c.Add(FestivalAccount(10, 1.0));
        Assert.NotEqual(c.GetStoryId("fest7"), c.GetStoryId("fest10"));
        Assert.Equal(9, DistinctStories(c, 11));
    }

    [Fact]
    public void ARestoredClustererFindsTheSameAnchors()
    {
        // The openings' terms are part of the state (version 4): restored after six accounts, the seventh links them all.
        var c = new StoryClusterer(NoBursts);
        foreach (var d in Background()) c.Add(d);
        for (var i = 0; i < 6; i++) c.Add(FestivalAccount(i, i / 10.0));
        var restored = StoryClusterer.ImportState(c.ExportState(), c.Options);
        var expected = c.Add(FestivalAccount(6, 0.6));
        Assert.Equal(expected, restored.Add(FestivalAccount(6, 0.6)));
        Assert.Equal(1, DistinctStories(restored, 7));
        Assert.Equal(c.GetStories(), restored.GetStories(), new StoryComparer());

        // So is whether a story was made by anchors alone: restored, such a story still takes the next lone account.
        var grown = FestivalWithCopies();
        grown.Add(FestivalAccount(7, 0.7));
        grown.Add(FestivalAccount(8, 0.8));
        var again = StoryClusterer.ImportState(grown.ExportState(), grown.Options);
        Assert.Equal(grown.Add(FestivalAccount(9, 0.9)), again.Add(FestivalAccount(9, 0.9)));
        Assert.Equal(again.GetStoryId("fest7"), again.GetStoryId("fest9"));
    }

    // Two angles of one storm: the flooded quay and the cancelled ferries. Each angle's accounts share its headline word;
    // the angles share the storm's words in their bodies but no headline word, so with a prohibitive headline miss penalty
    // no account of one angle joins the other's story directly, and only a story-level merge can bring them together.
    private static readonly StoryClustererOptions TwoAngles = new()
    {
        BurstWeight = 0, EventAnchorStories = 0, HeadlineMissPenalty = 0.9, MergeThreshold = 2, LooseMergeMaxCohesion = 0.9,
    };

    private const string StormWords = "Storm Brannock brought gales and a tidal surge to Kelby overnight, and the coastguard warned residents to stay indoors. ";

    private static StoryDocument StormAccount(string id, string headline, string angle, double days) =>
        Doc(id, headline, StormWords + angle, Day.AddDays(25 + days));

    private static StoryClusterer StormNight(StoryClustererOptions options, bool quayCopies = false)
    {
        var c = new StoryClusterer(options);
        foreach (var d in Background()) c.Add(d);
        c.Add(StormAccount("quay1", "Quay flooded as seawall gives way", "Seawater poured over the quay where the old seawall collapsed, flooding fish sheds and a chandlery.", 0));
        c.Add(quayCopies
            ? StormAccount("quay2", "Quay flooded as seawall gives way", "Seawater poured over the quay where the old seawall collapsed, flooding fish sheds and a chandlery.", 0.1)
            : StormAccount("quay2", "Fish sheds ruined on flooded quay", "Traders counted ruined nets and freezers after the quay went under water when the seawall broke.", 0.1));
        c.Add(StormAccount("ferry1", "Ferries cancelled for a second day", "The island ferries stayed in harbour and stranded travellers slept in the terminal.", 0.2));
        c.Add(StormAccount("ferry2", "Ferries stay in harbour as passengers wait for calmer seas", "Ferry passengers camped in the terminal while the operator cancelled every sailing.", 0.3));
        return c;
    }

    [Fact]
    public void TwoLooseStoriesOfOneHappeningMergeOnceBothHaveGrown()
    {
        // Without the rule (threshold above 1) the two angles are two stories of two accounts each.
        var off = StormNight(TwoAngles with { LooseMergeThreshold = 2 });
        Assert.Equal(off.GetStoryId("quay1"), off.GetStoryId("quay2"));
        Assert.Equal(off.GetStoryId("ferry1"), off.GetStoryId("ferry2"));
        Assert.NotEqual(off.GetStoryId("quay1"), off.GetStoryId("ferry1"));
        // With it, the second ferry account makes the ferry story grown, and its centroid is close to the quay story's.
        var on = StormNight(TwoAngles);
        Assert.Single(new[] { "quay1", "quay2", "ferry1", "ferry2" }.Select(on.GetStoryId).Distinct());
        // Before that second ferry account there was nothing grown on the ferry side to merge.
        var early = new StoryClusterer(TwoAngles);
        foreach (var d in Background()) early.Add(d);
        early.Add(StormAccount("quay1", "Quay flooded as seawall gives way", "Seawater poured over the quay where the old seawall collapsed, flooding fish sheds and a chandlery.", 0));
        early.Add(StormAccount("quay2", "Fish sheds ruined on flooded quay", "Traders counted ruined nets and freezers after the quay went under water when the seawall broke.", 0.1));
        early.Add(StormAccount("ferry1", "Ferries cancelled for a second day", "The island ferries stayed in harbour and stranded travellers slept in the terminal.", 0.2));
        Assert.NotEqual(early.GetStoryId("quay1"), early.GetStoryId("ferry1"));
        // Days apart beyond the allowed gap, the angles stay apart.
        var apart = new StoryClusterer(TwoAngles with { LooseMergeGapDays = 0 });
        foreach (var d in Background()) apart.Add(d);
        apart.Add(StormAccount("quay1", "Quay flooded as seawall gives way", "Seawater poured over the quay where the old seawall collapsed, flooding fish sheds and a chandlery.", 0));
        apart.Add(StormAccount("quay2", "Fish sheds ruined on flooded quay", "Traders counted ruined nets and freezers after the quay went under water when the seawall broke.", 0.1));
        apart.Add(StormAccount("ferry1", "Ferries cancelled for a second day", "The island ferries stayed in harbour and stranded travellers slept in the terminal.", 1.2));
        apart.Add(StormAccount("ferry2", "Ferries stay in harbour as passengers wait for calmer seas", "Ferry passengers camped in the terminal while the operator cancelled every sailing.", 1.3));
        Assert.Equal(apart.GetStoryId("ferry1"), apart.GetStoryId("ferry2"));
        Assert.NotEqual(apart.GetStoryId("quay1"), apart.GetStoryId("ferry1"));
        // Nor do they merge when together they would hold more articles than a loose merge may gather.
        var bounded = StormNight(TwoAngles with { LooseMergeMaxArticles = 3 });
        Assert.NotEqual(bounded.GetStoryId("quay1"), bounded.GetStoryId("ferry1"));
        Assert.Equal(bounded.GetStoryId("ferry1"), bounded.GetStoryId("ferry2"));
    }

    [Fact]
    public void ATightStoryOfCopiesDoesNotMergeByTheLooseRule()
    {
        // The same two angles, but the quay story is an account and its copy: its members agree (cohesion ~1), the mark
        // of one account's reprints, not of a broad event's angles.
        // (A low merge bar, so that the centroids are close enough and cohesion alone decides.)
        var c = StormNight(TwoAngles with { LooseMergeThreshold = 0.05 }, quayCopies: true);
        Assert.Equal(c.GetStoryId("quay1"), c.GetStoryId("quay2"));
        Assert.Equal(c.GetStoryId("ferry1"), c.GetStoryId("ferry2"));
        Assert.NotEqual(c.GetStoryId("quay1"), c.GetStoryId("ferry1"));
        // Only the cohesion test keeps them apart: without it (any cohesion allowed) they merge.
        var any = StormNight(TwoAngles with { LooseMergeThreshold = 0.05, LooseMergeMaxCohesion = 1 }, quayCopies: true);
        Assert.Equal(any.GetStoryId("quay1"), any.GetStoryId("ferry1"));
    }

    [Fact]
    public void CohesionIsHighForCopiesAndLowForDifferentAngles()
    {
        var copies = StormNight(TwoAngles with { LooseMergeThreshold = 2 }, quayCopies: true);
        var angles = StormNight(TwoAngles with { LooseMergeThreshold = 2 });
        Assert.True(copies.CohesionOf("quay1") > 0.99);
        Assert.InRange(angles.CohesionOf("quay1"), 0.05, 0.9);
        // A lone article has no pair to agree with: never loose.
        var lone = new StoryClusterer();
        lone.Add(Orchestra(Day));
        Assert.Equal(1, lone.CohesionOf("orchestra"));
    }

    // One day's matches of one cup, told as a wire tells them: alike but for the teams (invented teams and players).
    private static StoryDocument Match(string id, string home, string away, string scorers, double days, string town = "Dunmore") => Doc(id,
        $"{home} beat {away} in cup qualifier",
        $"{home} beat {away} 2-1 in a cup qualifier in {town} on Saturday. Goals came from {scorers} for {home}. " +
        $"The crowd was 12,000 and the home side led at halftime.",
        Day.AddDays(days));

    private static bool KeyNameJoins(StoryDocument first, StoryDocument second, double penalty) =>
        JoinsAfterBackground(new StoryClustererOptions { KeyNameMissPenalty = penalty, HeadlineMissPenalty = 0 }, first, second);

    /// <summary>Whether <paramref name="second"/> joins <paramref name="first"/>'s story, both added after the background articles.</summary>
    private static bool JoinsAfterBackground(StoryClustererOptions options, StoryDocument first, StoryDocument second)
    {
        var c = new StoryClusterer(options);
        foreach (var d in Background()) c.Add(d);
        return c.Add(first).StoryId == c.Add(second).StoryId;
    }

    [Fact]
    public void MatchesToldAlikeStayApartWhenNeitherNamesTheOthersTeams()
    {
        var arvland = Match("m1", "Arvland", "Brenmark", "Tomas Quill and Ivo Pent", 0);
        var corvia = Match("m2", "Corvia", "Dalmoor", "Emil Strand and Piet Varo", 0.1);
        Assert.True(KeyNameJoins(arvland, corvia, penalty: 0));
        Assert.False(KeyNameJoins(arvland, corvia, penalty: 0.5));
    }

    [Fact]
    public void MatchesToldAlikeThatShareARareNameMayJoin()
    {
        // Both in Kelsby, which no other article names: a name so few give ties them however their headlines differ.
        var arvland = Match("m1", "Arvland", "Brenmark", "Tomas Quill and Ivo Pent", 0, town: "Kelsby");
        var corvia = Match("m2", "Corvia", "Dalmoor", "Emil Strand and Piet Varo", 0.1, town: "Kelsby");
        Assert.True(KeyNameJoins(arvland, corvia, penalty: 0.5));
    }

    [Fact]
    public void AReportNamingTheMatchsTeamsJoinsItWithTheKeyNamePenaltyOn()
    {
        var result = Match("m1", "Arvland", "Brenmark", "Tomas Quill and Ivo Pent", 0);
        var report = Doc("m2", "Quill double sends Arvland through",
            "Tomas Quill scored twice as Arvland beat Brenmark 2-1 in the cup qualifier in Dunmore on Saturday. " +
            "Brenmark pressed late, but Arvland held on in front of a crowd of 12,000.", Day.AddDays(0.1));
        Assert.True(KeyNameJoins(result, report, penalty: 0.5));
    }

    [Fact]
    public void KeyNamesAreTheRarestHeadlineWordsThatNameSomethingInTheBody()
    {
        var c = new StoryClusterer();
        foreach (var d in Background()) c.Add(d);
        c.Add(Match("m1", "Arvland", "Brenmark", "Tomas Quill and Ivo Pent", 0));
        // "cup", "qualifier" and "beat" name nothing in the body; of the two teams (each in one article), one is the key name.
        var key = Assert.Single(c.KeyNamesOf("m1"));
        Assert.Contains(key, new[] { "arvland", "brenmark" });
        Assert.Throws<ArgumentException>(() => new StoryClusterer(new StoryClustererOptions { KeyNameMissPenalty = 3 }));
    }

    [Fact]
    public void OpeningFiguresAreTheNumbersOfTheHeadlineAndFirstWordsWithoutDates()
    {
        var numbers = LedeNumbers.Of("Arvland beat Brenmark 2-1",
            "DUNMORE 1996-08-31 - Arvland beat Brenmark 2-1 on August 30 before 12,000 fans, their 3rd win since 1994. " +
            "Aug. 4 was the last defeat. Four more words then 77.", bodyWords: 20);
        // The score and the crowd (separator dropped), "3rd" as 3; not the ISO date, the year, nor the days after a month name.
        Assert.Equal(["12000", "2-1", "3"], numbers);
        Assert.Empty(LedeNumbers.Of(null, "No figures at all here.", 40));
    }

    [Fact]
    public void OpeningFiguresOfAHeadlineOfAMillionWordsNeedNoStackPerWord()
    {
        // A headline is read whole: a page whose title runs to a million words must not exhaust the stack.
        var headline = string.Concat(Enumerable.Repeat("March 5 ", 2_000_000)) + "lost 7";
        Assert.Equal(["7"], LedeNumbers.Of(headline, "", 40));
    }

    [Fact]
    public void AVersion5StateLoadsWithoutOpeningFiguresAndIsWrittenAsVersion6()
    {
        // A version 5 state (before the opening figures were kept): one article with one analysed name.
        using var old = new MemoryStream();
        using (var w = new BinaryWriter(old, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(0x4C445354u);
            w.Write(5);
            w.Write(1); w.Write("bridge"); w.Write(1);                          // terms: term, document frequency
            w.Write(1); w.Write("Elena Voss"); w.Write(true); w.Write("PER"); w.Write(1); // names: name, type, document frequency
            w.Write(1); w.Write("Harbour Authority"); w.Write(true); w.Write("ORG"); // shown names: name, type
            w.Write(1); w.Write("s1"); w.Write(-1); w.Write(false);           // stories: id, merged into, made by anchors
            w.Write(1);                                                       // articles
            w.Write("a1"); w.Write(true); w.Write("Bridge shut after 3 cracks"); w.Write(false); w.Write(false); w.Write(false);
            w.Write(0); w.Write(0.0);                                         // story, score
            w.Write(1); w.Write(0); w.Write(1f); w.Write7BitEncodedInt(1);    // terms: id, weight, count
            w.Write(1); w.Write(0);                                           // names
            w.Write7BitEncodedInt(1); w.Write7BitEncodedInt(0);               // opening's terms
            w.Write7BitEncodedInt(2); w.Write7BitEncodedInt(0); w.Write7BitEncodedInt(4); // shown names: one more than their number, id, mentions
        }
        var loaded = StoryClusterer.ImportState(old.ToArray());
        Assert.Equal([("Harbour Authority", "ORG", 1)], loaded.GetStory("s1")!.TopEntities.Select(e => (e.Name, e.Type, e.Count)));
        // Written again it is a version 6 state (the article gives no figures: its list is empty) that reads back the same.
        var current = loaded.ExportState();
        Assert.Equal(6, BitConverter.ToInt32(current, 4));
        Assert.Equal(0, current[^1]);
        Assert.Equal(current, StoryClusterer.ImportState(current).ExportState());
    }

    private static bool NumbersJoin(StoryDocument first, StoryDocument second, double penalty) =>
        JoinsAfterBackground(new StoryClustererOptions { NumberMissPenalty = penalty, KeyNameMissPenalty = 0, HeadlineMissPenalty = 0 }, first, second);

    // Two meetings of the same teams a day apart (a youth match, then the senior one): one frame, different scores.
    private static StoryDocument Meeting(string id, string score, string crowd, double days, string scorers = "Tomas Quill and Ivo Pent", string town = "Dunmore") => Doc(id,
        "Arvland beat Brenmark in cup qualifier",
        $"Arvland beat Brenmark {score} in a cup qualifier in {town} before {crowd} fans. Goals came from " +
        $"{scorers} for Arvland.", Day.AddDays(days));

    [Fact]
    public void MeetingsToldAlikeWithDifferentFiguresStayApart()
    {
        var youth = Meeting("y1", "3-0", "2,500", 0);
        var senior = Meeting("s1", "2-1", "14,000", 1, "Emil Strand and Piet Varo", "Kelsby");
        Assert.True(NumbersJoin(youth, senior, penalty: 0));
        // Told alike, the two score about 0.95 together: a penalty of one keeps them apart.
        Assert.False(NumbersJoin(youth, senior, penalty: 1));
    }

    [Fact]
    public void AnAccountGivingTheStorysFigureJoinsWithTheNumberPenaltyOn()
    {
        var result = Meeting("y1", "2-1", "14,000", 0);
        var report = Doc("r1", "Quill double sends Arvland through",
            "Tomas Quill scored twice as Arvland beat Brenmark 2-1 in the cup qualifier in Dunmore on Saturday, " +
            "with Ivo Pent setting up both goals.", Day.AddDays(0.1));
        Assert.True(NumbersJoin(result, report, penalty: 1));
        // An account that gives no figure is not judged by them.
        var noFigures = Doc("r2", "Quill double sends Arvland through",
            "Tomas Quill scored twice as Arvland beat Brenmark in the cup qualifier in Dunmore on Saturday, " +
            "with Ivo Pent setting up both goals.", Day.AddDays(0.1));
        Assert.True(NumbersJoin(result, noFigures, penalty: 1));
    }

    [Fact]
    public void OpeningFiguresSurviveTheState()
    {
        var options = new StoryClustererOptions { NumberMissPenalty = 1, KeyNameMissPenalty = 0, HeadlineMissPenalty = 0 };
        var whole = new StoryClusterer(options);
        foreach (var d in Background()) whole.Add(d);
        whole.Add(Meeting("y1", "3-0", "2,500", 0));
        var restored = StoryClusterer.ImportState(whole.ExportState(), options);
        var senior = Meeting("s1", "2-1", "14,000", 1, "Emil Strand and Piet Varo", "Kelsby");
        Assert.NotEqual(whole.GetStoryId("y1"), whole.Add(senior).StoryId);
        Assert.NotEqual(restored.GetStoryId("y1"), restored.Add(senior).StoryId);
        Assert.Throws<ArgumentException>(() => new StoryClusterer(new StoryClustererOptions { NumberMissPenalty = 3 }));
    }
}

