using System.Text;
using AngleSharp.Dom;
using Lede.Extraction.Metadata.Dates;

namespace Lede.Extraction.Metadata;

/// <summary>The text a reader sees in a subtree, one line per block, walked without recursion and capped in length.</summary>
internal static class VisibleText
{
    private static readonly HashSet<string> Invisible = ["script", "style", "noscript", "template", "svg", "iframe", "select", "button", "form"];
    private static readonly HashSet<string> Skipped = ["nav", "footer", "aside"];
    private static readonly HashSet<string> Blocks = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "blockquote", "figcaption", "dd", "dt", "td", "th", "time", "span"];

    public static string Of(IElement root, int maxChars, bool skipNonStory)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0 && sb.Length < maxChars)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                var data = t.Data;
                if (!string.IsNullOrWhiteSpace(data)) sb.Append(data.Trim()).Append(' ');
                continue;
            }
            if (node is not IElement e) continue;
            if (Invisible.Contains(e.LocalName)) continue;
            if (skipNonStory && e != root && (Skipped.Contains(e.LocalName) || IsNonStoryBlock(e))) continue;
            if (Blocks.Contains(e.LocalName) && sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
            // Indexed: AngleSharp finds a previous sibling by searching the parent's list (quadratic over wide parents).
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return sb.Length > maxChars ? sb.ToString(0, maxChars) : sb.ToString();
    }

    private static bool IsNonStoryBlock(IElement e) => DateCandidateCollector.MarkedWith(e, Rules.MetadataRules.NonStoryTokens);
}
