using System.Collections.Frozen;

namespace Lede.Analysis.Rules;

/// <summary>Word lists for named entities.</summary>
internal static class EntityRules
{
    /// <summary>
    /// Titles that stand only before a person's name. CoNLL's names leave them out ("President [Bill Clinton]"), and
    /// the tagger, trained on 1996 Reuters, does; on other news it sometimes runs a name into its title and types the
    /// whole as an organisation ("Senator Jane Roe" ORG), which <see cref="Entities.NamedEntityTagger"/> splits off.
    /// "General", "King" and "Queen" are not here: "General Motors", "Queen's Park".
    /// </summary>
    public static readonly FrozenSet<string> PersonTitles = new[]
    {
        "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Mayor", "Governor", "Gov.",
        "President", "Vice-President", "Judge", "Sheriff", "Mr.", "Mrs.", "Ms.", "Dr.", "Pope", "Chancellor",
        "Ambassador", "Secretary", "Commissioner", "Councillor", "Councilman", "Councilwoman", "Lt.", "Sgt.", "Capt.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Honorifics that tell a person's sex: "Mrs. Ruiz" is not the "Luis Ruiz" the article also names, and "she"
    /// may refer to her. Matched case-sensitively on the word right before a name.
    /// </summary>
    public static readonly FrozenSet<string> MaleHonorifics = new[] { "Mr.", "Mr", "Messrs." }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc cref="MaleHonorifics"/>
    public static readonly FrozenSet<string> FemaleHonorifics = new[] { "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mme.", "Mme" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Companies and online platforms that the tagger cannot know: its training text is 1996 Reuters, before most of them
    /// existed, and its word clusters read their lower-cased names as common words or places ("twitter", "amazon").
    /// Written as the company writes itself; matched case-sensitively, a whole token, where the tagger found no name or a
    /// one-word name of another type (<see cref="Entities.NamedEntityTagger"/>). Names that are also everyday words in
    /// their usual casing or another thing's name ("Meta", "Apple", "X", "Zoom", "Signal", "Oracle", "Tesla") are not here.
    /// </summary>
    public static readonly FrozenSet<string> KnownOrganizations = new[]
    {
        "Twitter", "Facebook", "Instagram", "WhatsApp", "TikTok", "ByteDance", "YouTube", "Google", "Alphabet", "Amazon",
        "Microsoft", "LinkedIn", "Snapchat", "Reddit", "Netflix", "Spotify", "Uber", "Lyft", "Airbnb", "PayPal", "eBay",
        "OpenAI", "Nvidia", "SpaceX", "Huawei", "Tencent", "Alibaba", "Baidu", "Samsung",
        "Pinterest", "Salesforce", "Intel", "Qualcomm", "Dropbox", "Wikipedia", "Yahoo", "Bluesky", "Twitch", "Anthropic",
        "DeepMind", "Palantir", "Coinbase",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The openings of surnames written with a capital inside ("McConnell", "MacArthur", "DeSantis", "LeBron", "DiCaprio",
    /// "VanDyke"): a word with such a hump is a person's name, where other humped words name companies ("WeWork",
    /// "SoftBank", "JetBlue"; see <see cref="Entities.CompanyNames"/>).
    /// </summary>
    public static readonly FrozenSet<string> HumpedSurnamePrefixes = new[]
    {
        "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "St", "Del", "Della", "Dos", "Das", "Ben", "Al", "El",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs of saying in the present or past tense: a one-word MISC name right before one is an organisation
    /// ("Nissan says", "Toyota reported"; see <see cref="Entities.CompanyNames"/>). Forms that are also plural nouns
    /// ("Northeastern states", "radio reports", "claims") are not here.
    /// </summary>
    public static readonly FrozenSet<string> SayingVerbs = new[]
    {
        "says", "said", "announces", "announced", "reported", "tells", "told", "confirms", "confirmed", "denies", "denied",
        "stated", "adds", "added", "explains", "explained", "noted", "claimed", "warned", "insists", "insisted", "argued",
        "disclosed", "declined",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that open an address or an exclamation, never a name: "Hey Twitter", "Oh Canada", "Dear Jane Roe" are
    /// tagged from the word after them (<see cref="Entities.NameOpenings"/>).
    /// </summary>
    public static readonly FrozenSet<string> Interjections = new[]
    {
        "Hey", "Oh", "Hi", "Hello", "Dear", "Thanks", "Thank", "Wow", "Yes", "No", "Ah", "Ahh", "Ugh", "Yo", "Bye", "Please",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Particles that open a surname of several words ("Van Der Beek", "de la Cruz", "Al Nahyan"): such a surname, written
    /// alone after the document gave the full name, is the person (<see cref="Entities.SurnameConsistency"/>).
    /// </summary>
    public static readonly FrozenSet<string> SurnameParticles = new[]
    {
        "Van", "van", "Von", "von", "Der", "der", "Den", "den", "De", "de", "Da", "da", "Di", "di", "Du", "du", "La", "la", "Le", "le",
        "Del", "del", "Della", "della", "Dos", "dos", "Das", "das", "Ten", "ten", "Ter", "ter", "Al", "al", "El", "el", "Bin", "bin", "Ben", "ben",
    }.ToFrozenSet(StringComparer.Ordinal);
}
