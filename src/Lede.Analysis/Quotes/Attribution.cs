namespace Lede.Analysis.Quotes;

/// <summary>
/// Who (source) said (cue) what (content), as found in the text before speakers are resolved.
/// Continues is true for a quote that takes its speaker from the attribution before it. Antecedent, when set, is the
/// phrase a relative-pronoun source refers to ("Sen. Jo Park" for "who"): it names the speaker.
/// </summary>
internal sealed record Attribution(TextRange Content, TextRange Cue, TextRange Source, bool Continues = false, TextRange Antecedent = default);
