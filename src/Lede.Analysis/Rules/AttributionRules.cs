using System.Collections.Frozen;

namespace Lede.Analysis.Rules;

/// <summary>Word lists and marks for quotes, reported speech, titles and figures. Walkers hold no literals.</summary>
internal static class AttributionRules
{
    // ---- Quote marks -------------------------------------------------------------------------

    /// <summary>Opening mark → the marks that may close it. „ closes with “ (German) or ” (Polish-style and typos).</summary>
    public static readonly FrozenDictionary<char, string> QuotePairs = new Dictionary<char, string>
    {
        ['“'] = "”\"",
        ['"'] = "\"”",
        ['«'] = "»",
        ['„'] = "“”",
        ['‘'] = "’'",
        ['\''] = "'’",
        ['»'] = "«",
        ['‹'] = "›",
        ['「'] = "」",
    }.ToFrozenDictionary();

    /// <summary>Single marks double as apostrophes: they only open or close at a word edge.</summary>
    public const string SingleMarks = "'‘’‹›";

    /// <summary>A quote longer than this is a runaway (an unclosed mark), not a quote.</summary>
    public const int MaxQuoteChars = 6000;

    /// <summary>
    /// The same for a quote whose closing mark was found: a speech transcript set in quote marks over several paragraphs
    /// runs longer (a 6,800-character one on PolNeAR train), and a mark that closes it makes a runaway unlikely.
    /// </summary>
    public const int MaxClosedQuoteChars = 12000;

    /// <summary>Paragraphs a multi-paragraph quote may run over before we call it runaway.</summary>
    public const int MaxQuoteParagraphs = 12;

    /// <summary>An unattributed quoted phrase shorter than this is a title or scare quote, not speech.</summary>
    public const int MinUnattributedQuoteWords = 4;

    // ---- Reporting verbs ---------------------------------------------------------------------

    /// <summary>
    /// Verbs that report speech or writing, every inflection. A cue needs a source beside it, so the
    /// word alone ("a man called Smith") does not make a quote.
    /// </summary>
    public static readonly FrozenSet<string> ReportingVerbs = Inflections(
        "say says said saying",
        "tell tells told telling",
        "add adds added adding",
        "note notes noted noting",
        "explain explains explained explaining",
        "argue argues argued arguing",
        "claim claims claimed claiming",
        "insist insists insisted insisting",
        "warn warns warned warning",
        "write writes wrote writing",
        "tweet tweets tweeted tweeting",
        "report reports reported reporting",
        "announce announces announced announcing",
        "acknowledge acknowledges acknowledged acknowledging",
        "admit admits admitted admitting",
        "contend contends contended contending",
        "assert asserts asserted asserting",
        "declare declares declared declaring",
        "state states stated stating",
        "suggest suggests suggested suggesting",
        "predict predicts predicted predicting",
        "reply replies replied replying",
        "respond responds responded responding",
        "recall recalls recalled recalling",
        "observe observes observed observing",
        "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised",
        "stress stresses stressed stressing",
        "concede concedes conceded conceding",
        "complain complains complained complaining",
        "confirm confirms confirmed confirming",
        "deny denies denied denying",
        "allege alleges alleged alleging",
        "maintain maintains maintained maintaining",
        "estimate estimates estimated estimating",
        "testify testifies testified testifying",
        "conclude concludes concluded concluding",
        "remark remarks remarked remarking",
        "ask asks asked asking",
        "promise promises promised promising",
        "vow vows vowed vowing",
        "pledge pledges pledged pledging",
        "continue continues continued continuing",
        "joke jokes joked joking",
        "quip quips quipped quipping",
        "boast boasts boasted boasting",
        "charge charges charged charging",
        "counter counters countered countering",
        "caution cautions cautioned cautioning",
        "reveal reveals revealed revealing",
        "disclose discloses disclosed disclosing",
        "believe believes believed",
        "think thinks thought",
        "agree agrees agreed agreeing",
        "worry worries worried",
        "fear fears feared",
        "hope hopes hoped",
        "exclaim exclaims exclaimed",
        "mention mentions mentioned mentioning",
        "posted",
        "wrote",
        "urge urges urged urging",
        "indicate indicates indicated indicating",
        "show shows showed shown",
        "find finds found",
        "echo echoes echoed echoing",
        "reiterate reiterates reiterated reiterating",
        "describe describes described describing",
        "call calls called calling",
        "accuse accuses accused accusing",
        "criticize criticizes criticized criticizing criticise criticised",
        "praise praises praised praising",
        "endorse endorses endorsed endorsing",
        "blast blasts blasted blasting",
        "denounce denounces denounced denouncing",
        "condemn condemns condemned condemning",
        "mock mocks mocked mocking",
        "dismiss dismisses dismissed dismissing",
        "reject rejects rejected rejecting",
        "defend defends defended defending",
        "cite cites cited citing",
        "blame blames blamed blaming",
        "question questions questioned questioning",
        "discuss discusses discussed discussing",
        "express expresses expressed expressing",
        "propose proposes proposed proposing",
        "refer refers referred referring",
        "assure assures assured assuring",
        "order orders ordered ordering",
        "demand demands demanded demanding",
        "recommend recommends recommended recommending",
        "signal signals signaled signalled signaling",
        "hint hints hinted hinting",
        "speculate speculates speculated speculating",
        "acknowledge acknowledges acknowledged acknowledging",
        "lament laments lamented lamenting",
        "scoff scoffs scoffed",
        "retort retorts retorted",
        "chide chides chided",
        "muse muses mused",
        "concur concurs concurred",
        "elaborate elaborates elaborated",
        "clarify clarifies clarified",
        "reason reasons reasoned",
        "announce announces announced announcing",
        "tout touts touted touting",
        "slam slams slammed slamming",
        "attack attacks attacked attacking",
        "thank thanks thanked thanking",
        "advise advises advised advising",
        "invite invites invited",
        "challenge challenges challenged challenging",
        "remind reminds reminded reminding",
        "inform informs informed informing");

    /// <summary>
    /// Verbs whose content is the object after them ("accused X of …", "praised the plan"); they never
    /// take the quote before them.
    /// </summary>
    public static readonly FrozenSet<string> ObjectContentCues = Inflections(
        "call calls called calling", "accuse accuses accused accusing",
        "criticize criticizes criticized criticizing criticise criticised", "praise praises praised praising",
        "endorse endorses endorsed endorsing", "blast blasts blasted blasting",
        "denounce denounces denounced denouncing", "condemn condemns condemned condemning",
        "mock mocks mocked mocking", "dismiss dismisses dismissed dismissing", "reject rejects rejected rejecting",
        "defend defends defended defending", "cite cites cited citing", "blame blames blamed blaming",
        "question questions questioned questioning", "discuss discusses discussed discussing",
        "express expresses expressed expressing", "propose proposes proposed proposing",
        "refer refers referred referring", "order orders ordered ordering", "demand demands demanded demanding",
        "recommend recommends recommended recommending", "signal signals signaled signalled signaling",
        "tout touts touted touting", "slam slams slammed slamming", "attack attacks attacked attacking",
        "thank thanks thanked thanking", "advise advises advised advising", "invite invites invited",
        "challenge challenges challenged challenging", "describe describes described describing",
        "urge urges urged urging", "remind reminds reminded reminding", "inform informs informed informing");

    /// <summary>Third-person cues that are never plural nouns: a lowercase phrase before them can be the source.</summary>
    public static readonly FrozenSet<string> SpeechVerbsOnly = Set("says", "tells", "adds", "notes", "explains", "argues", "insists", "warns", "writes", "tweets", "announces", "acknowledges", "admits", "contends", "asserts", "declares", "suggests", "predicts", "replies", "recalls", "concedes", "complains", "confirms", "denies", "alleges", "maintains", "testifies", "concludes", "asks", "believes", "thinks", "agrees", "worries", "fears", "hopes", "urges", "indicates", "shows", "finds", "describes", "accuses", "criticizes", "praises", "endorses", "blasts", "denounces", "condemns", "dismisses", "rejects", "defends", "cites", "blames", "discusses", "proposes", "refers");

