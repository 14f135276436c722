using System.Text;

namespace Lede.Extraction.Html;

/// <summary>Joins blocks into the body text (blank line between paragraphs, one line per item/row/quote line, Unicode NFC) and an HTML fragment.</summary>
internal static class BlockAssembler
{
    // Reused per thread: every page joins its blocks twice; a buffer grown past the bound is let go.
    private const int MaxKeptChars = 256 * 1024;
    [ThreadStatic] private static StringBuilder? _buffer;

    private static StringBuilder Buffer(int capacity)
    {
        var sb = _buffer ??= new StringBuilder();
        sb.Clear();
        sb.EnsureCapacity(capacity);
        return sb;
    }

    private static string Finish(StringBuilder sb)
    {
        var text = sb.ToString();
        if (sb.Capacity > MaxKeptChars) _buffer = null;
        return text;
    }

    public static string Text(IReadOnlyList<ContentBlock> blocks)
    {
        var length = 0;
        for (var i = 0; i < blocks.Count; i++) length += blocks[i].Text.Length + 2;
        var sb = Buffer(length);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0) sb.Append(SameGroup(blocks[i - 1].Kind, blocks[i].Kind) ? "\n" : "\n\n");
            sb.Append(blocks[i].Text);
        }
        var text = Finish(sb);
        // One spelling per character (NFC): pages mix precomposed and combining forms, and search,
        // duplicate detection and quoting all compare strings.
        return text.IsNormalized() ? text : text.Normalize();
    }

    private static bool SameGroup(BlockKind a, BlockKind b) =>
        a == b && a is BlockKind.ListItem or BlockKind.OrderedListItem or BlockKind.TableRow;

    public static string Html(IReadOnlyList<ContentBlock> blocks)
    {
        var length = 0;
        for (var i = 0; i < blocks.Count; i++) length += blocks[i].Html.Length + 16;
        var sb = Buffer(length);
        string? open = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var wrapper = block.Kind switch
            {
                BlockKind.ListItem => "ul",
                BlockKind.OrderedListItem => "ol",
                BlockKind.Quote => "blockquote",
                BlockKind.TableRow => "table",
                _ => null,
            };
            if (wrapper != open)
            {
                if (open is not null) sb.Append("</").Append(open).Append(">\n");
                if (wrapper is not null) sb.Append('<').Append(wrapper).Append(">\n");
                open = wrapper;
            }
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    var level = Math.Clamp(block.Level, 2, 6);
                    sb.Append("<h").Append(level).Append('>').Append(block.Html).Append("</h").Append(level).Append(">\n");
                    break;
                case BlockKind.ListItem or BlockKind.OrderedListItem:
                    sb.Append("<li>").Append(block.Html).Append("</li>\n");
                    break;
                case BlockKind.TableRow:
                    sb.Append("<tr>").Append(block.Html).Append("</tr>\n");
                    break;
                case BlockKind.Preformatted:
                    sb.Append("<pre>").Append(block.Html).Append("</pre>\n");
                    break;
                default:
                    sb.Append("<p>").Append(block.Html).Append("</p>\n");
                    break;
            }
        }
        if (open is not null) sb.Append("</").Append(open).Append(">\n");
        return Finish(sb);
    }
}
