namespace Lede.Analysis.Rules;

/// <summary>French speech tags: « … », a déclaré X. / « … », selon X. / X a déclaré : « … » / « Absurde, explique X. … »</summary>
internal static class SpeechTagRulesFr
{
    public static readonly SpeechTagRules Rules = new()
    {
        Language = "fr",
        ReportingVerbs = SpeechTagRules.Words(
            "dit dire disent", "déclare déclaré déclarent", "affirme affirmé affirment", "explique expliqué expliquent",
            "précise précisé précisent", "ajoute ajouté ajoutent", "souligne souligné soulignent", "estime estimé estiment",
            "indique indiqué indiquent", "assure assuré assurent", "confie confié confient", "raconte raconté racontent",
            "poursuit poursuivi", "détaille détaillé", "rappelle rappelé rappellent", "insiste insisté", "lance lancé lancent",
            "répond répondu répondent", "martèle martelé", "note noté", "observe observé", "commente commenté", "interroge interrogé",
            "regrette regretté", "reconnaît reconnaît reconnu", "avance avancé", "tranche tranché", "conclut conclu", "résume résumé",
            "déplore déploré", "admet admis", "juge jugé", "écrit écrivent", "dénonce dénoncé", "annonce annoncé", "confirme confirmé",
            "exclame exclamé", "insurge insurgé", "prévient prévenu", "avertit averti", "assène asséné", "relève relevé", "ironise ironisé",
            "témoigne témoigné", "signale signalé", "développe développé", "analyse analysé", "souffle soufflé", "glisse glissé",
            "s’exclame", "s’interroge", "s’insurge", "s'exclame", "s'interroge", "s'insurge", "demande demandé", "ajoutait", "disait",
            "expliquait", "déclarait", "affirmait", "soutient soutenu", "constate constaté", "tweete tweeté", "écrivait", "prévenait"),
        Auxiliaries = SpeechTagRules.Words("a", "ont", "avait", "avaient", "s’est", "s'est", "se", "s’", "aurait", "est"),
        MalePronouns = SpeechTagRules.Words("il", "ils"),
        FemalePronouns = SpeechTagRules.Words("elle", "elles"),
        PronounSuffixes = true,
        AfterQuoteMarkers = SpeechTagRules.Words("selon"),
        BeforeQuoteMarkers = SpeechTagRules.Words("selon"),
        NamedBeforeQuoteMarkers = SpeechTagRules.Words("pour"),
        AdverbialsAfterMarker = SpeechTagRules.Words("son sa ses leur leurs notre nos votre vos ce cet cette cela moment instant heure part reste suite fois"),
        ClauseOpeners = SpeechTagRules.Words("que", "qu’", "qu'"),
        Determiners = SpeechTagRules.Words("le la les l’ l' un une son sa ses leur notre"),
        Honorifics = SpeechTagRules.Words("M.", "Mme", "Mme.", "Mlle", "Me", "Dr", "Dr.", "Pr", "Pr.", "Mgr"),
        Fillers = SpeechTagRules.Words("encore", "alors", "ensuite", "aussi", "également", "enfin", "pourtant", "toutefois", "déjà", "plus", "tard", "même"),
        RoleStops = SpeechTagRules.Words("par à au aux en dans sur lors devant après avant pendant lundi mardi mercredi jeudi vendredi samedi dimanche qui que et"),
        NameParticles = SpeechTagRules.ExactWords("de", "du", "des", "d’", "d'", "le", "la"),
        SpacedGuillemets = true,
        SentenceOpeners = SpeechTagRules.Words("Mais", "Et", "Puis", "Alors", "Ainsi", "Pourtant", "Enfin"),
        TagsInsideQuotes = true,
    };
}
