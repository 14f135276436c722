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
    public int[] Entities { get; set; } = [];
    public int Story { get; set; }
    public double Score { get; set; }
}
