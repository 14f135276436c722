namespace Lede.Analysis.Entities;

/// <summary>Word shapes: "Kowalczyk" → "Xxxxxxx" (long, capped) and "Xx" (short, runs collapsed); "U.S." → "X.X.".</summary>
internal static class WordShape
{
    private const int MaxLong = 10, MaxShort = 32;

    public static string Long(string word)
    {
        var length = Math.Min(word.Length, MaxLong);
        return string.Create(length, word, static (span, w) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Class(w[i]);
        });
    }

    public static string Short(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, MaxShort)];
        var n = Short(word, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Hashes of the long and short shapes, without building them.</summary>
    public static (ulong Long, ulong Short) Hashes(string word)
    {
        ulong longHash = TaggerHash.Start, shortHash = TaggerHash.Start;
        var longLength = Math.Min(word.Length, MaxLong);
        var shortLength = 0;
        var last = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = Class(word[i]);
            if (i < MaxLong) longHash = TaggerHash.Step(longHash, c);
            if (shortLength < MaxShort && (shortLength == 0 || c != last))
            {
                shortHash = TaggerHash.Step(shortHash, c);
                shortLength++;
                last = c;
            }
        }
        return (TaggerHash.Finish(longHash, longLength), TaggerHash.Finish(shortHash, shortLength));
    }

    private static int Short(string word, Span<char> buffer)
    {
        var n = 0;
        for (var i = 0; i < word.Length && n < buffer.Length; i++)
        {
            var c = Class(word[i]);
            if (n == 0 || buffer[n - 1] != c) buffer[n++] = c;
        }
        return n;
    }

    private static char Class(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'a') <= 'z' - 'a') return 'x';
            if ((uint)(c - 'A') <= 'Z' - 'A') return 'X';
            if ((uint)(c - '0') <= 9) return 'd';
            return c;
        }
        if (char.IsUpper(c)) return 'X';
        if (char.IsLower(c)) return 'x';
        if (char.IsDigit(c)) return 'd';
        if (char.IsLetter(c)) return 'x';
        return FeatureHash.Fold(c);
    }
}
