namespace Lede.Extraction.Metadata.Dates;

/// <summary>The stable source names written to <c>datePublishedSource</c> and <c>dateModifiedSource</c>.</summary>
public static class DateSources
{
    public const string JsonLd = "jsonld";
    public const string Meta = "meta";
    public const string TimeElement = "time-element";
    public const string Url = "url";
    public const string BylineText = "byline-text";
    public const string BodyText = "body-text";
    public const string Caption = "caption";
    public const string Header = "header";
    public const string FileName = "file-name";
}
