using System.Text;

namespace Lede.Corpus.Search;

/// <summary>
/// Renders a parsed query as PostgreSQL tsquery text (for <c>to_tsquery('simple', …)</c>):
/// tokens quoted as lexemes, phrases with &lt;-&gt;, prefixes with :*.
/// </summary>
internal static class TsQueryWriter
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
                Lexeme(text, term.Token);
                if (term.Prefix) text.Append(":*");
                break;
            case PhraseNode phrase:
                text.Append('(');
                for (var i = 0; i < phrase.Tokens.Count; i++)
                {
                    if (i > 0) text.Append(" <-> ");
                    Lexeme(text, phrase.Tokens[i]);
                }
                text.Append(')');
                break;
            case OrNode or:
                text.Append('(');
                for (var i = 0; i < or.Parts.Count; i++)
                {
                    if (i > 0) text.Append(" | ");
                    Append(text, or.Parts[i]);
                }
                text.Append(')');
                break;
            case AndNode and:
                text.Append('(');
                for (var i = 0; i < and.Parts.Count; i++)
                {
                    if (i > 0) text.Append(" & ");
                    Append(text, and.Parts[i]);
                }
                foreach (var excluded in and.Excluded)
                {
                    text.Append(" & !");
                    Append(text, excluded);
                }
                text.Append(')');
                break;
        }
    }

    // Tokens hold only letters, digits and marks, so quoting is enough; '' doubles a quote for safety.
    private static void Lexeme(StringBuilder text, string token) => text.Append('\'').Append(token.Replace("'", "''")).Append('\'');
}
