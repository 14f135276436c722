namespace Lede.Corpus.Warc;

/// <summary>An HTTP response as a WARC response record keeps it: status, headers, decoded body.</summary>
internal sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");
}