    /// <summary>Two-word cues whose particle belongs to the verb.</summary>
    public static readonly FrozenSet<string> PhrasalCues = new[]
    {
        "pointed out", "points out", "point out", "pointing out",
        "went on", "goes on", "called for", "calls for", "calling for",
        "spelled out", "laid out",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The phrasal cues' verbs that, with "to" and a verb after them, hand the report to that verb: "went on to say …".</summary>
    public static readonly FrozenSet<string> ContinuationCues = Set("went", "goes");

    /// <summary>
    /// Link verbs that report only through the verb after "to" ("seemed to suggest that …"): "seems like an odd
    /// choice", "appears fine" report nothing.
    /// </summary>
    public static readonly FrozenSet<string> LinkVerbs = Set("seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing");

    /// <summary>"looks like an odd choice": a likeness, not speech or intent ("is looking to expand" is intent).</summary>
    public static readonly FrozenSet<string> LikenessVerbs = Set("look", "looks", "looked", "looking", "sound", "sounds", "sounded");

    /// <summary>Words after which a considering verb does not report: "think of it as …", "thought about the offer".</summary>
    public static readonly FrozenSet<string> NonReportingParticles = Set("of", "about");

    /// <summary>Verbs that "of"/"about" after them turn from reporting to considering ("think of it as a wagon").</summary>
    public static readonly FrozenSet<string> ConsideringVerbs = Set("think", "thinks", "thought", "thinking");

    /// <summary>Auxiliaries and adverbs before a cue's head word ("has said", "also shows"): the cue classifier learns the word after them.</summary>
    public static readonly FrozenSet<string> CueAuxiliaries = Set(
        "also", "has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "will", "would", "did", "does",
        "do", "not", "n't", "n’t", "ca", "wo", "to", "reportedly", "just", "later", "then", "already", "further", "again", "still", "even",
        "never", "could", "should", "may", "might", "can", "repeatedly", "publicly", "privately", "previously", "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll",
        "certainly", "clearly", "recently", "frequently", "often", "once", "first", "now", "actually", "apparently", "cannot");

    /// <summary>Phrases right after a person's name that qualify the person, who still heads the source ("Jo Park of Oregon").</summary>
    public static readonly string[] PersonQualifiers = [" of ", " from ", " at ", " (", " in "];

    /// <summary>"according to X": the source follows the cue.</summary>
    public static readonly string[] AccordingTo = ["according", "to"];

    /// <summary>
    /// Words that open a new phrase or clause: a reported content may end before them ("endorsed the levy | on
    /// Monday", "said the levy would pass | although …"). The content-end model picks among these places.
    /// </summary>
    public static readonly FrozenSet<string> ContentBreakWords = Set(
        "on", "in", "at", "during", "after", "before", "since", "until", "as", "while", "when", "where", "because",
        "although", "though", "but", "yet", "and", "or", "so", "who", "which", "whose", "whom", "that", "than",
        "if", "unless", "whether", "with", "without", "for", "from", "by", "to", "about", "over", "amid", "despite",
        "including", "especially", "even", "last", "this", "earlier", "later", "today", "yesterday", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ahead", "via", "through", "into");

    /// <summary>Words of object a quote may follow and still be what an object cue reports with it: "called [Ted Cruz] “…”".</summary>
    public const int MaxObjectWordsBeforeQuote = 3;

    /// <summary>Articles that, after a quote and its comma, open an appositive the reporter adds: "called it “flexible,” [a] nod to …".</summary>
    public static readonly FrozenSet<string> AppositiveOpeners = Set("a", "an");

    /// <summary>Words that, after a comma, open a contrasting clause the reporter adds ("…, while critics argue …", "…, though the council has doubts"): a reported clause ends there.</summary>
    public static readonly FrozenSet<string> ContrastWords = Set("while", "whereas", "though", "although");

    /// <summary>Contrast words that also open a short aside the commas close ("a crucial, though brief, opportunity"): no clause break then.</summary>
    public static readonly FrozenSet<string> ConcessiveWords = Set("though", "although");

    /// <summary>
    /// Subordinators that, after a comma, may open a second subject's own report: "said the rules were fair, though she noted
    /// that …", "…, as his aides argued …". The first reported clause ends at the comma.
    /// </summary>
    public static readonly FrozenSet<string> SecondReportSubordinators = Set("though", "although", "because", "since", "after", "when", "before", "until", "if", "unless");

    /// <summary>Words that join figures in a tally ("7 to 2", "52 and 48"): a content of figures and these alone reports nothing.</summary>
    public static readonly FrozenSet<string> TallyJoiners = Set("to", "and", "or", "of", "by");

    /// <summary>Most words a speaker label before a colon may span ("WALLACE:", "Pat Caddell:", "Poll:").</summary>
    public const int MaxLabelWords = 2;

    /// <summary>Fewest words the content after a speaker label needs ("Pledged: 781." is a table row, not speech).</summary>
    public const int MinLabelContentWords = 4;

    /// <summary>Capitalised words that label a paragraph without naming a speaker ("Update:", "Editor's Note:", "The Latest:").</summary>
    public static readonly FrozenSet<string> NonSpeakerLabels = Set(
        "the", "a", "an", "update", "updated", "note", "editor", "editor's", "editor’s", "correction", "clarification",
        "latest", "watch", "read", "video", "photo", "photos", "related", "source", "sources", "name", "age", "city",
        "job", "pay", "breaking", "exclusive", "live", "analysis", "opinion", "editorial", "review", "transcript",
        "background", "context", "q", "question", "answer", "part", "chapter", "episode", "day", "week", "step", "total",
        "warning", "disclaimer", "disclosure", "caption", "credit", "via", "here", "this", "what", "why", "how", "who",
        "when", "where", "first", "second", "third", "also", "more", "see", "full", "summary", "bottom", "subscribe");

    /// <summary>Dashes that sign a quote with the speaker's name after it ("“…” — Jo Park").</summary>
    public static readonly FrozenSet<string> SignatureDashes = Set("—", "―", "–", "-", "--");

    /// <summary>Most capitalised words a signature name may span.</summary>
    public const int MaxSignatureWords = 4;

    /// <summary>Verbs that need an object to be speech: "told reporters that …", "asked whether".</summary>
    public static readonly FrozenSet<string> ObjectCues = Inflections("tell tells told telling", "assure assures assured", "remind reminds reminded", "inform informs informed", "warn warns warned warning", "urge urges urged urging");

    /// <summary>Verbs that only report when a clause follows ("that", a quote): "she believes that …" but not "the data shows growth".</summary>
    public static readonly FrozenSet<string> ClauseOnlyCues = Inflections(
        "believe believes believed", "think thinks thought", "agree agrees agreed agreeing",
        "worry worries worried", "fear fears feared", "hope hopes hoped", "show shows showed shown",
        "find finds found", "continue continues continued continuing", "state states stated stating",
        "indicate indicates indicated indicating", "report reports reported reporting",
        "mention mentions mentioned mentioning", "charge charges charged charging",
        "counter counters countered countering", "estimate estimates estimated estimating",
        "maintain maintains maintained maintaining", "observe observes observed observing",
        "posted", "promise promises promised promising", "pledge pledges pledged pledging",
        "vow vows vowed vowing", "urge urges urged urging", "ask asks asked asking");

    /// <summary>Words that open a reported question or clause after a clause-only cue ("asked whether …").</summary>
    public static readonly FrozenSet<string> QuestionWords = Set("whether", "if", "how", "what", "why", "when", "who", "where", "which");

    /// <summary>
    /// Modals that never head a cue however the classifier scores them ("must not only win in November"): a gold cue's head
    /// is its first word after the auxiliaries. Kept apart from <see cref="CueAuxiliaries"/>, which also shapes the
    /// classifier's features.
    /// </summary>
    public static readonly FrozenSet<string> ModalsNeverCues = Set("must", "shall", "ought");

    /// <summary>A cue followed by these is a refusal or a non-answer, not speech: "declined to comment".</summary>
    public static readonly FrozenSet<string> NonSpeechVerbs = Inflections(
        "decline declines declined declining", "refuse refuses refused refusing");

    /// <summary>
    /// Verbs of showing, offering and letting: the attribution tagger reads "The app offers [two-factor login]" or "The
    /// video shows [officers at the door]" as a cue and its content, but what they present is no speech. On PolNeAR's
    /// dev and train splits a third of the tagger's contents with such a cue were right, too few to raise F1. Not "find":
    /// "a study found" reports a finding.
    /// </summary>
    public static readonly FrozenSet<string> PresentingVerbs = Inflections(
        "show shows showed shown showing", "offer offers offered offering", "allow allows allowed allowing",
        "include includes included including", "provide provides provided providing", "display displays displayed displaying",
        "feature features featured featuring", "keep keeps kept keeping", "let lets letting", "enable enables enabled enabling",
        "see sees saw seen seeing");

    /// <summary>
    /// Nouns of evidence that do report through a presenting verb: "the exit polls showed …", "records show …" (a source
    /// holding one keeps a tagged content whose cue is one of <see cref="PresentingVerbs"/>).
    /// </summary>
    public static readonly FrozenSet<string> EvidenceNouns = Set(
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "analyses",
        "record", "records", "document", "documents", "figures", "results", "numbers", "research", "statistics", "estimates",
        "census", "audit", "review", "tests", "evidence", "filings", "emails", "memo", "transcripts", "ratings", "count", "tally");

    /// <summary>Preceding words that make a reporting verb not speech by the subject ("was told", "to say").</summary>
    public static readonly FrozenSet<string> PassiveMarkers = Set("was", "were", "been", "being", "be", "is", "are", "'s", "’s");

    /// <summary>
    /// Participles that report in a passive with "by": "The issue was first reported by the Times", "a view echoed by
    /// everyone". The subject before them is what was reported, the phrase after "by" its source.
    /// </summary>
    public static readonly FrozenSet<string> PassiveCues = Set(
        "reported", "endorsed", "supported", "echoed", "seconded", "told", "written", "announced", "confirmed", "denied",
        "disputed", "criticized", "criticised", "praised", "rejected", "opposed", "questioned", "challenged", "quoted",
        "cited", "published", "proposed", "recommended", "condemned", "predicted", "suggested", "estimated", "stated",
        "claimed", "alleged", "asserted", "argued", "voiced", "expressed", "shared", "issued", "released",
        "disclosed", "revealed", "described", "promoted", "backed", "championed", "touted", "decried", "dismissed");

    /// <summary>
    /// Participles that, in a reduced relative without an auxiliary, name a thing by who made or put it out ("a report
    /// released by the council", "a biography written by X", "remarks made by X"): PolNeAR marks no attribution there
    /// (on train such a participle and "by" after a noun is a gold cue 4 times in 43). With an auxiliary they still report
    /// ("The remarks were made by …").
    /// </summary>
    public static readonly FrozenSet<string> ReducedPassiveNonCues = Set(
        "made", "offered", "given", "delivered", "put", "released", "issued", "written", "published");

    /// <summary>"The claim was made by the senator": "made"/"offered"/"given" report only with a noun of speech before them (without an auxiliary, "a claim made by", see <see cref="ReducedPassiveNonCues"/>, they report nothing).</summary>
    public static readonly FrozenSet<string> MadeCues = Set("made", "offered", "given", "delivered", "put");

    /// <summary>Nouns of speech that "made by"/"offered by" report.</summary>
    public static readonly FrozenSet<string> SpeechNouns = Set(
        "claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments", "allegation", "allegations",
        "promise", "promises", "pledge", "pledges", "argument", "arguments", "accusation", "accusations", "assertion",
        "assertions", "case", "point", "points", "suggestion", "suggestions", "proposal", "proposals", "prediction",
        "predictions", "charge", "charges", "threat", "threats", "speech", "speeches", "apology", "testimony", "observation",
        "observations", "announcement", "announcements", "offer", "offers", "vow", "vows");

    /// <summary>Auxiliaries read past leftwards from a passive participle to its subject ("has been", "will be", "was being").</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set(
        "was", "were", "been", "being", "be", "is", "are", "'s", "’s", "'re", "’re", "am", "has", "have", "had",
        "will", "would", "could", "can", "may", "might", "should", "must");

    // ---- Source phrases ----------------------------------------------------------------------

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "we", "i", "it", "you");
    /// <summary>What a quote ends on when a speaker tag follows it ("“…,” he said", "“…?” she asked", "“…!” said Ruiz").</summary>
    /// <summary>A subject that stands for no one ("there is …"): with a finite verb after it, it opens a clause.</summary>
    public static readonly FrozenSet<string> ExpletiveSubjects = Set("there");
    /// <summary>Words that open an aside giving examples of the noun before it ("firms, including Nordhavn, …", "…, such as …").</summary>
    public static readonly FrozenSet<string> ExampleAsideOpeners = Set("including", "such", "especially", "notably", "like", "among");
    public static readonly FrozenSet<string> QuoteTagPunctuation = Set(",", "?", "!");
    public static readonly FrozenSet<string> PersonPronouns = Set("he", "she", "i");
    // Possessive determiners that can stand as a source ("Her embrace of …", "His defence of …"), with the subject pronoun
    // whose antecedent they share.
    public static readonly FrozenDictionary<string, string> PossessivePersonPronouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["his"] = "he", ["her"] = "she",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pronouns that tell a person's gender, as the article uses them (for choosing a pronoun's antecedent).</summary>
    public static readonly FrozenSet<string> MalePronouns = Set("he", "him", "his", "himself");
    public static readonly FrozenSet<string> FemalePronouns = Set("she", "her", "hers", "herself");

    /// <summary>Possessive determiners: a phrase that opens with one ("his campaign") may be a source, the word alone is not.</summary>
    public static readonly FrozenSet<string> PossessiveDeterminers = Set("his", "her", "its", "their", "our", "my", "your");

    /// <summary>The longest first line read as a headline in title case, whose capitalised verbs may be cues.</summary>
    public const int MaxHeadlineChars = 200;

    /// <summary>Nouns of a sentence-opening "In a … poll, …" that reports its findings.</summary>
    public static readonly FrozenSet<string> PollNouns = Set("poll", "polls", "survey", "surveys");

    /// <summary>How far the phrase of "In a … poll," may run before its comma.</summary>
    public const int MaxPollPhraseTokens = 16;

    /// <summary>Relative pronouns that may stand for a source ("Smith, who said …", "the agency, which reported …").</summary>
    public static readonly FrozenSet<string> RelativePronouns = Set("who", "which");

    /// <summary>Words allowed between the source and its verb: "Kowalczyk also said", "Smith has long argued".</summary>
    public static readonly FrozenSet<string> VerbModifiers = Set(
        "also", "later", "previously", "again", "then", "once", "still", "recently", "repeatedly", "often",
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did", "does", "do",
        "reportedly", "publicly", "privately", "just", "already", "long", "further", "first", "even", "never",
        "not", "n't", "n’t", "ca", "wo", "always", "frequently", "separately", "similarly", "flatly", "simply", "now", "yet",
        "earlier", "last", "this", "on", "week", "month", "year", "morning", "afternoon", "evening", "night",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d");

    /// <summary>Times of day that follow a weekday after a cue ("said Friday afternoon").</summary>
    public static readonly FrozenSet<string> TimesOfDay = Set("morning", "afternoon", "evening", "night");

    /// <summary>Prepositions before a participle cue that shares the sentence's subject: "Trump said [before] adding: …", "[after] noting".</summary>
    public static readonly FrozenSet<string> ParticiplePrepositions = Set("before", "after", "while", "by");

    /// <summary>Nouns of time after which "that" is a determiner, not the start of a reported clause: "said in a speech [that night]".</summary>
    public static readonly FrozenSet<string> ThatTimeNouns = Set("morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time");

    /// <summary>Finite auxiliaries and modals: after a subject they open a clause of its own ("…, but many firms [have] found …").</summary>
    public static readonly FrozenSet<string> FiniteAuxiliaries = Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "does", "did", "do", "'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d");

    /// <summary>
    /// Adjectives that stand before a noun and do not end a noun phrase: a source cut after one ("The new [plan]")
    /// is a phrase cut short, not a speaker.
    /// </summary>
    public static readonly FrozenSet<string> PrenominalAdjectives = Set(
        "new", "old", "same", "former", "current", "latest", "recent", "main", "key", "top", "big", "large", "small",
        "major", "whole", "entire", "next", "previous", "own", "various", "certain", "particular", "possible", "full",
        "final", "initial", "original", "proposed", "potential", "so-called", "such");

    /// <summary>
    /// A source's head and what ties it to what it knows ("a person [familiar with] the matter", "sources [close to] the
    /// campaign"): PolNeAR's train and dev sources hold such phrases 56 times.
    /// </summary>
    public static readonly FrozenSet<string> SourcePostmodifiers = Set(
        "familiar with", "close to", "briefed on", "involved in", "knowledgeable about", "knowledge of", "privy to", "aware of");

    /// <summary>
    /// Heads of a body's or group's name that goes on through "on" or "in" ("Committee on Ferries", "University in
    /// St. Louis", "Republicans in Congress"): the commonest such heads among PolNeAR's sources.
    /// </summary>
    public static readonly FrozenSet<string> NamedBodyHeads = Set(
        "University", "College", "School", "Committee", "Subcommittee", "Council", "Commission", "Center", "Centre", "Program",
        "Programme", "Board", "Institute", "Caucus", "Panel", "Office", "Museum", "Church", "Republicans", "Democrats",
        "Officials", "Experts", "Authorities", "Lawmakers", "Leaders");

    /// <summary>
    /// Adjectives of "it is hard to believe …", "easy to say": they end no phrase that could speak, so a cue after them
    /// ("[hard] to believe") has no source there.
    /// </summary>
    public static readonly FrozenSet<string> PredicateAdjectives = Set(
        "hard", "harder", "easy", "easier", "difficult", "impossible", "tough", "tricky", "fair", "unfair", "safe", "important",
        "necessary", "reasonable", "tempting", "sad", "strange", "odd", "unclear", "interesting", "fascinating", "wrong", "right");

    /// <summary>Prepositions that put a source's head in a place ("a complaint filed in Vermont"): the place is not the speaker.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("in", "at", "across", "throughout");

    /// <summary>Lower-case nouns ending in "-ing" that a source may end on ("Exit polling showed", "the hearing found"), no participle.</summary>
    public static readonly FrozenSet<string> IngNouns = Set(
        "polling", "meeting", "ranking", "reporting", "filing", "wing", "ruling", "hearing",
        "briefing", "finding", "building", "funding", "thing", "nothing", "something", "everything", "anything",
        "king", "offering", "listing", "posting", "warning", "reckoning", "lobbying", "thinking");

    /// <summary>Lower-case nouns and adjectives ending in "-ly" that are no manner adverb before a verb ("the family said", "a rally").</summary>
    public static readonly FrozenSet<string> LyNouns = Set(
        "family", "ally", "rally", "supply", "assembly", "reply", "anomaly", "monopoly", "belly", "bully", "jelly", "folly",
        "italy", "july", "daily", "weekly", "monthly", "quarterly", "yearly", "elderly", "early", "only", "holy", "lonely",
        "friendly", "likely", "unlikely", "costly", "deadly", "lovely", "ugly", "silly", "orderly", "homily", "lily", "melancholy");

    /// <summary>Auxiliaries of a progressive cue ("is calling for", "has been promoting"), read past to find its source.</summary>
    public static readonly FrozenSet<string> ProgressiveAuxiliaries = Set("is", "are", "was", "were", "been", "be", "'s", "’s", "'re", "’re", "am", "'m", "’m");

    /// <summary>Words that end a source phrase when read leftwards from the verb: a clause or another phrase begins.</summary>
    public static readonly FrozenSet<string> SourceBoundaries = Set(
        "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "while", "when", "as",
        "if", "after", "before", "since", "although", "though", "where", "so", "than", "whether", "until",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
        "can", "may", "might", "should", "must", "did", "does", "do", "not", "to", "in", "on", "at", "with",
        "from", "by", "about", "into", "over", "under", "against", "during", "without", "through", "what",
        "how", "why", "also", "said", "says", "say", "told", "tells", "asked", "added", "there", "here",
        "then", "yet", "however", "meanwhile", "instead", "still", "even", "only", "just", "now", "ago");

    /// <summary>
    /// Words a source phrase never opens with: subordinators, prepositions of an opening adjunct and discourse words that
    /// the leftward read took for the subject ("While old hands say …", "Despite …, Park said", "Indeed").
    /// </summary>
    public static readonly FrozenSet<string> SourceLeadWords = Set(
        "while", "although", "though", "because", "if", "when", "whereas", "unless", "since", "as", "once",
        "indeed", "suddenly", "ultimately", "meanwhile", "moreover", "however", "still", "yet", "also", "then", "now",
        "and", "but", "so", "what", "how", "why");

    /// <summary>Prepositions of an opening adjunct the leftward read may take for a source ("Despite the rain, Park said").</summary>
    public static readonly FrozenSet<string> SourceLeadPrepositions = Set(
        "despite", "among", "amid", "amidst", "with", "without", "in", "on", "at", "during", "after", "before");

    /// <summary>Asides set off by a comma at a source's end ("Park, however, said"): the sentence's, not the source's.</summary>
    public static readonly string[][] SourceEndAsides = new[]
    {
        "however", "meanwhile", "for example", "for instance", "for one", "for its part", "for his part", "for her part",
        "for their part", "for our part", "in turn", "too", "though", "instead", "in contrast", "by contrast", "in particular",
        "once again", "it turned out", "of course", "in fact", "also", "then", "now", "again", "in response", "likewise",
    }.Select(a => a.Split(' ')).OrderByDescending(a => a.Length).ToArray();

    /// <summary>Subject pronouns that can be a source's first conjunct ("he and his lawyer said"); "it" and "you" seldom are.</summary>
    public static readonly FrozenSet<string> CoordinatedSubjectPronouns = Set("he", "she", "they", "we", "i");

    /// <summary>
    /// Quantifiers that stand alone for a group the sentence named before ("…; most said …", "…, another says …"): a source
    /// of their own right before a cue. On PolNeAR train such a word before "said", "say(s)", "believe", "think", "agree",
    /// "argue" or "warn" opens a gold source 29 times in 37.
    /// </summary>
    public static readonly FrozenSet<string> QuantifierPronouns = Set("most", "many", "some", "several", "both", "few", "another", "all", "none", "half");

    /// <summary>Words after which a new clause's subject may stand ("…, and many agreed", "while another says").</summary>
    public static readonly FrozenSet<string> ClauseJoiners = Set("and", "but", "while", "whereas", "that", "yet", "so", "as");

    /// <summary>Quantifiers that float after the subject they count ("they both said", "officials all agreed").</summary>
    public static readonly FrozenSet<string> FloatingQuantifiers = Set("both", "all", "each");

    /// <summary>Quantifiers before a source's noun that the leftward read stops at ("Only four percent said").</summary>
    public static readonly FrozenSet<string> SourceQuantifiers = Set("only", "all", "about", "nearly", "almost", "roughly");

    /// <summary>Time adverbs the read leaves at a source's end when it stops at the time word they modify ("voters late Monday").</summary>
    public static readonly FrozenSet<string> SourceEndTimeAdverbs = Set("late", "early");

    /// <summary>
    /// Participles and particles of a reduced clause after a source's noun ("a poll out Monday", "a memo released Friday by
    /// the agency"): PolNeAR's source runs through the clause to the cue.
    /// </summary>
    public static readonly FrozenSet<string> SourceEndParticiples = Set(
        "out", "released", "published", "issued", "posted", "unveiled", "obtained", "conducted", "taken", "leaked", "filed", "sent");

    /// <summary>Short words that are capitalised in headlines but never part of a name.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "for", "of", "from", "with", "without", "by", "to", "in", "on", "at", "as", "into", "over", "after", "before",
        "vs", "versus", "says", "said", "tells", "told", "slams", "blasts", "backs", "hits", "calls", "new", "how", "why");

    /// <summary>Words that open a subordinate clause: "While Smith said that …, she …" ends its content at the comma.</summary>
    public static readonly FrozenSet<string> Subordinators = Set("while", "although", "though", "because", "if", "when", "as", "since", "after", "before", "even", "whereas", "unless", "once");

    /// <summary>
    /// Prepositions of a short time or place adjunct between a subject and its verb ("a panel in 2001 found", "Smith on
    /// Monday said"): the subject is the phrase before the adjunct, not the adjunct's noun.
    /// </summary>
    public static readonly FrozenSet<string> SubjectAdjunctPrepositions = Set("in", "on", "at", "during");

    /// <summary>The longest such adjunct's noun phrase, in words.</summary>
    public const int MaxSubjectAdjunctWords = 4;

    /// <summary>The longest opening phrase, in tokens to its comma, read past when it starts with a preposition or participle.</summary>
    public const int MaxOpeningAdjunctTokens = 16;

    /// <summary>How many opening phrases in a row are read past to a sentence's subject.</summary>
    public const int MaxOpeningAdjuncts = 3;

    /// <summary>Words that make an opening phrase a time adjunct, not the sentence's subject ("A few days later, …", "Last week, …").</summary>
    public static readonly FrozenSet<string> TimeAdjunctWords = Set(
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hours", "minutes", "later",
        "earlier", "ago", "last", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "weekend",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

    /// <summary>Prepositions that open an adjunct after a cue ("said at a rally"), not a reported clause.</summary>
    public static readonly FrozenSet<string> AdjunctPrepositions = Set("in", "on", "at", "during", "to", "from", "with", "after", "before", "for", "by", "about", "as", "while", "when", "outside", "inside", "near", "via", "through");

    /// <summary>Words that start a noun phrase: the source phrase stops after taking one.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "some", "many", "several", "most", "other", "another", "these", "those", "this",
        "his", "her", "its", "their", "our", "my", "your", "both", "few", "two", "three", "four", "five");

    /// <summary>
    /// Prepositions that, right after a cue with an object content, belong to the cue ("talking [about] the plan",
    /// "railed [against] the deal"): on PolNeAR train a gold cue ends on each far more often than a gold content starts
    /// with it (about 472 to 25, against 108 to 0, for 391 to 25, of 417 to 15, on 335 to 16, at 85 to 12, over 52 to 1,
    /// with 97 to 10). "to" is left out: it opens an infinitive content as often ("wants [to leave]").
    /// </summary>
    public static readonly FrozenSet<string> CueParticles = Set("about", "against", "for", "of", "on", "at", "over", "with");

    /// <summary>Words that open a short phrase of place or manner after a cue ("said [on Twitter]"): no content.</summary>
    public static readonly FrozenSet<string> PlaceAdjunctOpeners = Set("in", "on", "at");

    /// <summary>The longest such phrase, in words, taken for a place or manner rather than a content.</summary>
    public const int MaxPlaceAdjunctWords = 3;

    /// <summary>
    /// Nouns of stance or speech that, between a cue and one of their prepositions, belong to the cue: "raised [questions
    /// about] the deal", "made [the case for] Smith", "voiced [strong support for] the bill" (content: what follows the
    /// preposition). On PolNeAR train such a noun and preposition end a gold cue far more often than they open a content
    /// ("questions about" 27, "attacks on" 24, "support for" 22, "opposition to" 14, "endorsement of" 12 as cue ends).
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> StanceNounPrepositions = new Dictionary<string, string>
    {
        ["question"] = "about of on over", ["questions"] = "about on over",
        ["attack"] = "on against", ["attacks"] = "on against", ["swipe"] = "at against", ["swipes"] = "at against",
        ["support"] = "for of", ["opposition"] = "to", ["attention"] = "to", ["endorsement"] = "of", ["endorsements"] = "of",
        ["criticism"] = "of on for", ["critique"] = "of", ["concern"] = "about over", ["concerns"] = "about over",
        ["mention"] = "of", ["doubt"] = "about", ["doubts"] = "about", ["case"] = "for against", ["defense"] = "of",
        ["credit"] = "for", ["view"] = "of on", ["views"] = "of on about", ["position"] = "on", ["positions"] = "on",
        ["embrace"] = "of", ["rejection"] = "of", ["comments"] = "about on", ["remarks"] = "about on", ["praise"] = "for",
        ["reference"] = "to", ["references"] = "to", ["thoughts"] = "on about", ["opinion"] = "of on about", ["opinions"] = "of on about",
        ["misgivings"] = "about", ["reservations"] = "about", ["complaints"] = "about", ["worries"] = "about",
        ["objections"] = "to", ["enthusiasm"] = "for", ["admiration"] = "for", ["skepticism"] = "about of",
        ["accusations"] = "of against", ["allegations"] = "of against", ["warning"] = "about of", ["warnings"] = "about of",
        ["argument"] = "for against", ["arguments"] = "for against", ["backlash"] = "against", ["insults"] = "against",
        ["understanding"] = "of", ["passion"] = "for", ["tribute"] = "to", ["apology"] = "for",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Nouns of speech or stance whose "that" clause is what was said or thought: "Trump's [claim] that the wall …", "the
    /// [warning] that rates …". On PolNeAR train each opens a gold content with its "that" at least half the time (statement
    /// 8 of 13, claim 8 of 20, complaints 7 of 7, warning 7 of 9; "fact", "idea", "hope", "evidence", "notion" a fifth or
    /// less, so they are not listed).
    /// </summary>
    public static readonly FrozenSet<string> NominalClauseCues = Set(
        "statement", "statements", "claim", "claims", "assertion", "suggestion", "suggestions", "warning", "warnings", "belief",
        "concern", "complaint", "complaints", "hopes", "fear", "fears", "worries", "assumption", "insistence", "admission",
        "assurance", "assurances", "remarks", "speculation", "acknowledgment", "acknowledgement", "pledge", "promise", "promises", "vow");

    /// <summary>
    /// Adjectives of stance that, after a form of "be" and before one of their prepositions, report what the subject thinks
    /// of the object: "Republicans [are skeptical of] the deal", "Voters [were split on] whether …". On PolNeAR train each
    /// pair after a copula is a gold cue at least two times in three (critical of 8 of 13, skeptical of 3 of 3, confident in
    /// 3 of 3, split on 3 of 3, supportive of 3 of 4); "aware of" (3 of 9), "proud of" (2 of 9) and "afraid of" (0 of 7) are
    /// not listed. Passive feelings ("officials [were angered by] the deal", "[are worried about] the economy") report their
    /// subject's stance too: outside another gold content, such participles after "be" and these prepositions are gold cues
    /// 31 times in 34 on train ("worried about" 4 of 11 counting those inside another's content, which the finder drops as
    /// nested). Before "that" they are not listed: with the clause as content the slice gained one and dev lost one.
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> StanceAdjectivePrepositions = new Dictionary<string, string>
    {
        ["critical"] = "of", ["skeptical"] = "of", ["sceptical"] = "of", ["wary"] = "of", ["supportive"] = "of",
        ["confident"] = "in", ["hopeful"] = "about", ["upbeat"] = "about", ["angry"] = "about", ["unhappy"] = "with",
        ["vocal"] = "about in", ["split"] = "on over", ["divided"] = "on over",
        ["worried"] = "about", ["concerned"] = "about with", ["pleased"] = "with by", ["impressed"] = "by with",
        ["angered"] = "by", ["outraged"] = "by", ["troubled"] = "by", ["shocked"] = "by", ["alarmed"] = "at by",
        ["upset"] = "about", ["furious"] = "at",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    /// <summary>Degree words that may stand between "be" and a stance adjective: "is [more] critical of", "were [far less] divided on".</summary>
    public static readonly FrozenSet<string> DegreeWords = Set("more", "less", "most", "least", "far", "much", "so", "very", "too", "as", "quite", "rather", "all", "sharply", "deeply");

    /// <summary>Adverbs allowed between "be" and a stance adjective: "were [deeply] divided on", "is [far less] critical of".</summary>
    public const int MaxStanceAdjectiveModifiers = 3;

    /// <summary>Words a stance noun's phrase may open with before the noun: "[some] kind words", "[fresh] questions".</summary>
    public const int MaxStanceModifiers = 3;

    /// <summary>
    /// Participles that, after a form of "be" and before "to", report an expectation with no source: "The Fed [is expected]
    /// to act in December" (content: the subject and the infinitive). On PolNeAR train 62 of the 71 "is/are/was/were
    /// expected to" are gold cues.
    /// </summary>
    public static readonly FrozenSet<string> ExpectationCues = Set("expected");

    /// <summary>
    /// "Asked whether the plan would pass, Ruiz said …": an opening "asked" phrase reports a question someone put, its
    /// content the question after one of <see cref="QuestionOpeners"/>, its source the "by" agent or none. On PolNeAR train
    /// such a sentence-opening "Asked" is a gold cue 31 times in 41 before a wh-word, "when asked" 4 times in 8.
    /// </summary>
    public static readonly FrozenSet<string> QuestionCues = Set("asked");

    /// <summary>The words that open the question an "asked" phrase reports ("asked [whether] …", "asked [about] …", "asked [to] describe …").</summary>
    public static readonly FrozenSet<string> QuestionOpeners = Set("whether", "if", "about", "what", "why", "how", "who", "whom", "which", "where", "when", "to");

    /// <summary>How far past "asked" (its agent and adjuncts: "Asked by a host on Fox News Tuesday whether") the question may open.</summary>
    public const int MaxQuestionOpenerDistance = 10;

    /// <summary>The longest "asked" phrase read as the question (tokens); the cap also keeps the scan linear on text without commas.</summary>
    public const int MaxQuestionPhraseTokens = 60;

    /// <summary>
    /// Words that open an adjunct, not what was said: after a speech tag that follows a quote ("“…,” Park told AFP [in] an
    /// interview on Monday", "… Sessions said [as] he opened the session") the quote is the content. "about" and "of" stay
    /// out: "said of Apple" is PolNeAR's content about as often as not.
    /// </summary>
    public static readonly FrozenSet<string> SpeechTagAdjunctOpeners = Set("in", "during", "on", "at", "as", "after", "before", "for", "from", "while", "when", "with");

    /// <summary>
    /// Verbs of seeming: "Mr. Rubio [appeared] to be on the upswing" reports how its subject looks, so the subject belongs
    /// to the content. On PolNeAR train "seem/appear to" is a gold cue 143 times in 253.
    /// </summary>
    public static readonly FrozenSet<string> SeemingCues = Set("seem", "seems", "seemed", "appear", "appears", "appeared");

    /// <summary>
    /// Verbs whose object feels what the subject stirs: "The ruling [angered] many farmers" reports the farmers' stance on
    /// the ruling, so the object is the source and the subject the content. Third-person and past forms only: "worried" and
    /// "concerned" mostly report their subject's worry ("officials worried that …"). On PolNeAR train these, active with an
    /// object, are gold cues 9 times in 13, every one with that source and content.
    /// </summary>
    public static readonly FrozenSet<string> ExperiencerObjectVerbs = Set(
        "angered", "angers", "infuriated", "infuriates", "enraged", "enrages", "outraged", "outrages", "rankled", "rankles",
        "unsettled", "unsettles", "irritated", "irritates", "annoyed", "annoys", "frustrated", "frustrates", "alarmed", "alarms",
        "dismayed", "dismays", "offended", "offends");

    /// <summary>Forms of "be" and "get" before a participle that make it an adjective: "farmers were [angered] by …".</summary>
    public static readonly FrozenSet<string> AdjectivalAuxiliaries = Set(
        "is", "are", "was", "were", "been", "be", "being", "'s", "’s", "'re", "’re", "am", "get", "gets", "got", "gotten", "feel", "felt", "seem", "seemed");

    /// <summary>Listeners after a cue that are not part of the content: "told reporters that".</summary>
    public static readonly FrozenSet<string> Listeners = Set(
        "reporters", "journalists", "me", "him", "her", "them", "us", "you", "lawmakers", "supporters",
        "the", "a", "an", "crowd", "audience", "press", "media", "interviewer", "viewers", "listeners",
        "members", "senators", "congress", "voters", "delegates", "students", "workers", "officials");

    /// <summary>Words between a cue and its content that are time, place or channel, not content ("said Wednesday that").</summary>
    public static readonly FrozenSet<string> CueAdjuncts = Set(
        "on", "in", "at", "during", "last", "this", "earlier", "late", "early", "week", "month", "year",
        "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "tonight", "a", "an", "the", "statement", "interview",
        "recently", "also", "again", "repeatedly", "publicly", "privately", "previously", "then", "later",
        "separately", "briefly", "flatly", "emphatically", "bluntly", "simply");

    // ---- Titles ------------------------------------------------------------------------------

    /// <summary>Nouns that head a role: a phrase ending in one, before a name or in apposition, is a title.</summary>
    public static readonly FrozenSet<string> RoleHeads = Set(
        "secretary", "envoy", "president", "minister", "spokesman", "spokeswoman", "spokesperson", "senator",
        "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
        "director", "chief", "leader", "ambassador", "adviser", "advisor", "official", "chairman",
        "chairwoman", "chair", "ceo", "founder", "commander", "general", "gen.", "admiral", "judge",
        "justice", "attorney", "prosecutor", "lawyer", "candidate", "nominee", "speaker", "king", "queen",
        "prince", "princess", "chancellor", "premier", "economist", "analyst", "professor", "prof.",
        "researcher", "scientist", "executive", "head", "manager", "coach", "captain", "officer", "sheriff",
        "commissioner", "administrator", "diplomat", "negotiator", "strategist", "aide", "deputy", "czar",
        "counsel", "correspondent", "editor", "reporter", "columnist", "pope", "cardinal", "bishop",
        "rabbi", "imam", "mr.", "mrs.", "ms.", "dr.", "lt.", "col.", "sgt.", "capt.", "maj.", "supt.",
        "pastor", "activist", "organizer", "strategist", "pollster", "historian", "owner", "partner",
        "member", "co-founder", "superintendent", "inspector", "detective", "lawmaker", "delegate",
        "staffer", "operative", "consultant", "fellow", "president-elect", "chairperson", "treasurer",
        // Broadcasting's roles: "Fox News anchor Jo Park", "CBS co-host Ann Wu".
        "anchor", "co-anchor", "anchorman", "anchorwoman", "host", "co-host", "commentator", "contributor", "producer", "journalist",
        // Ranks as British and wire styles write them, without the full stop: "Lt Col Alexander Vindman".
        "col", "lt", "sgt", "capt", "maj", "cpl");

    /// <summary>Prepositions inside a title that make a following name the role's object ("spokesman for Paul Ryan", "adviser to").</summary>
    public static readonly FrozenSet<string> TitlePrepositions = Set("for", "to", "of", "under", "at", "with", "in");

    /// <summary>Honorifics are titles but say nothing of a role: they are left out of an entity's titles.</summary>
    public static readonly FrozenSet<string> Honorifics = Set("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");

    /// <summary>Words a title may carry before its head noun ("White House press secretary", "former deputy").</summary>
    public static readonly FrozenSet<string> TitleStops = Set(
        "the", "a", "an", "and", "said", "says", "told", "that", "which", "who", "with", "by", "on", "in",
        "at", "to", "from", "as", "is", "was", "has", "had", "have", "will", "would", "after", "before",
        "but", "or", "when", "while", "because", "since", "if", "than", "then", "also", "according",
        // Prepositions other than "of" open the phrase a title sits in, not the title: "allegations against
        // [Vice President] Biden", "a call between [President] Trump and …".
        "against", "between", "about", "for", "into", "over", "under", "without", "within", "among", "toward",
        "towards", "upon", "across", "behind", "beyond", "during", "like", "near", "through", "via", "including",
        // Auxiliaries and pronouns: "could [former Vice President] …", "his [press secretary] …".
        "could", "should", "can", "may", "might", "must", "did", "does", "do", "not", "are", "were", "be", "been",
        "it", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
        "he", "she", "they", "we", "i", "you", "alongside", "what", "both", "whom", "whose", "why", "how", "whether",
        // Sentence adverbs, capitalised only where they open the sentence: "Later [Mayor] Jo Park thanked …".
        "later", "earlier", "meanwhile", "however", "instead", "now", "yet", "still", "recently", "previously",
        // Irregular past tenses, which no suffix shows: "Ana Ruiz met [Harbor Governor] Tomas Reyes".
        "met", "saw", "gave", "took", "made", "sent", "got", "won", "beat", "left", "brought", "thought", "felt", "kept",
        "held", "heard", "knew", "came", "went", "ran", "spoke", "wrote", "chose", "drew", "caught", "fought", "bought",
        "sought", "taught");

    /// <summary>Words that open or continue a clause, not a role, after a name and its comma: "Vera Holm, who served as …".</summary>
    public static readonly FrozenSet<string> AppositiveClauseWords = Set(
        "said", "says", "told", "who", "whom", "whose", "which", "that", "where", "when", "and", "but", "or");

    /// <summary>Words that open a cue's own clause ("when asked,", "if pressed,"): the clause after its comma is not its content.</summary>
    public static readonly FrozenSet<string> CueClauseSubordinators = Set("when", "if", "once", "unless", "until", "whenever");

    /// <summary>Words that carry an appositive on past its role: "adviser to the governor", "chief negotiator for labor affairs".</summary>
    public static readonly FrozenSet<string> AfterAppositiveRole = Set(
        "of", "for", "at", "in", "on", "to", "with", "from", "and", "&", "-", "since", "under", "'s", "’s");

    /// <summary>Adverbs that may open an appositive before its role: "Vera Holm, now an adviser on ports,".</summary>
    public static readonly FrozenSet<string> AppositiveLeadIns = Set("now", "also", "currently", "then", "formerly", "once", "still");

    /// <summary>A word right after this one is a verb, not part of a title: "to investigate [former Vice President] Biden".</summary>
    public const string InfinitiveMarker = "to";

    /// <summary>Most words a title may span.</summary>
    public const int MaxTitleWords = 12;

    /// <summary>Longest model designation a unit reads through ("A350-900", "F-16").</summary>
    public const int MaxModelDesignationChars = 12;

    /// <summary>Most words after the "of" of a role before a name ("Secretary of [State]", "Director of [National Intelligence]").</summary>
    public const int MaxRoleOfObjectWords = 4;

    // ---- Figures -----------------------------------------------------------------------------

    /// <summary>Hedges before a figure. Longest first so "at least" wins over "least".</summary>
    public static readonly string[] Qualifiers =
    [
        "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
        "as few as", "as little as", "close to", "just over", "just under", "nearly", "almost", "about",
        "around", "approximately", "roughly", "some", "over", "under", "an estimated", "estimated",
        "upwards of", "well over", "only", "just", "exactly", "below", "above",
    ];

    /// <summary>The words of <see cref="Qualifiers"/>, to step over a hedge: "for nearly seven years".</summary>
    public static readonly FrozenSet<string> QualifierWords = Set([.. Qualifiers.SelectMany(q => q.Split(' '))]);

    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that multiply the number before them ("1.2 million", "two dozen").</summary>
    public static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000, ["bn"] = 1_000_000_000,
        ["m"] = 1_000_000, ["k"] = 1_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are numbers only before a multiplier ("a couple dozen boats" → 24).</summary>
    public static readonly FrozenDictionary<string, double> NumberWordsBeforeMultiplier = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["couple"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Fractions of a whole ("two-thirds of voters", "half the roads", "a quarter of homes"): the denominator word, and the
    /// share it gives as a percentage, so a fraction and a percentage of the same thing compare on a timeline.
    /// </summary>
    public static readonly FrozenDictionary<string, double> FractionDenominators = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4,
        ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Numerators written as articles ("a third", "an eighth" is not listed).</summary>
    public static readonly FrozenDictionary<string, double> FractionArticles = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after "half" that make it a share of something ("half of", "half the", "half its"), not "half an hour".</summary>
    public static readonly FrozenSet<string> FractionFollowers = Set("of", "the", "its", "their", "his", "her", "our", "all", "those", "these");

    /// <summary>
    /// Words that make "a quarter of a …" an amount rather than a share: "a quarter of a million dollars", "a quarter of a
    /// percent", "half of an hour", "a third of a mile".
    /// </summary>
    public static readonly FrozenSet<string> FractionAmountWords = Set(
        "million", "billion", "trillion", "thousand", "hundred", "dozen", "percent", "percentage", "point", "century", "decade",
        "year", "month", "week", "day", "hour", "minute", "second", "mile", "inch", "foot", "metre", "meter", "kilometre",
        "kilometer", "pound", "cup", "gallon", "litre", "liter");

    /// <summary>Words before a fraction word that make it a part of a period or a game, not a share: "the first half", "three straight quarters".</summary>
    public static readonly FrozenSet<string> FractionPeriodWords = Set(
        "first", "second", "third", "fourth", "last", "past", "next", "previous", "final", "latter", "other", "straight", "consecutive", "better");

    /// <summary>What a share of a whole is counted in (a fraction or "one in five" is given as its percentage).</summary>
    public const string PercentUnit = "percent";

    /// <summary>
    /// Verbs of a level, a change or a share whose subject is what a bare figure measures ("unemployment rose to 5.2
    /// percent", "Clinton had 46 percent", "revenue stood at $5 billion"; <see cref="Claims.FigureParser"/>).
    /// </summary>
    public static readonly FrozenSet<string> MeasureVerbs = Set(
        "rose", "rises", "risen", "fell", "falls", "fallen", "grew", "grows", "grown", "dropped", "drops", "declined", "declines",
        "increased", "increases", "decreased", "decreases", "climbed", "climbs", "jumped", "jumps", "slipped", "slips",
        "surged", "surges", "soared", "soars", "plunged", "plunges", "sank", "sinks", "tumbled", "tumbles", "edged", "edges",
        "ticked", "ticks", "stood", "stands", "reached", "reaches", "hit", "hits", "remained", "remains", "averaged", "averages",
        "was", "were", "is", "are", "had", "has", "got", "gets", "received", "receives", "won", "wins", "drew", "draws",
        "polled", "polls", "garnered", "garners", "took", "takes", "led", "leads", "trailed", "trails", "totaled", "totalled",
        "totals", "topped", "tops", "exceeded", "exceeds", "doubled", "tripled", "shrank", "shrinks", "narrowed", "widened");

    /// <summary>Words between a measure's verb and its figure: "edged up to", "led with", "stood at".</summary>
    public static readonly FrozenSet<string> MeasureVerbParticles = Set("to", "by", "at", "with", "up", "down");

    /// <summary>Auxiliaries between a measure and its verb: "has fallen", "appears to have declined", "was expected to reach".</summary>
    public static readonly FrozenSet<string> MeasureAuxiliaries = Set(
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "may",
        "might", "can", "did", "does", "do", "to", "appears", "appeared", "seems", "seemed", "expected", "likely", "not");

    /// <summary>Determiners a measure's phrase holds after an inner preposition: "the share of caucus-goers in [the] first days".</summary>
    public static readonly FrozenSet<string> MeasureDeterminers = Set("the", "a", "an", "its", "their", "his", "her", "our");

    /// <summary>Words that end a measure's noun phrase on its left: determiners, conjunctions, clause words.</summary>
    public static readonly FrozenSet<string> MeasureStops = Set(
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "and", "or", "but", "while",
        "whereas", "which", "who", "where", "when", "said", "says", "say", "if", "as", "than", "since", "because", "of",
        "in", "on", "at", "to", "for", "from", "by", "with", "after", "before");

    /// <summary>Prepositions inside a measure's noun phrase: "donations to super PACs", "the jobless rate for young people".</summary>
    public static readonly FrozenSet<string> MeasureInnerPrepositions = Set("of", "for", "to", "in", "among", "on", "with", "at");

    /// <summary>Heads that name nothing measured: pronouns and stand-in words ("it rose to 7 percent").</summary>
    public static readonly FrozenSet<string> MeasureNonHeads = Set(
        "it", "they", "he", "she", "we", "you", "i", "there", "this", "that", "which", "who", "what", "one", "'s", "’s");

    /// <summary>Most words a figure's measure may span ("the state's jobless rate for young people").</summary>
    public const int MaxMeasureWords = 7;

    /// <summary>Words that join a unit to its denominator ("miles per gallon", "deaths per 1,000" is left alone: a number follows).</summary>
    public static readonly FrozenSet<string> RateWords = Set("per");

    /// <summary>Currency signs and their unit names.</summary>
    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["US$"] = "USD", ["C$"] = "CAD", ["A$"] = "AUD",
    }.ToFrozenDictionary();

    /// <summary>The unit names of <see cref="Currencies"/>: a figure in one says how a sum is written, not what it counts.</summary>
    public static readonly FrozenSet<string> CurrencyCodes = Currencies.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after a number that end its unit ("24 living hostages — including …").</summary>
    public static readonly FrozenSet<string> UnitStops = Set(
        "the", "a", "an", "and", "or", "but", "that", "which", "who", "are", "is", "was", "were", "have", "has",
        "had", "will", "would", "in", "on", "at", "to", "from", "by", "with", "for", "since", "as", "than",
        "said", "says", "say", "including", "remain", "remained", "remains", "be", "been", "believed", "still",
        "each", "per", "of", "this", "these", "those", "last", "next", "ago", "more", "less", "while", "after",
        "before", "during", "because", "if", "not", "could", "should", "may", "might", "can", "it", "they",
        "when", "where", "whom", "whose", "strong");

    /// <summary>Plurals without an s: the unit ends with them ("1,200 people were hurt").</summary>
    public static readonly FrozenSet<string> IrregularPlurals = Set("people", "children", "men", "women", "police", "staff", "personnel", "cattle", "feet", "teeth", "mice", "geese");

    /// <summary>Endings of compound plurals without an s ("fishermen", "congresswomen", "schoolchildren").</summary>
    public static readonly string[] IrregularPluralEndings = ["men", "people", "children"];

    /// <summary>Singular nouns with those endings.</summary>
    public static readonly FrozenSet<string> SingularsWithPluralEndings = Set("specimen", "abdomen", "regimen", "omen", "stamen", "acumen", "hymen", "yemen");

    /// <summary>Words before a number that make it a label, not an amount ("type 2 diabetes", "a category 5 storm", "group 2 cells").</summary>
    public static readonly FrozenSet<string> LabelWords = Set(
        "type", "group", "phase", "stage", "level", "category", "class", "grade", "tier", "step", "chapter", "section",
        "article", "room", "route", "highway", "interstate", "no.", "number", "version", "episode", "page", "gate", "season");

    /// <summary>Words before a number without a unit that make it a rank: "not in the top 5" (but "the top 1 percent", "the top 33 percent rate").</summary>
    public static readonly FrozenSet<string> RankWords = Set("top");

    /// <summary>Last words of a street name: a number before a capitalised name ending in one is an address ("2417 Maple Place").</summary>
    public static readonly FrozenSet<string> StreetWords = Set(
        "street", "st.", "st", "avenue", "ave.", "ave", "road", "rd.", "rd", "place", "pl.", "drive", "dr.", "lane", "ln.",
        "boulevard", "blvd.", "blvd", "way", "court", "ct.", "circle", "terrace", "parkway", "pkwy.", "highway", "pike");

    /// <summary>Most words a unit may span.</summary>
    public const int MaxUnitWords = 3;

    /// <summary>
    /// Nouns that end in "ly". Any other "-ly" word after a number is an adverb that ends the unit ("from 16 currently"),
    /// unless a plural follows it ("10 likely voters", "200 elderly residents"); before a measure's verb it is skipped
    /// ("the rate sharply fell"), these are the measure ("the death [tally] rose to 45").
    /// </summary>
    public static readonly FrozenSet<string> NounsEndingInLy = Set(
        "family", "assembly", "supply", "ally", "rally", "monopoly", "anomaly", "belly", "bully", "lily", "fly",
        "daily", "weekly", "monthly", "quarterly", "jelly", "reply", "tally", "homily", "poly");

    /// <summary>Words after a number that make it a clock time ("3 p.m.", "three o'clock").</summary>
    public static readonly FrozenSet<string> ClockWords = Set(
        "a.m.", "p.m.", "am", "pm", "o'clock", "o’clock", "GMT", "UTC", "BST", "CET", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST");

    /// <summary>Words after a number and its unit that make it a point in time, not an amount ("18 years ago", "two years later").</summary>
    public static readonly FrozenSet<string> RelativeTimeWords = Set("ago", "later", "earlier", "prior");

    /// <summary>Words that make the number after them an age ("people age 12 and older", "a boy aged 9", "between the ages of 18 and 35").</summary>
    public static readonly FrozenSet<string> AgeWords = Set("age", "aged", "ages");

    /// <summary>
    /// Articles that make a number of three or more bare digits before a singular noun a code or a model, not a count:
    /// "a 911 call", "a 747 jet"; measures stay figures ("a 300 seat hall"), as do "a 50 slip marina", "a 200,000 figure".
    /// </summary>
    public static readonly FrozenSet<string> CodeArticles = Set("a", "an");

    /// <summary>Singular measures after "a" and a number: "a 30 minute drive", "a 10 point lead", "a 5 mile run".</summary>
    public static readonly FrozenSet<string> SingularMeasureWords = Set(
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "point", "percentage", "percentage-point", "mile", "inch", "foot",
        "yard", "metre", "meter", "kilometre", "kilometer", "pound", "ounce", "gallon", "litre", "liter", "acre", "degree",
        "ton", "tonne", "kilogram", "gram", "vote", "seat", "person", "member", "page", "story", "storey", "bed", "bedroom");

    /// <summary>Words before "age of" that make the number a figure, not an age: "an average age of 71".</summary>
    public static readonly FrozenSet<string> AgeStatisticWords = Set("average", "median", "mean");

    /// <summary>Oldest age of a person: "50,000 years old" is the age of a find, a figure.</summary>
    public const int MaxAge = 130;

    /// <summary>The word after a time unit that makes its number an age ("17 years old"); a unit ending in "-old" does too ("a three month-old group").</summary>
    public const string AgeWordAfterUnit = "old";

    /// <summary>
    /// Subjects and forms of "be" that make a bare number after them an age: "kids who are 14", "by the time they're 19",
    /// "I was eighteen". Not "we": "last week we were eight" counts a group. A number with a unit is a figure ("we are 30 votes short").
    /// </summary>
    public static readonly FrozenSet<string> AgeSubjects = Set("I", "he", "she", "they", "you", "who");

    /// <summary>Forms of "be", clitics included, between an <see cref="AgeSubjects"/> word and an age.</summary>
    public static readonly FrozenSet<string> BeForms = Set("am", "is", "are", "was", "were", "'m", "’m", "'re", "’re", "'s", "’s");

    /// <summary>Units of time: with the words around them they make a number a point or a span of time, not a figure.</summary>
    public static readonly FrozenSet<string> TimeUnitWords = Set(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");

    /// <summary>Words after a number of time units that make it a point in time: "14 months after the launch", "two weeks before the vote".</summary>
    public static readonly FrozenSet<string> RelativeTimeWordsAfterTimeUnit = Set("after", "before");

    /// <summary>Words before a number of time units that make it a span even before "after"/"before": "for nearly seven years after retiring", "took two years before".</summary>
    public static readonly FrozenSet<string> DurationOpeners = Set("for", "take", "takes", "took", "taking", "spent", "spend", "spends");

    /// <summary>Words after "the" that make a number of time units a time frame, not a figure: "over the past five years", "the first six months of 2019".</summary>
    public static readonly FrozenSet<string> TimeFrameOpeners = Set("past", "last", "first", "next", "previous", "coming");

    /// <summary>The word before "a half" that makes it a mixed number, not a share: "a year and a half", "a foot and a half".</summary>
    public const string MixedNumberJoiner = "and";

    /// <summary>Determiners that turn a bare number word into a pronoun ("the two were on the ground", "those two", "no two are alike").</summary>
    public static readonly FrozenSet<string> NumberPronounDeterminers = Set("the", "those", "these", "no");

    /// <summary>Words between two figures that make them a range; the first takes the second's unit ("two to three weeks"). Not the em dash: "three in 10 — 31 percent" is an aside.</summary>
    public static readonly FrozenSet<string> RangeJoiners = Set("to", "-", "–", "and", "or");

    /// <summary>
    /// Capitalised words that do not make the number after them part of a name, as "Round 2" and "Fortune 500" are:
    /// "I" is a speaker ("Am I 30 votes ahead?").
    /// </summary>
    public static readonly FrozenSet<string> CapitalisedNonNames = Set("I");

    // Declared before the sets built from it: static fields initialise in the order they are written.
    private static readonly string[] MonthsAndWeekdays =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ];

    /// <summary>Words before a bare year-like number that make it a date, not a figure.</summary>
    public static readonly FrozenSet<string> DateWords = Set([
        .. MonthsAndWeekdays, "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.",
        "oct.", "nov.", "dec.", "in", "since", "by", "until", "from", "of", "through", "before", "after", "during", "the"]);

    /// <summary>Months (with their abbreviations): a number from 1 to 31 after one is a day of the month ("May 18").</summary>
    public static readonly FrozenSet<string> MonthNames = Set([
        .. MonthsAndWeekdays.Take(12), "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]);

    /// <summary>Words before a bare year-like number that make it a year besides the date words ("fiscal year 2019 sales").</summary>
    public static readonly FrozenSet<string> YearWords = Set("year", "fiscal", "FY", "class", "summer", "winter", "spring", "fall", "autumn");

    /// <summary>Determiners a share's "of" phrase may open with ("52 percent of the vote", "of all voters").</summary>
    public static readonly FrozenSet<string> ShareOfDeterminers = Set("the", "all", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those");

    /// <summary>
    /// One-word source phrases that name no one: a preposition, conjunction or adverb that opened the sentence
    /// ("In an interview, …", "Meanwhile, …"), a date ("Clark in October revealed"). Such a quote gets no speaker
    /// rather than a wrong one; the closed-class words of <see cref="SourceBoundaries"/> count too.
    /// </summary>
    public static readonly FrozenSet<string> NotSpeakers = Set([
        "of", "for", "after", "before", "though", "although", "earlier", "later", "often", "never", "always",
        "sometimes", "once", "first", "finally", "highly", "perhaps", "maybe", "today", "yesterday", "tomorrow",
        "'s", "’s", // "Let’s see if …": a clitic alone names no one
        .. MonthsAndWeekdays.Where(w => w != "may")]);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Inflections(params string[] groups) =>
        groups.SelectMany(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
