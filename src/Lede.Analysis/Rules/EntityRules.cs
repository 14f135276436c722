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
}
