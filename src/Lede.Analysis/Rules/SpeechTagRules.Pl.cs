namespace Lede.Analysis.Rules;

/// <summary>Polish speech tags: „…” – powiedział X. / „…” – mówi. (no subject) / Według X, „…” / X stwierdził, że „…”</summary>
internal static class SpeechTagRulesPl
{
    public static readonly SpeechTagRules Rules = new()
    {
        Language = "pl",
        // Past tense has a masculine and a feminine form ("powiedział", "powiedziała").
        ReportingVerbs = SpeechTagRules.Words(
            "mówi mówią mówił mówiła", "powiedział powiedziała powiedzieli", "dodał dodała dodaje dodają", "podkreśla podkreślił podkreśliła",
            "zaznacza zaznaczył zaznaczyła", "stwierdza stwierdził stwierdziła", "twierdzi twierdził twierdziła", "przekonuje przekonywał",
            "wyjaśnia wyjaśnił wyjaśniła", "tłumaczy tłumaczył tłumaczyła", "uważa uważał uważała", "ocenia ocenił oceniła",
            "przyznaje przyznał przyznała", "zauważa zauważył zauważyła", "zwraca zwrócił zwróciła", "podsumowuje podsumował podsumowała",
            "konkluduje konkludował", "pisze pisał pisała napisał napisała", "deklaruje deklarował", "zapowiada zapowiedział zapowiedziała",
            "oświadcza oświadczył oświadczyła", "ostrzega ostrzegł ostrzegła", "komentuje komentował skomentował", "odpowiada odpowiedział",
            "pyta pytał zapytał", "przypomina przypomniał przypomniała", "informuje poinformował poinformowała", "apeluje zaapelował",
            "argumentuje argumentował", "wskazuje wskazał wskazała", "dodawał", "relacjonuje relacjonował", "zapewnia zapewnił zapewniła"),
        MalePronouns = SpeechTagRules.Words("on"),
        FemalePronouns = SpeechTagRules.Words("ona"),
        AfterQuoteMarkers = SpeechTagRules.Words("według"),
        BeforeQuoteMarkers = SpeechTagRules.Words("według", "zdaniem"),
        ClauseOpeners = SpeechTagRules.Words("że", "iż"),
        // Polish has no articles.
        Determiners = SpeechTagRules.Words(),
        Honorifics = SpeechTagRules.Words("dr", "dr.", "prof.", "prof", "pan", "pani", "Pan", "Pani"),
        // "zwraca uwagę X": the noun of a verb phrase, read past like an adverb.
        Fillers = SpeechTagRules.Words("uwagę", "też", "także", "również", "jeszcze", "wówczas", "potem", "dziś", "wczoraj"),
        RoleStops = SpeechTagRules.Words("w we na o z ze do po podczas przed dziś wczoraj że i"),
        NameParticles = SpeechTagRules.ExactWords(),
        DropsSubjects = true,
        SentenceOpeners = SpeechTagRules.Words("A", "I", "Ale", "Jednak", "Tymczasem"),
    };
}
