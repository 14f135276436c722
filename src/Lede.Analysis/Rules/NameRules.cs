using System.Collections.Frozen;
using Lede.Extraction.Metadata;

namespace Lede.Analysis.Rules;

/// <summary>
/// Word lists the rule-based name tagger (<see cref="Entities.RuleBasedNameTagger"/>) reads for one language: what
/// introduces a person's name, what makes a run of words an organisation's name, and what tells a capitalised word is
/// a common noun. One instance per language (<c>NameRules.de.cs</c>, <c>.fr.cs</c>, <c>.es.cs</c>); words match
/// case-sensitively unless a list says otherwise.
/// </summary>
internal sealed partial class NameRules
{
    /// <summary>The language's primary subtag ("de").</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Whether the language capitalises every noun (German): then a capitalised word is no evidence of a name, a word
    /// the article also writes after an article is a common noun, and a lone place name needs a preposition before it.
    /// </summary>
    public required bool CapitalisesNouns { get; init; }

    /// <summary>Words before a name that say a person follows and are not part of the name or a title: "Herr", "Mme".</summary>
    public required FrozenSet<string> Honorifics { get; init; }

    /// <summary>Role words that stand right before a person's name ("Bundeskanzler", "ministre"), kept as the person's title.</summary>
    public required FrozenSet<string> PersonRoles { get; init; }

    /// <summary>
    /// Endings of capitalised role nouns in compounds ("Bildungsminister", "Fraktionsvorsitzende"); lower-case, matched
    /// at the end of the word. Empty where roles are written in lower case.
    /// </summary>
    public required string[] PersonRoleEndings { get; init; }

    /// <summary>Small words inside a surname ("von", "van", "de", "del"); matched in either case, never at the name's end.</summary>
    public required FrozenSet<string> NameParticles { get; init; }

    /// <summary>
    /// Given names of the shipped lists that are also everyday words of the language ("Art", "Mark", "Will" in German,
    /// month names): never taken as the start of a name.
    /// </summary>
    public required FrozenSet<string> GivenNameHomographs { get; init; }

    /// <summary>Capitalised words that never end or continue a name: month and week-day names, units, interjections.</summary>
    public required FrozenSet<string> NotNameWords { get; init; }

    /// <summary>Endings of common nouns that no surname has ("-ung", "-heit" in German); empty where nouns are lower case.</summary>
    public required string[] CommonNounEndings { get; init; }

    /// <summary>Articles and determiners (lower case): a capitalised word the article writes right after one is a common noun.</summary>
    public required FrozenSet<string> Determiners { get; init; }

    /// <summary>Prepositions after which a lone capitalised word of the place list is a place ("in Essen", "aus Duisburg").</summary>
    public required FrozenSet<string> PlacePrepositions { get; init; }

    /// <summary>
    /// Nouns after which a capitalised word is a place (German compounds matched by ending: "US-Stadt Phoenix",
    /// "Landeshauptstadt Erfurt"; French and Spanish lower-case words: "la isla Signy", "la ville de Québec" needs the "de").
    /// </summary>
    public required string[] PlaceNounEndings { get; init; }

    /// <summary>
    /// Endings of nouns after which a capitalised word is an organisation ("Google-Schwesterfirma Waymo", "der Autohersteller
    /// Tesla"); lower case. Only for languages that capitalise nouns: elsewhere the organisation heads say it.
    /// </summary>
    public required string[] OrganizationNounEndings { get; init; }

    /// <summary>Legal forms that end a company's name ("GmbH", "S.A."), with the words that may follow them ("&amp; Co. KG").</summary>
    public required FrozenSet<string> LegalForms { get; init; }

    /// <summary>
    /// Endings of nouns that name an organisation when the word is capitalised and qualified ("Thüringer
    /// Verfassungsgericht", "CDU-Fraktion", "Heinrich-Böll-Stiftung"); lower case, also matched with a genitive "s".
    /// </summary>
    public required string[] OrganizationHeadEndings { get; init; }

