using System.Collections.Frozen;

namespace Lede.Analysis.Rules;

/// <summary>
/// One language's words for finding who said a direct quote without a model: the reporting verbs of its speech tags
/// ("sagte", "a déclaré", "dijo"), its he/she pronouns, the markers that name a source without a verb ("so", "selon",
/// "según"), and what may stand before a speaker's name (articles, honorifics, role nouns). One file per language
/// (<c>SpeechTagRules.De.cs</c> …) fills it; <see cref="ForLanguage"/> picks one by primary subtag.
/// </summary>
internal sealed record SpeechTagRules
{
    /// <summary>Primary subtag ("de").</summary>
    public required string Language { get; init; }

    /// <summary>Reporting verbs in the forms a speech tag uses (third person, present and past; participles for compound tenses).</summary>
    public required FrozenSet<string> ReportingVerbs { get; init; }

    /// <summary>Auxiliaries of a compound tense before the participle ("a dit", "ha dicho"); with a pronoun attached ("a-t-il") see <see cref="PronounSuffixes"/>.</summary>
    public FrozenSet<string> Auxiliaries { get; init; } = FrozenSet<string>.Empty;

    /// <summary>He-pronouns as a speaker ("er", "il", "él").</summary>
    public required FrozenSet<string> MalePronouns { get; init; }

    /// <summary>She-pronouns as a speaker ("sie", "elle", "ella").</summary>
    public required FrozenSet<string> FemalePronouns { get; init; }

    /// <summary>An inverted auxiliary with its pronoun joined ("a-t-il", "a-t-elle"): the suffix after the last hyphen is the pronoun.</summary>
    public bool PronounSuffixes { get; init; }

    /// <summary>Markers that name the source without a verb after a quote: „…“, so X. / « … », selon X.</summary>
    public required FrozenSet<string> AfterQuoteMarkers { get; init; }

    /// <summary>Markers that open a sentence naming its source: Laut X, … / Selon X, … / Según X, …</summary>
    public required FrozenSet<string> BeforeQuoteMarkers { get; init; }

    /// <summary>Markers that follow the source they name: "dem Bericht zufolge".</summary>
    public FrozenSet<string> PostposedMarkers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>
    /// Markers that open a sentence with a source only before a person ("Pour Marie Dupont, « … »", "Pour la toxicologue,
    /// « … »"): as often they open an adverbial, which <see cref="AdverbialsAfterMarker"/> tells apart.
    /// </summary>
    public FrozenSet<string> NamedBeforeQuoteMarkers { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Possessives and nouns that make "pour"/"para" + phrase an adverbial ("Pour le moment", "Pour sa part", "Para ello").</summary>
    public FrozenSet<string> AdverbialsAfterMarker { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that open a reported clause after the tag ("dass", "que"): the content starts after them.</summary>
    public required FrozenSet<string> ClauseOpeners { get; init; }

    /// <summary>Articles and possessives that open a speaker described by a role ("die Ministerin", "la toxicologue").</summary>
    public required FrozenSet<string> Determiners { get; init; }

    /// <summary>Honorifics and academic titles before a name ("Dr.", "M.", "Sra."): part of the speaker's text, not of the name.</summary>
    public required FrozenSet<string> Honorifics { get; init; }

    /// <summary>Capitalised role nouns that may stand before a surname ("Bischof Schick", "Kanzlerin Merkel"): no part of the name.</summary>
    public FrozenSet<string> RoleNouns { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Endings of compound role nouns ("Turnierdirektor", "Regierungssprecherin"): a capitalised word ending so is a role, not a name.</summary>
    public IReadOnlyList<string> RoleNounEndings { get; init; } = [];

    /// <summary>Adverbs that may stand between the verb and the speaker ("sagte damals X", "añadió además X").</summary>
    public required FrozenSet<string> Fillers { get; init; }

    /// <summary>
    /// Lower-case words that end a role phrase in a language that writes roles lower-case ("l’avocat de la partie [à] …",
    /// "el ministro [durante] …"): prepositions and time words that open an adverbial after the speaker.
    /// </summary>
    public FrozenSet<string> RoleStops { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Particles joining a name's parts ("von", "de", "del").</summary>
    public required FrozenSet<string> NameParticles { get; init; }

    /// <summary>Words that may open a sentence before its subject and are no name ("Auch", "Doch", "Mais", "Pero").</summary>
    public required FrozenSet<string> SentenceOpeners { get; init; }

    /// <summary>Whether a tag may sit inside the quote marks (French incise: « Impossible. Le port ferme à midi, explique X. Les ferries … »).</summary>
    public bool TagsInsideQuotes { get; init; }

    /// <summary>
    /// Whether the language capitalises every noun (German): a capitalised word before a surname is then no evidence of a
    /// given name, and roles are runs of capitalised nouns.
    /// </summary>
    public bool CapitalisesNouns { get; init; }

    /// <summary>Whether « and » open before a space (French typography: « quote »).</summary>
    public bool SpacedGuillemets { get; init; }

    /// <summary>Whether a tag may leave its subject out ("…”, dijo.): the speaker is then the latest person named.</summary>
    public bool DropsSubjects { get; init; }

    /// <summary>The rules for <paramref name="primaryLanguage"/> (a primary subtag), or null where none are written.</summary>
    public static SpeechTagRules? ForLanguage(string? primaryLanguage) => primaryLanguage switch
    {
        "de" => SpeechTagRulesDe.Rules,
        "fr" => SpeechTagRulesFr.Rules,
        "es" => SpeechTagRulesEs.Rules,
        "pt" => SpeechTagRulesPt.Rules,
        "pl" => SpeechTagRulesPl.Rules,
        _ => null,
    };

    /// <summary>Languages with speech-tag rules.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["de", "fr", "es", "pt", "pl"];

    internal static FrozenSet<string> Words(params string[] groups) =>
        groups.SelectMany(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Case-sensitive list, for words whose capital matters ("Sie" formal vs "sie").</summary>
    internal static FrozenSet<string> ExactWords(params string[] groups) =>
        groups.SelectMany(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);
}
