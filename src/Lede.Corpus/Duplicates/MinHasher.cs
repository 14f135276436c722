namespace Lede.Corpus.Duplicates;

/// <summary>
/// MinHash with multiply-shift hash functions h_i(x) = (a_i·x + b_i) >> 32 over 64-bit shingle
/// hashes (already well mixed, so one multiply per function is enough). Immutable: safe to share across threads.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int hashCount, int seed)
    {
        _a = new ulong[hashCount];
        _b = new ulong[hashCount];
        var state = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        for (var i = 0; i < hashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _a[i] = TextHashing.Mix(state) | 1; // odd multiplier: a bijection on 64 bits
            state += 0x9E3779B97F4A7C15UL;
            _b[i] = TextHashing.Mix(state);
        }
    }

    public int HashCount => _a.Length;

    /// <summary>Signature of a shingle set; all uint.MaxValue when the set is empty.</summary>
    public uint[] Sign(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[_a.Length];
        Array.Fill(signature, uint.MaxValue);
        var a = _a.AsSpan();
        var b = _b.AsSpan();
        foreach (var x in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var v = (uint)((a[i] * x + b[i]) >> 32);
                if (v < signature[i]) signature[i] = v;
            }
        }
        return signature;
    }

    /// <summary>Share of equal positions: an unbiased estimate of the Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        var equal = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i]) equal++;
        }
        return (double)equal / x.Length;
    }
}
