namespace Lede.Analysis.Model;

// All offsets are UTF-16 code-unit positions into articleBody (what .NET string indices are);
// every span carries its text. Field names are a contract: extend, never rename.

/// <summary>A sentence of the body.</summary>
public sealed record Sentence(int Start, int End);

/// <summary>A name in the text. Type is CoNLL's: PER, ORG, LOC, MISC. Entity is the id of the entity it refers to.</summary>
public sealed record Mention(string Text, int Start, int End, string Type, string? Entity = null);

/// <summary>One real-world entity of the article, with the roles the article gives it.</summary>
public sealed record Entity(string Id, string Name, string Type, IReadOnlyList<string> Titles, int MentionCount);

/// <summary>Who said a quote: the span in the text and the resolved full name.</summary>
public sealed record Speaker(string Text, int Start, int End, string? Name, string? Entity);

/// <summary>A direct, indirect (reported) or mixed quote, with its reporting verb and speaker.</summary>
public sealed record Quote(string Text, int Start, int End, string Kind, Cue? Cue, Speaker? Speaker);

/// <summary>The reporting verb span ("said", "told reporters", "according to").</summary>
public sealed record Cue(string Text, int Start, int End);

/// <summary>
/// An attributed statement that carries a figure: "about 24 living hostages", source "Israeli officials". A figure whose
/// unit says only "percent", a currency or nothing has the <paramref name="Measure"/> its clause names: "the jobless rate"
/// in "the jobless rate fell to 4.1%", "Clinton" in "Clinton had 46 percent".
/// </summary>
public sealed record Claim(string Text, int Start, int End, double Value, string? Qualifier, string? Unit, ClaimSource? Source, string? Measure = null);

/// <summary>Who a claim is attributed to: the span in the text and, as for a quote's speaker, the resolved full name ("he" → "Karim Haddad").</summary>
public sealed record ClaimSource(string Text, int Start, int End, string? Entity, string? Name = null);

/// <summary>Everything the analysis found in one article body.</summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Claim> Claims)
{
    /// <summary>Plain-language notes on what was not analysed and why (e.g. a language the models do not read).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
