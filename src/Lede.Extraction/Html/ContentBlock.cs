namespace Lede.Extraction.Html;

/// <summary>One output block: its plain text, its inline HTML and, for headings, the level.</summary>
internal sealed record ContentBlock(BlockKind Kind, string Text, string Html, int Level = 0);
