namespace Lede.Corpus.Stories;

/// <summary>One story while clustering: members, summed term weights (the centroid), entity counts, date span, cached norm, and where it went when merged.</summary>
internal sealed class StoryClusterState(string id)
{
    public string Id { get; } = id;
    public List<int> Members { get; } = [];
    public Dictionary<int, double> TermSum { get; } = [];

    /// <summary>Summed term weights before bursts: lets the centroid be weighed by the bursts as known now.</summary>
    public Dictionary<int, double> RawSum { get; } = [];

    /// <summary>How many members keep each term: the terms several members share are the story's signature.</summary>
    public Dictionary<int, int> TermMembers { get; } = [];
    public Dictionary<int, int> EntityArticles { get; } = [];

    /// <summary>How many members' headlines hold each term.</summary>
    public Dictionary<int, int> HeadlineTerms { get; } = [];

    /// <summary>Dated members per publication day (UTC), and the earliest day a dated member kept each term: what the story counts for bursts.</summary>
    public Dictionary<long, int> DayMembers { get; } = [];
    public Dictionary<int, long> TermFirstDay { get; } = [];
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }
    public double Norm { get; set; }
    public int NormMembers { get; set; } = -1;
    public int NormCorpus { get; set; }

    /// <summary>Whether the story was made by event anchors alone (no article joined it, and no story merged with it, by content).</summary>
    public bool AnchorOnly { get; set; }

    /// <summary>The story this one was merged into (its members moved there), or -1 while it lives.</summary>
    public int MergedInto { get; set; } = -1;
}
