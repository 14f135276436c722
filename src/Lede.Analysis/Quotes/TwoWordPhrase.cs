using System.Collections.Frozen;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Looks up "first second" in a set of two-word phrases without building the string: the finder asks it of every
/// word and the word after it, and a concatenation a token was a fifth of the quote stage's allocations.
/// </summary>
internal static class TwoWordPhrase
{
    private const int MaxStackChars = 128;

    /// <summary>Whether <paramref name="phrases"/> holds <paramref name="first"/>, a space and <paramref name="second"/>, under the set's own comparer.</summary>
    public static bool In(FrozenSet<string> phrases, string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        if (length > MaxStackChars || !phrases.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)) return phrases.Contains(first + " " + second);
        Span<char> phrase = stackalloc char[length];
        first.CopyTo(phrase);
        phrase[first.Length] = ' ';
        second.CopyTo(phrase[(first.Length + 1)..]);
        return lookup.Contains(phrase);
    }
}
