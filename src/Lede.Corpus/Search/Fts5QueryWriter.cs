using System.Text;

namespace Lede.Corpus.Search;

/// <summary>Renders a parsed query in SQLite FTS5 syntax: every token quoted, so no user text is an operator.</summary>
internal static class Fts5QueryWriter
{
    public static string Write(QueryNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private static void Append(StringBuilder text, QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                text.Append('"').Append(term.Token).Append('"');
                if (term.Prefix) text.Append('*');
                break;
            case PhraseNode phrase:
                text.Append('"').AppendJoin(' ', phrase.Tokens).Append('"');
                break;
            case OrNode or:
                text.Append('(');
                for (var i = 0; i < or.Parts.Count; i++)
                {
                    if (i > 0) text.Append(" OR ");
                    Append(text, or.Parts[i]);
                }
                text.Append(')');
                break;
            case AndNode and:
                text.Append('(');
                for (var i = 0; i < and.Parts.Count; i++)
                {
                    if (i > 0) text.Append(" AND ");
                    Append(text, and.Parts[i]);
                }
                // FTS5's NOT is binary: "a NOT b".
                foreach (var excluded in and.Excluded)
                {
                    text.Append(" NOT ");
                    Append(text, excluded);
                }
                text.Append(')');
                break;
        }
    }
}
