using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Lede.Corpus.Search.Index;

/// <summary>
/// Turns a token stream into the stream of its adjacent pairs ("the old harbour" → "the old", "old harbour"),
/// one position each. A two-word phrase is then one term whose postings are exactly its occurrences, and a
/// longer phrase a phrase of pairs: no position lists of very common words to walk at query time.
/// </summary>
internal sealed class WordPairFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly System.Text.StringBuilder _previous = new();

    public WordPairFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public static string Pair(string first, string second) => first + " " + second;

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var current = _term.ToString();
            if (_previous.Length == 0)
            {
                _previous.Append(current);
                continue;
            }
            _term.SetEmpty().Append(_previous.ToString()).Append(' ').Append(current);
            _previous.Clear().Append(current);
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previous.Clear();
    }
}
