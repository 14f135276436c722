using Lede.Corpus.Pages;

namespace Lede.Server.Web;

/// <summary>The web UI's shared frame: its navigation and the links report pages use.</summary>
public static class WebPages
{
    public const string Html = "text/html; charset=utf-8";

    /// <summary>Navigation to the UI's pages; written by the server, so trusted HTML.</summary>
    public static readonly PageLinks Links = new(
        "<nav><strong>Lede</strong> · <a href=\"/\">Search</a><a href=\"/stories\">Stories</a><a href=\"/duplicates\">Wire copies</a><a href=\"/timeline\">Timelines</a><a href=\"/extract\">Extract a page</a><a href=\"/api\">API</a></nav>",
        id => "/timeline?story=" + Uri.EscapeDataString(id),
        id => "/articles/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A whole page: frame, navigation, then the body the caller writes (<paramref name="remoteImages"/>: it shows pictures from the web).</summary>
    public static string Page(string title, string style, Action<TextWriter> body, bool remoteImages = false)
    {
        using var w = new StringWriter { NewLine = "\n" };
        HtmlPage.Begin(w, title, style, Links, remoteImages);
        body(w);
        HtmlPage.End(w);
        return w.ToString();
    }

    /// <summary>A short page that says what went wrong (the message is encoded).</summary>
    public static string Message(string title, string message) =>
        Page(title, "", w => w.WriteLine($"<h1>{HtmlPage.Encode(title)}</h1><p>{HtmlPage.Encode(message)}</p>"));
}
