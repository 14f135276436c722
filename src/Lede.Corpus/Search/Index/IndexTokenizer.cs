using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Lede.Corpus.Search.Index;

/// <summary>
/// The Lucene tokenizer with exactly <see cref="QueryTokenizer"/>'s rule (runs of letters, digits
/// and combining marks, lower-cased), so the Lucene index, FTS5 and PostgreSQL agree token for token.
/// Streams the text through a fixed buffer.
/// </summary>
internal sealed class IndexTokenizer : Tokenizer
{
    // Lucene rejects terms over 32,766 UTF-8 bytes; a "word" this long is not one anyone searches for.
    private const int MaxTokenChars = 1000;

    private readonly ICharTermAttribute _term;
    private readonly char[] _buffer = new char[4096];
    private int _length;
    private int _at;

    public IndexTokenizer(TextReader input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public override bool IncrementToken()
    {
        ClearAttributes();
        var chars = 0;
        while (true)
        {
            if (_at >= _length)
            {
                _length = m_input.Read(_buffer, 0, _buffer.Length);
                _at = 0;
                if (_length <= 0)
                {
                    _length = 0;
                    return chars > 0;
                }
            }
            var c = _buffer[_at++];
            if (IsTokenChar(c))
            {
                if (chars++ < MaxTokenChars) _term.Append(char.ToLowerInvariant(c));
            }
            else if (chars > 0) return true;
        }
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _at = 0;
    }
}
