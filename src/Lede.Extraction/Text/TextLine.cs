namespace Lede.Extraction.Text;

/// <summary>One non-empty line of flattened text, as classified; <see cref="Score"/> is its weight as story text.</summary>
internal sealed record TextLine(int Index, string Text, LineKind Kind, double Score, bool EndsSentence, int Words)
{
    public Caption? Caption { get; init; }
    public Byline? Byline { get; init; }
}
