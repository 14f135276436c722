using System.Collections.Frozen;

namespace Lede.Analysis.Rules;

internal sealed partial class NameRules
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> IgnoringCase(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>German: every noun is capitalised, so names come from given names, titles, organisation words and lists.</summary>
    public static NameRules German { get; } = new()
    {
        Language = "de",
        CapitalisesNouns = true,
        Honorifics = Set("Herr", "Herrn", "Frau", "Dr.", "Prof.", "Professor", "Professorin"),
        PersonRoles = Set("Kanzler", "Kanzlerin", "Bundeskanzler", "Bundeskanzlerin", "Präsident", "Präsidentin", "Bundespräsident",
            "Bundespräsidentin", "Minister", "Ministerin", "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin",
            "Landrat", "Landrätin", "Senator", "Senatorin", "Abgeordnete", "Abgeordneter", "Papst", "Richter", "Richterin", "Pfarrer", "Pfarrerin"),
        PersonRoleEndings = ["minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "vorsitzende", "vorsitzender",
            "chef", "chefin", "sprecher", "sprecherin", "bürgermeister", "bürgermeisterin", "direktor", "direktorin", "geschäftsführer",
            "geschäftsführerin", "abgeordnete", "abgeordneter", "trainer", "trainerin", "senator", "senatorin", "botschafter", "botschafterin",
            "kommissar", "kommissarin", "sekretär", "sekretärin", "beauftragte", "beauftragter", "leiter", "leiterin", "gründer", "gründerin"],
        NameParticles = IgnoringCase("von", "van", "vom", "zu", "der", "den", "de", "di", "del", "la", "le", "da", "dos", "ten", "ter"),
        GivenNameHomographs = Set("Art", "Mark", "Will", "Wolf", "Rose", "Hope", "Star", "Stone", "Summer", "King", "Major", "General",
            "August", "April", "Mai", "Juni", "Juli", "Golden", "Sonne", "Ernst", "Ende", "Bill", "Chance", "Page", "Long", "Gay",
            "Sky", "Rock", "Glen", "Dean", "Don", "Grant", "Price", "Royal", "Bach", "Berg", "Gold", "Lange", "Kurz", "Fritz"),
        NotNameWords = Set(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Euro", "Prozent", "Uhr",
            "Jahr", "Jahre", "Jahren", "Mio", "Millionen", "Milliarden", "Und", "Oder", "Aber", "Doch", "Der", "Die", "Das", "Ich", "Wir",
            "Sie", "Er", "Es", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Du", "Dein", "Deine", "Euer", "Eure", "Unser", "Unsere", "Man"]),
        CommonNounEndings = ["ung", "ungen", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "chen", "ment", "ium"],
        Determiners = IgnoringCase("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
            "keine", "keinen", "keinem", "keiner", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "dieser", "diese", "dieses",
            "diesen", "diesem", "jeder", "jede", "jedes", "jeden", "jedem", "mein", "meine", "sein", "seine", "ihre", "unser", "unsere"),
        PlacePrepositions = IgnoringCase("in", "aus", "nach", "bei", "nahe", "bis", "über", "via", "gen"),
        PlaceNounEndings = ["stadt", "städtchen", "gemeinde", "region", "kreis", "kanton", "provinz", "bundesland", "bundesstaat", "insel", "stadtteil", "stadtbezirk", "hafenstadt", "metropole"],
        OrganizationNounEndings = ["firma", "konzern", "hersteller", "anbieter", "vermittler", "startup", "start-up", "plattform", "zeitung", "magazin", "sender", "fernsehsender", "verlag", "partei", "versicherer", "händler", "onlinedienst", "fahrdienst", "netzwerk", "messenger"],
        LegalForms = Set("GmbH", "AG", "SE", "KG", "KGaA", "e.V.", "eG", "GbR", "OHG", "mbH", "Ltd", "Ltd.", "Inc.", "S.A.", "SA", "S.p.A.", "B.V.", "N.V.", "plc"),
        OrganizationHeadEndings = ["stiftung", "verband", "ministerium", "partei", "gericht", "gerichtshof", "bundesamt", "landesamt",
            "universität", "hochschule", "institut", "verein", "gewerkschaft", "fraktion", "behörde", "agentur", "kammer", "zentralbank",
            "bundesbank", "landesbank", "konzern", "akademie", "gymnasium", "schulstiftung", "verlag", "rundfunk", "senat", "parlament"],
        OrganizationHeads = Set("Stiftung", "Verband", "Verein", "Universität", "Hochschule", "Institut", "Ministerium", "Bundesamt",
            "Landesamt", "Landgericht", "Amtsgericht", "Oberlandesgericht", "Verwaltungsgericht", "Gewerkschaft", "Partei", "Akademie", "Klinikum",
            "Bundesministerium", "Landesministerium", "Bundesverband", "Landesverband"),
        StandaloneOrganizationHeads = Set(),
        OrganizationConnectors = Set("für", "der", "des", "und", "zu"),
        LowercaseAdjectiveEndings = [],
        ModifierEndings = ["er", "ische", "ischen", "ischer", "isches", "liche", "lichen", "licher", "e", "en"],
        ElidedPrefixes = [],
        OrganizationAcronyms = Set([.. SharedOrganizationAcronyms, "CDU", "CSU", "SPD", "FDP", "AfD", "BSW", "NPD", "ÖVP", "SPÖ", "FPÖ", "NEOS", "SVP",
            "FDP", "KfW", "BND", "BKA", "LKA", "BGH", "BVerfG", "EuGH", "EGMR", "DFB", "DFL", "ADAC", "DGB", "IHK", "TÜV", "DRK", "THW",
            "FAZ", "SZ", "NZZ", "taz", "dpa", "KNA", "epd", "EKD", "Bundeswehr", "DB", "BVG", "SAP", "BMW", "VW", "BASF", "RWE", "EnBW", "DAK", "AOK",
            "ZDF", "MDR", "HR", "RBB", "SR", "DLF", "WHO", "IWF", "UNO"]),
        PlaceAcronyms = Set("USA", "BRD", "DDR", "UK", "NRW", "UdSSR", "VAE"),
    };
}
