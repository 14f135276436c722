namespace Lede.Analysis.Rules;

internal sealed partial class NameRules
{
    /// <summary>French: nouns are lower case, so a capitalised word inside a sentence is a name of some kind.</summary>
    public static NameRules French { get; } = new()
    {
        Language = "fr",
        CapitalisesNouns = false,
        Honorifics = Set("M.", "Mme", "Mme.", "Mlle", "Me", "Dr", "Dr.", "Pr", "Monsieur", "Madame"),
        PersonRoles = Set("président", "présidente", "ministre", "maire", "député", "députée", "sénateur", "sénatrice", "directeur",
            "directrice", "porte-parole", "secrétaire", "juge", "premier", "première", "chef", "cheffe", "préfet", "préfète", "ambassadeur",
            "ambassadrice", "commissaire", "général", "colonel", "capitaine", "professeur", "professeure", "avocat", "avocate", "patron", "patronne",
            "fondateur", "fondatrice", "PDG", "pape", "roi", "reine", "chancelier", "chancelière", "responsable", "conseiller", "conseillère"),
        PersonRoleEndings = [],
        NameParticles = IgnoringCase("de", "du", "des", "d'", "d’", "le", "la", "van", "von", "di", "da"),
        GivenNameHomographs = Set("Mars", "Avril", "Mai", "Juin", "Août", "Rose", "France", "Marine", "Claire", "Grand", "Bon", "Aimé",
            "Sans", "Belle", "Prime", "Paris", "Soleil", "Nil", "Pierre"),
        NotNameWords = Set(["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
            "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Le", "La", "Les", "Un", "Une", "Et", "Mais",
            "Il", "Elle", "Ils", "Elles", "Je", "Nous", "Vous", "On"]),
        CommonNounEndings = [],
        Determiners = IgnoringCase("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux", "ce", "cette", "ces", "son", "sa", "ses"),
        PlacePrepositions = IgnoringCase("à", "en", "de", "d'", "d’", "depuis", "vers", "au", "aux"),
        PlaceNounEndings = ["ville", "île", "province", "région", "commune", "village", "département", "fleuve", "rivière", "lac", "mont", "quartier", "capitale"],
        OrganizationNounEndings = [],
        LegalForms = Set("SA", "S.A.", "SAS", "SARL", "SCOP", "SE", "Ltd", "Inc.", "GmbH", "AG"),
        OrganizationHeadEndings = [],
        OrganizationHeads = Set("Université", "Forum", "Service", "Ministère", "Conseil", "Cour", "Banque", "Parti", "Assemblée", "Institut",
            "Agence", "Fondation", "Association", "Fédération", "Union", "Comité", "Commission", "Tribunal", "Sénat", "Parlement", "Académie",
            "Centre", "Office", "Autorité", "Syndicat", "Confédération", "Société", "Compagnie", "Groupe", "Mouvement", "Front", "Rassemblement",
            "Opéra", "Musée", "École", "Ecole", "Observatoire", "Haut", "Haute", "Direction", "Préfecture", "Mairie", "Gouvernement"),
        StandaloneOrganizationHeads = Set("Sénat", "Parlement", "Assemblée", "Gouvernement", "Élysée", "Conseil"),
        OrganizationConnectors = Set("de", "du", "des", "de la", "d'", "d’", "et", "pour", "la", "l'", "l’"),
        LowercaseAdjectiveEndings = ["ique", "iques", "al", "ale", "aux", "el", "elle", "ien", "ienne", "ais", "aise", "aire", "ial", "iale", "if", "ive"],
        ModifierEndings = [],
        ElidedPrefixes = ["l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’", "qu'", "qu’", "Qu'", "Qu’"],
        OrganizationAcronyms = Set([.. SharedOrganizationAcronyms, "PS", "LR", "RN", "LFI", "UMP", "PCF", "EELV", "SNCF", "RATP", "CNRS", "INSEE",
            "CGT", "CFDT", "FO", "MEDEF", "EDF", "GDF", "TF1", "INA", "CNIL", "GRC", "ONU", "OTAN", "UE", "BCE", "FMI", "OMS"]),
        PlaceAcronyms = Set("USA", "RDC", "UK"),
    };
}
