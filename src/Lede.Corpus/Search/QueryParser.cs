namespace Lede.Corpus.Search;

/// <summary>
/// Parses the search language into a tree both index back ends render:
/// <c>word</c> (with its singular or plural, <see cref="WordForms"/>), <c>"a phrase"</c> (a quoted word is searched as typed), <c>prefix*</c>, <c>a AND b</c> (or just <c>a b</c>), <c>a OR b</c>,
/// <c>NOT a</c> / <c>-a</c>, and parentheses. Operators are upper-case so that "or" stays a word.
/// Malformed input degrades to words rather than failing: an unclosed quote or bracket closes at the end.
/// What a query may cost is capped: words, prefix words and their length (a clear error past the caps).
/// </summary>
internal sealed class QueryParser
{
    public const int MaxQueryChars = 2000;
    private const int MaxDepth = 32;

    // What one query may ask of the index, so that no query holds the corpus for long (reads are served one at a
    // time): every word costs a pass over its postings, and a prefix one over the postings of every word it matches.
    // On 200,000 articles 520 one-letter prefixes took 37 s and 26 took 4.7 s; "con*" takes 0.2 s.
    public const int MaxWords = 50;
    public const int MaxPrefixes = 8;
    public const int MinPrefixChars = 3;

    private readonly List<string> _lexemes;
    private int _at;

    private QueryParser(List<string> lexemes) => _lexemes = lexemes;

    /// <exception cref="FormatException">The query has no searchable word, or only negated ones.</exception>
    public static QueryNode Parse(string query)
    {
        if (query.Length > MaxQueryChars) throw new FormatException($"the query is longer than {MaxQueryChars} characters");
        var parser = new QueryParser(Lex(query));
        var node = parser.ParseOr(0) ?? throw new FormatException("the query has no word to search for");
        var (words, prefixes) = (0, 0);
        Count(node, ref words, ref prefixes);
        if (words > MaxWords) throw new FormatException($"the query has {words} words; at most {MaxWords} are searched for at once");
        if (prefixes > MaxPrefixes) throw new FormatException($"the query has {prefixes} prefix words (word*); at most {MaxPrefixes} are searched for at once");
        // Counted before the word forms are added: "hostage" is one word the user asked for, however many forms it has.
        return WordForms.Expand(node);
    }

    private static void Count(QueryNode node, ref int words, ref int prefixes)
    {
        switch (node)
        {
            case TermNode term:
                words++;
                if (term.Prefix) prefixes++;
                break;
            case PhraseNode phrase:
                words += phrase.Tokens.Count;
                break;
            case OrNode or:
                foreach (var part in or.Parts) Count(part, ref words, ref prefixes);
                break;
            case AndNode and:
                foreach (var part in and.Parts.Concat(and.Excluded)) Count(part, ref words, ref prefixes);
                break;
        }
    }

    /// <summary>Splits into parentheses, quoted phrases (kept with their quote) and bare words.</summary>
    private static List<string> Lex(string query)
    {
        var lexemes = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')') { lexemes.Add(c.ToString()); i++; continue; }
            if (c is '"' or '“' or '”' or '„')
            {
                var end = query.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0) end = query.Length;
                lexemes.Add("\"" + query[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"' or '“' or '”' or '„')) i++;
            lexemes.Add(query[start..i]);
        }
        return lexemes;
    }

    private string? Peek => _at < _lexemes.Count ? _lexemes[_at] : null;

    private QueryNode? ParseOr(int depth)
    {
        var parts = new List<QueryNode>();
        while (true)
        {
            var part = ParseAnd(depth);
            if (part is not null) parts.Add(part);
            if (Peek == "OR") { _at++; continue; }
            break;
        }
        return parts.Count switch { 0 => null, 1 => parts[0], _ => new OrNode(parts) };
    }

    private QueryNode? ParseAnd(int depth)
    {
        var positive = new List<QueryNode>();
        var negative = new List<QueryNode>();
        while (Peek is { } next && next != "OR" && (next != ")" || depth == 0))
        {
            // "AND" is the default; a ")" without its "(" is dropped.
            if (next is "AND" or ")") { _at++; continue; }
            var negated = false;
            if (next == "NOT") { negated = true; _at++; }
            else if (next.Length > 1 && next[0] == '-' && next[1] != '-') { negated = true; _lexemes[_at] = next[1..]; }
            var unit = ParseUnit(depth);
            if (unit is null) continue;
            (negated ? negative : positive).Add(unit);
        }
        if (positive.Count == 0)
        {
            if (negative.Count > 0) throw new FormatException("the query only excludes words: add at least one word to search for");
            return null;
        }
        return negative.Count == 0 && positive.Count == 1 ? positive[0] : new AndNode(positive, negative);
    }

    private QueryNode? ParseUnit(int depth)
    {
        if (Peek is not { } lexeme) return null;
        _at++;
        if (lexeme == "(")
        {
            if (depth >= MaxDepth) throw new FormatException($"the query nests brackets deeper than {MaxDepth}");
            var inner = ParseOr(depth + 1);
            if (Peek == ")") _at++;
            return inner;
        }
        if (lexeme is ")" or "NOT") return null;
        if (lexeme[0] == '"') return Words(QueryTokenizer.Tokens(lexeme[1..]), prefix: false, exact: true);
        var prefix = lexeme.EndsWith('*');
        var words = Words(QueryTokenizer.Tokens(prefix ? lexeme.TrimEnd('*') : lexeme), prefix);
        if (words is TermNode { Prefix: true } term && term.Token.Length < MinPrefixChars)
            throw new FormatException($"\"{lexeme}\": a prefix search (word*) needs at least {MinPrefixChars} letters before the *");
        return words;
    }

    private static QueryNode? Words(List<string> tokens, bool prefix, bool exact = false) => tokens.Count switch
    {
        0 => null,
        // "U.S." or "covid-19" tokenise to several tokens: they must stay together.
        1 => new TermNode(tokens[0], prefix, exact),
        _ => new PhraseNode(tokens),
    };
}