    /// <summary>
    /// Capitalised words that open an organisation's name followed by its qualifiers ("Université PSL", "Corte Suprema",
    /// "Verband für …", "Consejo de la Magistratura").
    /// </summary>
    public required FrozenSet<string> OrganizationHeads { get; init; }

    /// <summary>Of <see cref="OrganizationHeads"/>, those that name one institution alone when capitalised mid-sentence ("la Corte").</summary>
    public required FrozenSet<string> StandaloneOrganizationHeads { get; init; }

    /// <summary>Words that join the parts of an organisation's name after its head ("für", "de la", "y").</summary>
    public required FrozenSet<string> OrganizationConnectors { get; init; }

    /// <summary>Endings of lower-case adjectives that may follow an organisation's head ("Forum économique mondial").</summary>
    public required string[] LowercaseAdjectiveEndings { get; init; }

    /// <summary>Capitalised adjective endings that may qualify an organisation head before it ("Thüringer", "Europäischen").</summary>
    public required string[] ModifierEndings { get; init; }

    /// <summary>Elided articles written onto the next word ("l’", "d’"), taken off before a name is looked for.</summary>
    public required string[] ElidedPrefixes { get; init; }

    /// <summary>Every language's organisations known by their acronym (parties, broadcasters, agencies, courts).</summary>
    public required FrozenSet<string> OrganizationAcronyms { get; init; }

    /// <summary>Acronyms of places ("USA", "EEUU").</summary>
    public required FrozenSet<string> PlaceAcronyms { get; init; }

    /// <summary>The rules for a BCP 47 language, or null where none are written.</summary>
    public static NameRules? For(string? language) => language is null ? null : LanguageIdentifier.Primary(language) switch
    {
        "de" or "gsw" or "lb" => German,
        "fr" => French,
        "es" => Spanish,
        _ => null,
    };

    /// <summary>
    /// Words no surname is, whatever the language: English words of street, building and place names that non-English
    /// news keeps as written ("Spring Lane", "Miami International Airport").
    /// </summary>
    public static readonly FrozenSet<string> NotSurnameWords = new[]
    {
        "Road", "Street", "Lane", "Avenue", "Boulevard", "Drive", "Airport", "International", "Park", "Square", "Bridge", "Hotel", "Center",
        "Centre", "Mall", "Tower", "Island", "Beach", "Bay", "Valley", "River", "Lake", "Mountain", "Station", "Hall", "Club", "Museum",
        "Gallery", "Festival", "Award", "Awards", "Online", "News", "Media", "Group", "Review", "Magazine", "Times", "Post", "Journal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Marks after which a word opens a quotation, a list item or a clause: there a capital says nothing, in any language.</summary>
    public static readonly FrozenSet<string> OpeningMarks = new[]
    {
        "\"", "„", "“", "”", "«", "»", "‚", "‘", "(", ":", "–", "—", "-", "•", "*", "|",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that join a listed place to a place already found ("Duisburg und Essen"), whatever the text's language.</summary>
    public static readonly FrozenSet<string> PlaceListJoiners = new[] { "und", "oder", "," }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Organisation acronyms every language's news writes.</summary>
    private static readonly string[] SharedOrganizationAcronyms =
    [
        "EU", "UN", "UNO", "NATO", "OECD", "WHO", "IMF", "UNESCO", "UNICEF", "UNHCR", "OPEC", "FIFA", "UEFA", "IOC", "WTO",
        "AFP", "AP", "dpa", "Reuters", "EFE", "ANSA", "BBC", "CNN", "ARD", "ZDF", "ORF", "SRF", "RTL", "NDR", "WDR", "BR", "MDR", "SWR",
        "NASA", "ESA", "CERN", "FBI", "CIA", "NSA", "EZB", "BCE", "FMI", "ONU", "OTAN", "UE", "OMS", "OCDE",
    ];
}
