namespace Lede.Analysis.Quotes;

/// <summary>A [Start, End) range of UTF-16 positions; Start &lt; 0 means none.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public static readonly TextRange None = new(-1, -1);
    public bool IsEmpty => Start < 0 || End <= Start;
    public bool Overlaps(TextRange other) => !IsEmpty && !other.IsEmpty && Start < other.End && other.Start < End;
    public bool Contains(int position) => !IsEmpty && position >= Start && position < End;
}
