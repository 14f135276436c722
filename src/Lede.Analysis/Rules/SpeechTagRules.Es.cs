namespace Lede.Analysis.Rules;

/// <summary>Spanish speech tags: “…”, dijo X. / según X, “…” / X afirmó: “…”</summary>
internal static class SpeechTagRulesEs
{
    public static readonly SpeechTagRules Rules = new()
    {
        Language = "es",
        ReportingVerbs = SpeechTagRules.Words(
            "dijo dice dijeron dicen dicho", "afirmó afirma afirmaron afirman afirmado", "aseguró asegura aseguraron aseguran asegurado",
            "explicó explica explicaron explican explicado", "señaló señala señalaron señalan señalado", "agregó agrega agregaron agregado",
            "añadió añade añadieron añadido", "comentó comenta comentaron comentado", "declaró declara declararon declarado",
            "indicó indica indicaron indicado", "sostuvo sostiene sostienen", "manifestó manifiesta manifestaron", "expresó expresa expresaron",
            "destacó destaca destacaron", "subrayó subraya subrayaron", "apuntó apunta apuntaron", "precisó precisa precisaron",
            "puntualizó puntualiza", "concluyó concluye", "remató remata", "complementó complementa", "relató relata relataron",
            "contó cuenta contaron", "advirtió advierte advirtieron", "insistió insiste", "reconoció reconoce", "admitió admite",
            "respondió responde respondieron", "preguntó pregunta", "lamentó lamenta", "aclaró aclara", "remarcó remarca",
            "enfatizó enfatiza", "consideró considera consideraron", "recomendó recomienda", "detalló detalla detallaron",
            "resaltó resalta", "garantizó garantiza", "reiteró reitera", "anunció anuncia anunciaron", "confirmó confirma confirmaron",
            "denunció denuncia denunciaron", "criticó critica", "escribió escribe", "publicó publica", "sentenció sentencia",
            "expuso expone", "exclamó exclama", "mencionó menciona", "narró narra", "opinó opina", "agregaba", "decía", "valoró valora",
            "defendió defiende", "recordó recuerda", "planteó plantea", "insistieron", "manifestaron", "sostuvieron", "reclamó reclama"),
        // Auxiliaries of compound tenses and the reflexive clitic of "se pregunta", "se lamentó".
        Auxiliaries = SpeechTagRules.Words("ha", "han", "había", "habían", "se"),
        MalePronouns = SpeechTagRules.Words("él"),
        FemalePronouns = SpeechTagRules.Words("ella"),
        AfterQuoteMarkers = SpeechTagRules.Words("según"),
        BeforeQuoteMarkers = SpeechTagRules.Words("según"),
        NamedBeforeQuoteMarkers = SpeechTagRules.Words("para"),
        AdverbialsAfterMarker = SpeechTagRules.Words("su sus nuestro nuestra este esta ese esa ello eso esto momento parte resto vez caso"),
        ClauseOpeners = SpeechTagRules.Words("que"),
        Determiners = SpeechTagRules.Words("el la los las un una su sus"),
        Honorifics = SpeechTagRules.Words("Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "don", "doña", "Don", "Doña", "Lic."),
        Fillers = SpeechTagRules.Words("además", "también", "luego", "después", "entonces", "ayer", "hoy", "finalmente", "asimismo", "igualmente"),
        RoleStops = SpeechTagRules.Words("por a al ante en este esta durante tras con desde hoy ayer lunes martes miércoles jueves viernes sábado domingo que quien y"),
        NameParticles = SpeechTagRules.ExactWords("de", "del", "la", "los", "y"),
        DropsSubjects = true,
        SentenceOpeners = SpeechTagRules.Words("Pero", "Y", "Además", "Luego", "Así", "Entonces"),
    };
}
