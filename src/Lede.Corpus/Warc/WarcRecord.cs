namespace Lede.Corpus.Warc;

/// <summary>One WARC record: its named headers (case-insensitive) and its content block.</summary>
internal sealed record WarcRecord(long Offset, IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    /// <summary>WARC-Type: warcinfo, request, response, metadata, resource, revisit, conversion.</summary>
    public string Type => Headers.GetValueOrDefault("WARC-Type") ?? "";

    public string? TargetUri => Headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>');

    public string? Date => Headers.GetValueOrDefault("WARC-Date");

    public string? ContentType => Headers.GetValueOrDefault("Content-Type");
}
