namespace Lede.Analysis.Rules;

internal sealed partial class NameRules
{
    /// <summary>Spanish: nouns are lower case, so a capitalised word inside a sentence is a name of some kind.</summary>
    public static NameRules Spanish { get; } = new()
    {
        Language = "es",
        CapitalisesNouns = false,
        Honorifics = Set("Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "don", "doña", "Don", "Doña", "señor", "señora"),
        PersonRoles = Set("presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "diputado", "diputada", "senador",
            "senadora", "director", "directora", "portavoz", "secretario", "secretaria", "juez", "jueza", "gobernador", "gobernadora", "jefe",
            "jefa", "embajador", "embajadora", "coronel", "general", "capitán", "comandante", "fiscal", "canciller", "papa", "rey", "reina",
            "investigador", "investigadora", "vocero", "vocera", "líder", "expresidente", "expresidenta", "dirigente", "abogado", "abogada"),
        PersonRoleEndings = [],
        NameParticles = IgnoringCase("de", "del", "de la", "la", "los", "las", "van", "von", "di", "da"),
        GivenNameHomographs = Set("Mayo", "Abril", "Junio", "Julio", "Agosto", "Rosa", "Paz", "Luz", "Sol", "Mar", "Cruz", "Santiago",
            "Mercedes", "Dolores", "Gracia", "Esperanza", "Victoria", "Ángeles", "Reyes", "Rocío", "Nieves", "Pilar", "Zona", "San", "Santa", "Santo"),
        NotNameWords = Set(["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre",
            "Diciembre", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "El", "La", "Los", "Las", "Un", "Una", "Y",
            "Pero", "Él", "Ella", "Ellos", "Yo", "Nosotros"]),
        CommonNounEndings = [],
        Determiners = IgnoringCase("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al", "este", "esta", "estos", "estas", "su", "sus"),
        PlacePrepositions = IgnoringCase("en", "de", "desde", "hacia", "a"),
        PlaceNounEndings = ["isla", "ciudad", "provincia", "región", "comuna", "municipio", "localidad", "pueblo", "departamento", "río", "lago", "volcán", "cerro", "barrio"],
        OrganizationNounEndings = [],
        LegalForms = Set("S.A.", "SA", "S.L.", "SL", "S.A.S.", "SAS", "S.A.C.", "SAC", "Ltda.", "Ltd", "Inc.", "GmbH", "AG"),
        OrganizationHeadEndings = [],
        OrganizationHeads = Set("Corte", "Consejo", "Ministerio", "Servicio", "Grupo", "Policía", "Dirección", "Banco", "Partido", "Tribunal",
            "Universidad", "Instituto", "Agencia", "Fundación", "Asociación", "Federación", "Comisión", "Congreso", "Senado", "Cámara",
            "Sindicato", "Confederación", "Secretaría", "Gobierno", "Fiscalía", "Defensoría", "Oficina", "Junta", "Frente", "Movimiento",
            "Unión", "Centro", "Organización", "Comité", "Asamblea", "Museo", "Teatro", "Ejército", "Armada", "Superintendencia", "Contraloría",
            "Procuraduría", "Registro"),
        StandaloneOrganizationHeads = Set("Corte", "Congreso", "Senado", "Gobierno", "Fiscalía", "Ejército", "Contraloría", "Procuraduría", "Defensoría"),
        OrganizationConnectors = Set("de", "del", "de la", "de los", "de las", "e", "y", "para", "la", "el", "los", "las"),
        LowercaseAdjectiveEndings = ["ico", "ica", "icos", "icas", "al", "ales", "ano", "ana", "ense", "ista", "ivo", "iva", "ario", "aria"],
        ModifierEndings = [],
        ElidedPrefixes = [],
        OrganizationAcronyms = Set([.. SharedOrganizationAcronyms, "PP", "PSOE", "Vox", "VOX", "ERC", "PNV", "RAE", "CCOO", "UGT", "CGT",
            "CGT", "FMI", "ONU", "OTAN", "UE", "BCE", "OMS", "OEA", "CEPAL", "PRI", "PAN", "MORENA", "Morena", "PT", "MAS", "INE", "INEGI",
            "SAT", "IMSS", "CNDH", "DEA", "FARC", "ELN", "ONG", "Pemex", "YPF", "AFP", "EFE"]),
        PlaceAcronyms = Set("EEUU", "EE.UU.", "EUA", "USA", "RDC"),
    };
}
