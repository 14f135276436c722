using System.Net;
using Lede.Extraction.Addresses;

namespace Lede.Corpus.Pages;

/// <summary>
/// The frame of Lede's self-contained report pages (timelines, stories). Everything they show came
/// from the web, so every text goes through <see cref="Encode"/>, only http(s) addresses become links,
/// and the page's Content-Security-Policy allows no script, frame or remote resource (remote images only
/// where the caller shows an article's pictures), in case a browser is ever shown something a writer failed to encode.
/// </summary>
public static class HtmlPage
{
    private const string BaseStyle =
        "body{font:15px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}" +
        "h1{font-size:1.5em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}" +
        ".muted,.summary{color:#666}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}" +
        "th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee;vertical-align:top}td.num{text-align:right;white-space:nowrap}" +
        ".chart{width:100%;height:auto}time{font-variant-numeric:tabular-nums;color:#444}" +
        "nav{border-bottom:1px solid #ddd;padding-bottom:.5em}nav a{margin-right:1em}";

    /// <summary>Writes the doctype, head (title, security policy, styles), the opening body tag and the host's navigation.</summary>
    /// <param name="remoteImages">
    /// The page shows pictures from the web (an article's images): its policy then allows http(s) images. A browser
    /// obeys every policy a page has, so this meta policy must allow them too, not only the server's header.
    /// </param>
    public static void Begin(TextWriter w, string title, string style, PageLinks? links = null, bool remoteImages = false)
    {
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src {(remoteImages ? "https: http: data:" : "data:")}\">");
        w.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{Encode(title)} — Lede</title>");
        w.WriteLine("<style>" + BaseStyle + style + "</style></head><body>");
        if (links is not null) w.WriteLine(links.NavigationHtml);
    }

    public static void End(TextWriter w) => w.WriteLine("</body></html>");

    /// <summary>Text made safe for HTML content and quoted attribute values.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The text cut to at most <paramref name="max"/> characters, an ellipsis marking the cut.</summary>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The address when it is an absolute http(s) URL; anything else (javascript:, data:, relative) is shown as text only.</summary>
    public static string? SafeLink(string? url) =>
        WebAddress.TryParse(url, out var uri)
            ? uri.AbsoluteUri
            : null;

    /// <summary>The text as a link to the URL when that is a web address, else as plain text; both encoded.</summary>
    public static string LinkOrText(string text, string? url) =>
        SafeLink(url) is { } href ? $"<a href=\"{Encode(href)}\" rel=\"noopener noreferrer nofollow\">{Encode(text)}</a>" : Encode(text);
}
