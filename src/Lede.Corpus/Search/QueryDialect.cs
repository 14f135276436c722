using System.Text;

namespace Lede.Corpus.Search;

/// <summary>
/// How one full-text engine spells a parsed query: its term and phrase syntax and its boolean operators.
/// Every token is quoted, so no user text can become an operator.
/// </summary>
internal sealed record QueryDialect(
    Action<StringBuilder, TermNode> Term,
    Action<StringBuilder, PhraseNode> Phrase,
    string Or,
    string And,
    string AndNot)
{
    /// <summary>PostgreSQL tsquery text (for <c>to_tsquery('simple', …)</c>): 'lexemes', :* prefixes, &lt;-&gt; phrases.</summary>
    public static readonly QueryDialect TsQuery = new(
        (text, term) => Lexeme(text, term.Token).Append(term.Prefix ? ":*" : ""),
        (text, phrase) =>
        {
            text.Append('(');
            for (var i = 0; i < phrase.Tokens.Count; i++)
            {
                if (i > 0) text.Append(" <-> ");
                Lexeme(text, phrase.Tokens[i]);
            }
            text.Append(')');
        },
        " | ", " & ", " & !");

    /// <summary>Renders <paramref name="node"/> in this dialect.</summary>
    public string Write(QueryNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString();
    }

    private void Append(StringBuilder text, QueryNode node)
    {
        switch (node)
        {
            case TermNode term:
                Term(text, term);
                break;
            case PhraseNode phrase:
                Phrase(text, phrase);
                break;
            case OrNode or:
                Join(text, or.Parts, Or, []);
                break;
            case AndNode and:
                Join(text, and.Parts, And, and.Excluded);
                break;
        }
    }

    private void Join(StringBuilder text, IReadOnlyList<QueryNode> parts, string separator, IReadOnlyList<QueryNode> excluded)
    {
        text.Append('(');
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) text.Append(separator);
            Append(text, parts[i]);
        }
        foreach (var part in excluded)
        {
            text.Append(AndNot);
            Append(text, part);
        }
        text.Append(')');
    }

    // Tokens hold only letters, digits and marks, so quoting is enough; '' doubles a quote for safety.
    private static StringBuilder Lexeme(StringBuilder text, string token) => text.Append('\'').Append(token.Replace("'", "''")).Append('\'');
}
