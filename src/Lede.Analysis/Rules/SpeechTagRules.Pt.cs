namespace Lede.Analysis.Rules;

/// <summary>Portuguese speech tags: "…", disse X. / segundo X, "…" / X afirmou: "…" / "…", avalia. (no subject)</summary>
internal static class SpeechTagRulesPt
{
    public static readonly SpeechTagRules Rules = new()
    {
        Language = "pt",
        ReportingVerbs = SpeechTagRules.Words(
            "disse diz dizem disseram dito", "afirmou afirma afirmaram afirmam", "declarou declara declararam", "explicou explica explicaram",
            "contou conta contaram", "ressaltou ressalta", "destacou destaca destacaram", "acrescentou acrescenta", "completou completa",
            "avaliou avalia", "pontuou pontua", "comentou comenta", "relatou relata", "lembrou lembra", "observou observa",
            "garantiu garante", "defendeu defende", "questionou questiona", "respondeu responde", "revelou revela", "confessou confessa",
            "admitiu admite", "reconheceu reconhece", "alertou alerta", "informou informa", "escreveu escreve", "concluiu conclui",
            "salientou salienta", "frisou frisa", "enfatizou enfatiza", "argumentou argumenta", "sustentou sustenta", "criticou critica",
            "afirmava", "dizia", "disseram", "explicaram", "declarou", "ponderou pondera", "resumiu resume", "desabafou desabafa"),
        Auxiliaries = SpeechTagRules.Words("tem", "têm", "tinha", "se"),
        MalePronouns = SpeechTagRules.Words("ele"),
        FemalePronouns = SpeechTagRules.Words("ela"),
        AfterQuoteMarkers = SpeechTagRules.Words("segundo", "conforme"),
        BeforeQuoteMarkers = SpeechTagRules.Words("segundo", "conforme"),
        NamedBeforeQuoteMarkers = SpeechTagRules.Words("para"),
        AdverbialsAfterMarker = SpeechTagRules.Words("seu sua seus suas nosso nossa este esta esse essa isso isto momento parte resto vez caso"),
        ClauseOpeners = SpeechTagRules.Words("que"),
        Determiners = SpeechTagRules.Words("o a os as um uma seu sua"),
        Honorifics = SpeechTagRules.Words("Sr.", "Sra.", "Dr.", "Dra.", "dom", "dona", "Dom", "Dona"),
        Fillers = SpeechTagRules.Words("também", "ainda", "depois", "ontem", "hoje", "então", "finalmente"),
        RoleStops = SpeechTagRules.Words("por pelo pela a ao à em no na este esta durante após com desde hoje ontem segunda terça quarta quinta sexta sábado domingo que quem e"),
        NameParticles = SpeechTagRules.ExactWords("de", "da", "do", "dos", "das", "e"),
        DropsSubjects = true,
        SentenceOpeners = SpeechTagRules.Words("Mas", "E", "Já", "Então", "Assim"),
    };
}
