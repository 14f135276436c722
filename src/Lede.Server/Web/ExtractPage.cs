using Lede.Corpus.Pages;

namespace Lede.Server.Web;

/// <summary>The form that extracts and analyses a page: an address to fetch, or the page's HTML or text pasted in.</summary>
public static class ExtractPage
{
    private const string Style =
        "form.extract{display:grid;gap:.5em;margin:1em 0}form.extract textarea{min-height:14em;font:13px monospace}.error{color:#a00}";

    public static string Render(string? url = null, string? error = null) =>
        WebPages.Page("Extract a page", Style, w =>
        {
            w.WriteLine("<h1>Extract a page</h1>");
            if (error is not null) w.WriteLine($"<p class=\"error\">{HtmlPage.Encode(error)}</p>");
            w.WriteLine("<form class=\"extract\" method=\"post\" action=\"/extract\">");
            w.WriteLine($"<label>Address of a public page (http or https) <input name=\"url\" type=\"url\" value=\"{HtmlPage.Encode(url ?? "")}\"></label>");
            w.WriteLine("<label>…or paste its HTML, or text a crawler already flattened (the address above then only resolves links)<textarea name=\"page\"></textarea></label>");
            w.WriteLine("<label><select name=\"format\"><option value=\"auto\">detect HTML or text</option><option value=\"html\">HTML</option><option value=\"text\">plain text</option></select></label>");
            w.WriteLine("<label><input type=\"checkbox\" name=\"analyze\" value=\"1\" checked> analyse it too (entities, quotes, figures)</label>");
            w.WriteLine("<button type=\"submit\">Extract</button></form>");
        });
}
