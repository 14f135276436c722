namespace Lede.Analysis.Rules;

/// <summary>Word lists for tokenizing and sentence splitting.</summary>
internal static class TextRules
{
    // Abbreviations that keep their full stop. Case-sensitive as written; an all-caps variant also matches.
    // Titles never end a sentence: a name follows them.
    public static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
        "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Reps", "Sens", "Pres", "Supt", "Insp", "Det", "Atty",
        "Rev", "Fr", "Hon", "Amb", "Sec", "St", "Ste", "Mt", "Ft", "Msgr", "Sr", "Jr",
    };

    // Months and weekdays: a date usually follows ("Jan. 20").
    public static readonly HashSet<string> DateAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    // Other abbreviations: they end a sentence only before a typical sentence opener.
    public static readonly HashSet<string> OtherAbbreviations = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Ltd", "Plc", "Bros", "Cos", "Bhd", "Pty", "Mfg", "Assn", "Dept", "Univ", "Ave", "Blvd",
        "Rd", "No", "Nos", "Vol", "Fig", "Est", "approx", "vs", "etc", "cf", "al", "ca", "Ref", "ed", "eds",
        // AP-style US state abbreviations.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    };

    private static readonly HashSet<string> AllAbbreviations = new(TitleAbbreviations.Concat(DateAbbreviations).Concat(OtherAbbreviations), StringComparer.Ordinal);

    /// <summary>Every abbreviation above, looked up without allocating.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = AllAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that typically open a sentence: after "U.S." or "Inc." they mean a new sentence began.
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From",
        "As", "If", "When", "While", "After", "Before", "Since", "Although", "Though", "Because", "However", "Meanwhile",
        "Still", "Also", "Now", "Then", "Some", "Many", "Most", "Other", "Others", "Both", "Each", "All", "No", "Not",
        "What", "Who", "Why", "How", "Where", "Officials", "Asked", "According",
    };
}
