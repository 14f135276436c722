namespace Lede.Corpus.Stories;

/// <summary>What the clusterer keeps per article: its strongest terms with their weights, its entities, its story.</summary>
internal sealed class StoryArticleState(string docId, string? headline, string? source, string? url, DateTimeOffset? published)
{
    public string DocId { get; } = docId;
    public string? Headline { get; } = headline;
    public string? Source { get; } = source;
    public string? Url { get; } = url;
    public DateTimeOffset? Published { get; } = published;
    public int[] Terms { get; set; } = [];
    public float[] Tf { get; set; } = [];

    /// <summary>Term weights before bursts (log term frequency): bursts change as articles arrive, so comparisons between articles reapply them.</summary>
    public float[] RawTf { get; set; } = [];
    public int[] Entities { get; set; } = [];

    /// <summary>
    /// The analysis's names of the article (ids into the clusterer's shown names), most mentioned first, with their
    /// mention counts: what its story shows. Null when the analysis did not run or found no name; never scored.
    /// </summary>
    public int[]? ShownNames { get; set; }
    public int[]? ShownMentions { get; set; }

    /// <summary>Distinct terms of the headline: what the article says the happening is.</summary>
    public int[] HeadlineTerms { get; set; } = [];
    /// <summary>Distinct terms of the headline and the opening body words: where an account names its happening (event anchors).</summary>
    public int[] LedeTerms { get; set; } = [];
    /// <summary>Headline terms that are words of one of the article's strongest names (derived from the state, not stored; null until first needed).</summary>
    public int[]? HeadlineNames { get; set; }

    /// <summary>Terms of the words of every name of the article (derived, not stored; null until first needed).</summary>
    public HashSet<int>? AllNameTerms { get; set; }
    /// <summary>Numbers of the headline and opening words, dates left out (<see cref="Stories.LedeNumbers"/>): the figures of its happening.</summary>
    public string[] LedeNumbers { get; set; } = [];
    public int Story { get; set; }
    public double Score { get; set; }

    /// <summary>Norm of the IDF-weighted vector, as of <see cref="NormCorpus"/> articles (0: not computed yet).</summary>
    public double Norm { get; set; }
    public int NormCorpus { get; set; }

    /// <summary>Dated articles near the article's day when <see cref="Norm"/> was computed.</summary>
    public int NormNearby { get; set; }
}
