namespace Lede.Analysis.Quotes;

/// <summary>One phrase that may be the source of a tagged content, with its features; Antecedent names a relative pronoun's speaker.</summary>
internal readonly record struct TaggedSourceOption(TextRange Source, TextRange Antecedent, ulong[] Features);
