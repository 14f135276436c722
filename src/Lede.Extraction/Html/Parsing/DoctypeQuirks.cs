namespace Lede.Extraction.Html.Parsing;

/// <summary>
/// Whether a doctype puts the page in quirks mode, where a &lt;table&gt; does not close an open &lt;p&gt;
/// (the one quirk that changes the tree). The public identifiers are the HTML standard's, abridged to the
/// families pages actually carry.
/// </summary>
internal static class DoctypeQuirks
{
    private static readonly string[] QuirkyPublicPrefixes =
    [
        "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html", "-//metrius//dtd metrius presentational//",
        "-//microsoft//dtd internet explorer", "-//netscape comm. corp.//dtd", "-//o'reilly and associates//dtd html",
        "-//softquad", "-//spyglass//dtd html 2.0 extended//", "-//sq//dtd html 2.0 hotmetal + extensions//",
        "-//sun microsystems corp.//dtd hotjava", "-//w3c//dtd html 3", "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental", "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html",
    ];

    // Quirky only without a system identifier (with one they are "limited quirks", which keeps p-closing).
    private static readonly string[] QuirkyWithoutSystemId = ["-//w3c//dtd html 4.01 frameset//", "-//w3c//dtd html 4.01 transitional//"];

    /// <param name="body">What follows "&lt;!DOCTYPE" up to the closing '&gt;'.</param>
    /// <param name="ended">False when the input ended inside the doctype (force-quirks).</param>
    public static bool IsQuirky(ReadOnlySpan<char> body, bool ended)
    {
        if (!ended) return true;
        var text = body.Trim().ToString().ToLowerInvariant();
        var nameEnd = text.IndexOfAny([' ', '\t', '\n', '\r', '\f']);
        var name = nameEnd < 0 ? text : text[..nameEnd];
        if (name != "html") return true;
        var rest = nameEnd < 0 ? "" : text[nameEnd..].TrimStart();
        string? publicId = null, systemId = null;
        if (rest.StartsWith("public", StringComparison.Ordinal))
        {
            publicId = Quoted(rest[6..], out var after);
            if (publicId is null) return true;
            systemId = Quoted(after, out _);
        }
        else if (rest.StartsWith("system", StringComparison.Ordinal))
        {
            systemId = Quoted(rest[6..], out _);
            if (systemId is null) return true;
        }
        if (systemId == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd") return true;
        if (publicId is null) return false;
        if (publicId is "-//w3o//dtd w3 html strict 3.0//en//" or "-/w3c/dtd html 4.0 transitional/en" or "html") return true;
        foreach (var prefix in QuirkyPublicPrefixes)
            if (publicId.StartsWith(prefix, StringComparison.Ordinal)) return true;
        if (systemId is null)
            foreach (var prefix in QuirkyWithoutSystemId)
                if (publicId.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string? Quoted(string text, out string after)
    {
        text = text.TrimStart();
        after = "";
        if (text.Length == 0 || text[0] is not ('"' or '\'')) return null;
        var close = text.IndexOf(text[0], 1);
        if (close < 0) return null;
        after = text[(close + 1)..];
        return text[1..close];
    }
}
