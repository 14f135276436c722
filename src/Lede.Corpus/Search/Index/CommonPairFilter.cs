using Lede.Corpus.Rules;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Lede.Corpus.Search.Index;

/// <summary>
/// Passes every word through and adds, for each adjacent pair with a common word in it
/// (<see cref="SearchRules.CommonWords"/>), the pair "first second" at the first word's position
/// (position increment 0). A phrase is then matched on pairs where it has a common word and on
/// positions elsewhere (<see cref="LuceneQueryWriter"/>): never a walk of a common word's positions.
/// Lengths (BM25 norms) count words only: Lucene discounts tokens at an occupied position.
/// </summary>
internal sealed class CommonPairFilter : TokenFilter
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Common =
        SearchRules.CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;

    // The previous word and the word held back while its pair is emitted (copied: no string per token).
    private char[] _previous = new char[64];
    private int _previousLength = -1;
    private bool _previousCommon;
    private char[] _held = new char[64];
    private int _heldLength = -1;

    public CommonPairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public static bool IsCommon(ReadOnlySpan<char> word) => Common.Contains(word);

    /// <summary>The indexed term of a pair.</summary>
    public static string Pair(string first, string second) => first + " " + second;

    public override bool IncrementToken()
    {
        if (_heldLength >= 0)
        {
            // The word after the pair just emitted: next position.
            ClearAttributes();
            _term.CopyBuffer(_held, 0, _heldLength);
            _increment.PositionIncrement = 1;
            _heldLength = -1;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        var word = _term.Buffer.AsSpan(0, length);
        var common = IsCommon(word);
        var pair = _previousLength >= 0 && (common || _previousCommon);
        if (pair)
        {
            Copy(ref _held, word);
            _heldLength = length;
            var buffer = _term.ResizeBuffer(_previousLength + 1 + length);
            _previous.AsSpan(0, _previousLength).CopyTo(buffer);
            buffer[_previousLength] = ' ';
            _held.AsSpan(0, length).CopyTo(buffer.AsSpan(_previousLength + 1));
            _term.Length = _previousLength + 1 + length;
            _increment.PositionIncrement = 0;
        }
        Copy(ref _previous, pair ? _held.AsSpan(0, length) : word);
        _previousLength = length;
        _previousCommon = common;
        return true;
    }

    private static void Copy(ref char[] target, ReadOnlySpan<char> word)
    {
        if (target.Length < word.Length) target = new char[Math.Max(word.Length, target.Length * 2)];
        word.CopyTo(target);
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = -1;
        _heldLength = -1;
        _previousCommon = false;
    }
}
