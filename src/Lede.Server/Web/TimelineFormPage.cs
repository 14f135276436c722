using Lede.Corpus.Pages;

namespace Lede.Server.Web;

/// <summary>
/// The timeline page before there is a timeline to show: how to get one (a story from the stories page, or a name),
/// with a form for the name, and why a name gave nothing when it did.
/// </summary>
public static class TimelineFormPage
{
    private const string Style = "form.timeline{display:flex;gap:.5em;margin:1em 0}form.timeline input{flex:1;font-size:1.1em;padding:.3em}.error{color:#a00}";

    public static string Render(string entity = "", string? error = null) =>
        WebPages.Page("Timeline", Style, w =>
        {
            w.WriteLine("<h1>Timeline</h1>");
            if (error is not null) w.WriteLine($"<p class=\"error\">{HtmlPage.Encode(error)}</p>");
            w.WriteLine("<p>A timeline lays out the articles, quotes by speaker and reported figures of one story or one person, organisation or place. "
                + "For a story, pick one on <a href=\"/stories\">Stories</a>; for a name, give it here (case does not matter).</p>");
            w.WriteLine("<form class=\"timeline\" method=\"get\" action=\"/timeline\">");
            w.WriteLine($"<input name=\"entity\" value=\"{HtmlPage.Encode(entity)}\" placeholder=\"a name, as articles write it\"><button type=\"submit\">Show timeline</button></form>");
        });

    /// <summary>Why an entity's timeline is empty, and what to try.</summary>
    public static string NothingNames(string entity) =>
        $"No article in the corpus names \"{entity}\". Try the spelling an article's \"Who and what is named\" table shows, or search for the words.";
}
