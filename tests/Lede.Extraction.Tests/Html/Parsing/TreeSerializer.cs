using System.Text;
using Lede.Extraction.Html.Dom;

namespace Lede.Extraction.Tests.Html.Parsing;

/// <summary>Writes a parsed tree compactly ("&lt;p&gt;a&lt;/p&gt;", attributes as [name=value]) for comparing shapes in tests.</summary>
internal static class TreeSerializer
{
    private static readonly HashSet<string> Void = ["br", "img", "hr", "input", "meta", "link", "wbr", "source"];

    public static string Write(HtmlElement root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is HtmlText t) { sb.Append(t.Data); continue; }
            var e = (HtmlElement)node;
            if (closing) { if (!Void.Contains(e.LocalName)) sb.Append("</").Append(e.LocalName).Append('>'); continue; }
            sb.Append('<').Append(e.LocalName);
            foreach (var a in e.Attributes) sb.Append('[').Append(a.LocalName).Append('=').Append(a.Value).Append(']');
            sb.Append('>');
            stack.Push((e, true));
            for (var c = e.LastChild; c is not null; c = c.PreviousSibling) stack.Push((c, false));
        }
        return sb.ToString();
    }
}
