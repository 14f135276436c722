namespace Lede.Extraction.Html.Dom;

/// <summary>
/// Short strings pages repeat by the thousand (names, class values, the white space between tags), shared per
/// thread across pages: most of a tree's text nodes and attribute values would otherwise be fresh copies of these.
/// </summary>
internal static class SharedStrings
{
    /// <summary>Longer strings are copied, not shared.</summary>
    public const int MaxSharedChars = 64;
    private const int MaxSharedStrings = 16_384;

    [ThreadStatic] private static Dictionary<string, string>? _shared;
    // Made once per thread: asking the table for it checks its comparer on every call.
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup
    {
        get
        {
            if (_shared is null)
            {
                _shared = new Dictionary<string, string>(StringComparer.Ordinal);
                _lookup = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            return _lookup;
        }
    }

    /// <summary>Empties the thread's table once it holds more than its bound (called between pages).</summary>
    public static void Trim()
    {
        if (_shared is { Count: > MaxSharedStrings } shared) shared.Clear();
    }

    /// <summary>The characters as a string: the thread's shared copy when short, a new one otherwise.</summary>
    public static string Of(ReadOnlySpan<char> chars) => chars.Length <= MaxSharedChars ? Shared(chars) : chars.ToString();

    /// <summary>The thread's shared copy of <paramref name="chars"/>, made on first sight.</summary>
    public static string Shared(ReadOnlySpan<char> chars)
    {
        var lookup = Lookup;
        if (lookup.TryGetValue(chars, out var seen)) return seen;
        var made = chars.ToString();
        lookup.Dictionary[made] = made;
        return made;
    }
}
