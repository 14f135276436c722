using System.Collections.Frozen;

namespace Lede.Corpus.Rules;

/// <summary>Word lists of the corpus stage (story clustering, timelines). Data only: the algorithms read these tables.</summary>
internal static class CorpusRules
{
    // Function words of the languages the corpus mostly holds, plus reporting verbs and calendar words
    // every news story uses: they say nothing about which event an article covers.
    public static readonly FrozenSet<string> StopWords = new[]
    {
        // English
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "get", "got", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "last", "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much",
        "must", "my", "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our",
        "ours", "ourselves", "out", "over", "own", "same", "she", "should", "since", "so", "some", "still", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "two", "under", "until", "up", "us", "very", "was", "we", "well", "were", "what", "when", "where", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
        "first", "three", "way", "back", "going", "go", "know", "think", "want", "say", "saying", "see", "time", "year", "years",
        "day", "days", "week", "weeks", "month", "months", "people", "thing", "things", "lot", "according", "mr", "mrs", "ms", "dr",
        "said", "says", "told", "tell", "asked", "added", "noted", "reported", "reports", "statement", "news", "according",
        "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "won", "can't", "s", "t", "ll", "re", "ve", "d", "m",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "percent", "million", "billion", "thousand", "hundred", "around", "nearly", "almost", "including", "another",
        // German
        "aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des",
        "die", "dies", "diese", "dieser", "doch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "hat",
        "hatte", "ich", "ihr", "im", "in", "ist", "ja", "jetzt", "kann", "kein", "keine", "mehr", "mit", "nach", "nicht", "noch",
        "nur", "oder", "schon", "sei", "sein", "sich", "sie", "sind", "so", "über", "um", "und", "uns", "unter", "vom", "von",
        "vor", "war", "waren", "was", "wenn", "werden", "wie", "wir", "wird", "wurde", "wurden", "zu", "zum", "zur", "sagte", "sagt",
        // French
        "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "ils", "la", "le",
        "les", "leur", "lui", "mais", "ne", "nous", "on", "ont", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se",
        "ses", "son", "sont", "sur", "un", "une", "été", "être", "plus", "selon", "a", "l", "d", "c", "n", "j",
        // Spanish
        "al", "como", "con", "del", "el", "ella", "ellos", "entre", "es", "esta", "este", "fue", "ha", "han", "hay", "la", "las",
        "lo", "los", "más", "muy", "no", "para", "pero", "por", "se", "según", "sin", "sobre", "su", "sus", "también", "un",
        "una", "uno", "y", "ya", "dijo",
        // Polish, Portuguese, Italian and Dutch (fewer pages, but without their function words two unrelated pages of one
        // language share a dozen of them and read as similar: the web check joined three Polish pages of one week so).
        // Left out where English news uses the word as a name or subject: "ai", "ma", "van", "met", "op", "te", "tot", "er".
        "ale", "będzie", "bo", "był", "była", "było", "były", "być", "czy", "dla", "do", "go", "jak", "jako", "jej", "jest",
        "jego", "już", "ich", "które", "który", "która", "których", "może", "na", "nie", "oraz", "po", "przez", "przy",
        "się", "są", "tak", "także", "tego", "też", "to", "tym", "za", "że", "od", "co", "ze", "we", "mu", "ani", "gdy",
        "ao", "aos", "às", "das", "dos", "ela", "eles", "em", "foi", "isso", "mais", "mas", "na", "nas", "não", "no", "nos",
        "num", "numa", "os", "ou", "pela", "pelo", "pelos", "são", "ser", "seu", "sua", "também", "tem", "um", "uma", "já",
        "agli", "alla", "alle", "anche", "che", "chi", "col", "dal", "dalla", "degli", "dei", "della", "delle", "dello",
        "gli", "ha", "il", "nel", "nella", "non", "per", "più", "sono", "tra", "fra", "una", "uno", "è", "sul", "sulla",
        "aan", "bij", "dat", "deze", "dit", "een", "het", "hij", "heeft", "ik", "maar", "naar", "niet", "ook", "uit", "voor",
        "wordt", "worden", "zijn", "zich", "ze", "werd",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Determiners and hedges that precede the counted thing in a claim's unit ("the living hostages",
    // "more than 24 living hostages"): dropped so that units reported differently group together.
    public static readonly FrozenSet<string> UnitNoiseWords = new[]
    {
        "a", "an", "the", "some", "about", "around", "approximately", "roughly", "nearly", "almost", "over", "under",
        "more", "than", "less", "fewer", "at", "least", "most", "up", "to", "only", "just", "estimated", "of", "still",
        "some", "another", "other", "additional", "total", "all", "new",
    }.ToFrozenSet(StringComparer.Ordinal);

    // English plural endings folded so "hostages"/"hostage" and "casualties"/"casualty" count the same thing. Longest first.
    public static readonly (string Plural, string Singular)[] PluralSuffixes =
    [
        ("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""),
    ];

    /// <summary>
    /// Searched words whose -s form is another word, or that are no plural ("news" is not "new", "us" not "u", "was" not
    /// "wa"): they are searched as typed (Search/WordForms).
    /// </summary>
    public static readonly FrozenSet<string> SearchWordsWithoutForms = new[]
    {
        // -s words that are no plural, and whose form without it is another word.
        "news", "series", "species", "its", "this", "has", "was", "his", "hers", "ours", "yours", "theirs", "does", "goes",
        "yes", "thus", "plus", "always", "perhaps", "sometimes", "whereas", "towards", "afterwards", "besides", "means",
        "politics", "economics", "physics", "athletics", "ethics", "texas", "paris", "wales", "athens", "kansas",
        // Words whose -s form is another word: "new" is not "news".
        "new",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that never end in a plural "s" although they look like it.
    public static readonly FrozenSet<string> NotPlural = new[]
    {
        "news", "series", "species", "status", "bus", "gas", "us", "its", "this", "has", "was", "is", "as", "his",
        "percent",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Spellings of one unit: a claim's unit is rewritten to the right-hand form before grouping.
    public static readonly FrozenDictionary<string, string> UnitSynonyms = new Dictionary<string, string>
    {
        ["%"] = "percent", ["per cent"] = "percent", ["pct"] = "percent", ["percentage points"] = "percentage point",
        ["$"] = "dollar", ["usd"] = "dollar", ["us$"] = "dollar", ["€"] = "euro", ["eur"] = "euro", ["£"] = "pound", ["gbp"] = "pound",
        ["people"] = "person", ["persons"] = "person", ["children"] = "child", ["men"] = "man", ["women"] = "woman",
        ["dead"] = "death", ["killed"] = "death", ["fatalities"] = "death", ["injured"] = "injury", ["wounded"] = "injury",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Month names and their short forms, lower case: a number after one is a day of the month ("August 30", "Aug. 30"),
    // which every account of that day gives, so it says nothing about which happening an account tells (LedeNumbers).
    public static readonly FrozenSet<string> MonthWords = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words a headline uses for the form of the piece (a list of "key questions", "takeaways", "the latest", a "live"
    // page, "photos", an "opinion"), not for the happening: two headlines that share only these share no subject, so
    // they do not lift the headline miss penalty (StoryClustererOptions.HeadlineMissPenalty). As TermCounter keeps them:
    // lower case, plain plurals folded ("questions" is "question").
    public static readonly FrozenSet<string> HeadlineFormWords = new[]
    {
        "key", "moment", "question", "answer", "takeaway", "ways", "reason", "fact", "latest", "live", "update", "recap",
        "highlight", "explained", "explainer", "everything", "need", "watch", "video", "photo", "picture", "review",
        "analysis", "opinion", "column", "editorial", "comment", "breaking", "exclusive", "daily", "weekly", "today",
        "morning", "evening", "tonight", "week", "guide", "briefing", "newsletter", "podcast", "episode",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Languages whose spelling capitalises every noun (two-letter codes): there a lone capitalised word is no name.
    public static readonly FrozenSet<string> NounCapitalisingLanguages = new[] { "de", "lb", "gsw" }.ToFrozenSet(StringComparer.Ordinal);

    // Endings of German role nouns written before names ("Bürgermeisterin", "Konzernchef", "Abgeordnete", "Präsident",
    // "Aufsichtsrat", "Direktor"): in those languages such a word opening a run of three capitalised words is a title.
    public static readonly string[] RoleNounEndings = ["in", "er", "ent", "chef", "rat", "te", "tor", "ist", "sprecher"];

    // Titles written before names ("Mayor Elena Voss", "Sen. Ted Cruz"): not part of the name, so guessed
    // names match the names analysis resolves.
    public static readonly FrozenSet<string> NameTitles = new[]
    {
        "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "mayor", "president", "vice", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "governor", "gov", "gen", "general", "col", "lt", "capt", "sgt",
        "minister", "prime", "secretary", "chancellor", "judge", "justice", "pope", "king", "queen", "prince", "princess",
        "chief", "commissioner", "director", "ceo", "chairman", "chairwoman", "professor", "prof", "rev", "father",
        "council", "member", "councilman", "councilwoman", "sheriff", "officer", "detective", "coach", "herr", "frau",
        "monsieur", "madame", "señor", "señora", "bundeskanzler", "präsident", "ministerin", "minister",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Entity types whose one-word names a story lists after every other name: the analysis types nationality, party and
    // religion words MISC ("Democratic", "Americans", "GOP"); they are said of many stories and name none of them.
    public static readonly FrozenSet<string> ShownLastOneWordTypes = new[] { "MISC" }.ToFrozenSet(StringComparer.Ordinal);
}
