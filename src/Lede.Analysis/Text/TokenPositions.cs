namespace Lede.Analysis.Text;

/// <summary>Finding tokens by character position in a token list sorted by start (as <see cref="Tokenizer"/> makes it).</summary>
internal static class TokenPositions
{
    /// <summary>Index of the first token that starts at or after <paramref name="position"/> (binary search; Count when none).</summary>
    public static int FirstAt(IReadOnlyList<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
