using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Lede.Extraction.Rules;

/// <summary>
/// Patterns, word lists and thresholds for reading flattened text (bylines, datelines, captions,
/// page furniture). Walkers in <c>Lede.Extraction.Text</c> read these and hold no literals.
/// </summary>
internal static partial class TextRules
{
    // ---- Bylines -------------------------------------------------------------------------

    // "By", "Von", "Par", "Por", "Door", "Di", "Av", "Przez" open a byline; "Written by", "Text:" too.
    [GeneratedRegex(@"^\s*(?:(?:written|reported|words|story|text|reporting|co-?authored|co-?written)\s+by|by|von|par|por|door|di|av|af|przez|autor(?:in)?:|author:|text:|texte\s*:|von:|by:)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylinePrefix();

    // Separators between the people of one byline: "and", "und", "et", "y", "e", "en", "og", "och", "i", "oraz", "&".
    [GeneratedRegex(@"\s+(?:and|und|et|y|e|en|og|och|oraz|i|&)\s+|\s*&\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylineConjunction();

    // What follows these inside a byline is contact detail or a profile link, not a name ("Jane Roe Google+ more").
    // XING only with a colon: bare, it is a name as often as a network ("Li Xing", "Xing Wang").
    [GeneratedRegex(@"\s*(?:\bgoogle\s?\+|\bxing\s*:|\b(?:e-?mail|twitter|facebook|instagram|linkedin|mastodon|bluesky|follow(?:\s+(?:him|her|them|me))?(?:\s+on)?|contact|updated|published|posted)\b\s*:?|https?://|www\.|\S+@\S+|(?<!\w)@\w).*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylineContactTail();

    // A parenthesised part of a byline: "(Reuters)", "(AP)", "(Staff)".
    [GeneratedRegex(@"\(([^()]{1,60})\)")]
    public static partial Regex Parenthesised();

    // "in Washington", "in Berlin": where the reporter filed from.
    [GeneratedRegex(@"\s+(?:in|aus|à|en|a|from|reporting from)\s+\p{Lu}[\p{L}.' -]*$", RegexOptions.CultureInvariant)]
    public static partial Regex FiledFrom();

    // "Jane Roe for Harbour Times Australia", "By Jane Roe For Example.com": the outlet she wrote for follows the name.
    [GeneratedRegex(@"\s+(?:[Ff]or|[Ff]ür)\s+(?:the\s+|die\s+|den\s+)?\p{Lu}\S*(?:\s+\S+){0,4}$", RegexOptions.CultureInvariant)]
    public static partial Regex WroteForOutlet();

    // ", and John Doe" after a role: the conjunction opens the segment of the next writer.
    [GeneratedRegex(@"^(?:and|und|et|y|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LeadingConjunction();

    // "Jane Roe with AFP", "Jana Roe mit dpa": an agency whose copy the writer worked in.
    [GeneratedRegex(@"^(?<name>.+?)\s+(?:with|mit|avec|con|and|und)\s+(?<agency>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WithAgency();

    /// <summary>Words that make a byline segment a job title or newsroom role, not a name ("Staff Writer", "Korrespondent").</summary>
    public static readonly FrozenSet<string> JobTitleWords = FrozenSet.ToFrozenSet(
    [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "staff",
        "columnist", "contributor", "contributors", "contributing", "contributed", "photographer", "producer", "analyst",
        "chief", "bureau", "senior", "deputy", "associate", "managing", "executive", "political", "national",
        // Beats that British papers credit as the byline itself ("Court Reporter", "Crime Correspondent").
        "court", "courts", "crime",
        "desk", "intern", "fellow", "freelance", "freelancer", "special", "critic", "researcher", "research",
        "reporting", "additional", "columnists", "anchor", "host", "commentator", "blogger", "journalist",
        "korrespondent", "korrespondentin", "redakteur", "redakteurin", "redaktion", "autor", "autorin", "mitarbeit",
        "journaliste", "rédacteur", "rédactrice", "envoyé", "envoyée", "spécial", "correspondant", "correspondante",
        "corresponsal", "redactor", "redactora", "periodista", "giornalista", "inviato", "redacción", "redazione",
        "verslaggever", "redacteur", "dziennikarz",
        "journalistin", "kolumnist", "kolumnistin", "fotograf", "fotografin", "reporterin", "moderator", "moderatorin",
        // Degrees written after a name ("Jane Roe, PhD") are credentials, not people.
        "phd", "dphil", "mba", "msc",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Company and institution roles printed after a writer's name in a byline ("Jane Roe, Vice President, Example Cloud",
    /// "Jane Roe - Marketing Manager"): dropped there, but never what makes a line a byline, since headlines name them too
    /// ("Campaign Manager Laughs, Evades Question").
    /// </summary>
    public static readonly FrozenSet<string> CompanyRoleWords = FrozenSet.ToFrozenSet(
    [
        "president", "vice", "manager", "director", "founder", "cofounder", "ceo", "cto", "cfo", "coo", "cmo", "officer",
        "chairman", "chairwoman", "spokesperson", "spokesman", "spokeswoman", "professor", "lecturer", "strategist",
        "consultant", "specialist", "coordinator", "evangelist", "marketing",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Endings of German compound job titles ("Projektleiterin", "Pressesprecher", "Chefredakteur"): no name ends so.</summary>
    public static readonly string[] JobTitleSuffixes =
    [
        "leiter", "leiterin", "sprecher", "sprecherin", "redakteur", "redakteurin", "referent", "referentin",
        "korrespondent", "korrespondentin", "beauftragter", "beauftragte", "vorsitzender", "vorsitzende",
    ];

    /// <summary>Words that make a byline segment a publication or organisation ("The Washington Post", "Breitbart News").</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "news", "post", "times", "press", "journal", "herald", "tribune", "gazette", "magazine", "media", "review",
        "daily", "chronicle", "telegraph", "observer", "independent", "agency", "network", "radio", "television",
        "tv", "online", "group", "team", "service", "wire", "report", "weekly", "monitor", "guardian", "express",
        "mirror", "standard", "inquirer", "examiner", "register", "courier", "dispatch", "bulletin", "sentinel",
        "record", "digest", "mail", "globe", "today", "insider", "staff", "desk", "newsroom",
        // "Agencies", "Agenturen": wire copy from several agencies, credited without naming them.
        "agencies", "agences", "agenturen", "agencias", "agenzie", "wires", "zeitung", "nachrichten",
        "rundschau", "allgemeine", "kurier", "presse", "journal", "quotidien", "diario", "periódico", "corriere",
        "gazzetta", "inc", "ltd", "llc", "corp", "foundation", "institute", "university", "association", "council",
        "editorial", "board", "newsletter", "podcast", "pbs", "npr", "cnn", "bbc", "abc", "nbc", "cbs", "fox",
        // Public bodies and national federations credited for a release ("U.S. Customs and Border Protection", "Handball Schweiz").
        "department", "ministry", "police", "office", "bureau", "customs", "protection", "ministerium", "polizei", "verband",
        "deutschland", "schweiz", "österreich",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Credits to wire copy that name no agency ("Agencies", "Agenturen", "Wires"): no person, and no agency to name.</summary>
    public static readonly FrozenSet<string> UnnamedAgencies = FrozenSet.ToFrozenSet(
        ["agencies", "agences", "agenturen", "agencias", "agenzie", "wires", "agency", "agentur"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Articles that open the name of a publication ("The Washington Post", "Die Zeit", "Le Monde").</summary>
    public static readonly FrozenSet<string> OrganisationArticles = FrozenSet.ToFrozenSet(
        ["The", "Der", "Die", "Das", "Le", "La", "Les", "El", "Il", "Lo", "De", "Het"], StringComparer.Ordinal);

    /// <summary>Small words allowed in lower case inside a capitalised name of a publication ("Times of India").</summary>
    public static readonly FrozenSet<string> NameConnectors = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "de", "la", "du", "des", "der", "für", "am", "im", "&"], StringComparer.Ordinal);

    /// <summary>Name particles written in lower case inside a name ("Maria de la Cruz", "Ludwig van Beethoven").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
    [
        "de", "la", "le", "del", "della", "delle", "der", "den", "van", "von", "du", "da", "di", "dos", "das", "do",
        "ten", "ter", "bin", "ibn", "y", "zu", "af", "av",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Name suffixes kept with their own casing ("Jr.", "III").</summary>
    public static readonly FrozenDictionary<string, string> NameSuffixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["jr"] = "Jr", ["jr."] = "Jr.", ["sr"] = "Sr", ["sr."] = "Sr.", ["ii"] = "II", ["iii"] = "III", ["iv"] = "IV",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Most words a single person's name has ("Maria de la Cruz Fernández y López").</summary>
    public const int MaxNameWords = 7;

    /// <summary>Longest byline line, in characters: longer lines are prose that happens to start with "By".</summary>
    public const int MaxBylineChars = 160;

    // Author notes at the foot of a story: "Follow Jane Roe on Twitter @janeroe", "Jane Roe is a reporter for …".
    [GeneratedRegex(@"^[""“]?(?:follow (?<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) on (?:twitter|x|instagram|facebook)\b|(?<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) is (?:a|an|the)\b[^.]{0,120}\b(?:writer|reporter|columnist|editor|correspondent|contributor|journalist|author)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AuthorNote();

    /// <summary>Paragraphs at the foot of a story searched for an author note.</summary>
    public const int AuthorNoteParagraphs = 4;

    // ---- Datelines -----------------------------------------------------------------------

    // "WASHINGTON (AP) —", "SAN JUAN, Puerto Rico (AP) —", "LONDON, March 5 (Reuters) -", "NEW YORK —",
    // "Washington (AFP) –", "Berlin/Washington (dpa) -". A place in mixed case needs the agency to count.
    [GeneratedRegex(@"^\s*(?:(?<upper>\p{Lu}[\p{Lu}\p{M}.'’]*(?:[ /-]\p{Lu}[\p{Lu}\p{M}.'’]*){0,4})|(?<mixed>\p{Lu}[\p{Ll}\p{M}.'’]+(?:[ /-](?:\p{Lu}[\p{Ll}\p{M}.'’]+|am|an|de|del|la|sur|upon|on))*))(?<region>,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?(?:\s*\((?<region2>\p{Lu}[\p{L} .]{1,30})\)(?=\s*\())?(?:,\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\((?<agency>[^()]{2,40})\))?\s*(?<dash>—|–|--?|‒|―)\s*", RegexOptions.CultureInvariant)]
    public static partial Regex DatelineOpening();

    // A dateline with a day and an agency but no place: "Dec 29 (Reuters) -".
    [GeneratedRegex(@"^\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*\((?<agency>[^()]{2,40})\)\s*(?<dash>—|–|--?|‒|―)\s*", RegexOptions.CultureInvariant)]
    public static partial Regex DayOnlyDateline();

    // A parenthesised name of a news organisation in a dateline: "(CNN)", "(KUOW)"; not "(R-Texas)".
    [GeneratedRegex(@"^[A-Za-z]{2,8}$")]
    public static partial Regex AgencyToken();

    // ---- Captions and photo credits ------------------------------------------------------

    // A credit in parentheses closing a caption: "(AP Photo/Alex Brandon)", "(Getty Images)".
    [GeneratedRegex(@"\s*\((?<credit>[^()]{2,100})\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingParenthesis();

    // A labelled credit: "Photo: Reuters", "Foto: dpa", "Image: Getty Images", "Credit: Jane Roe".
    [GeneratedRegex(@"(?:^|(?<=[.!?”""')\]]\s*)|\s[|/–—-]\s*|\s)(?<label>photo(?:graph)?s?|foto(?:s|grafie)?|images?|pictures?|pic|credit|bild(?:quelle)?|crédits?(?:\s+photo)?|illustration|quelle|fonte|photo credit|image credit|source)\s*:\s*(?<credit>[^:]{2,90}?)\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LabelledCredit();

    // Words that make a parenthesis or a short line a photo credit rather than an aside.
    [GeneratedRegex(@"\b(?:photos?|fotos?|images?|pictures?|getty|shutterstock|istock(?:photo)?|alamy|reuters|afp|ap|epa|efe|dpa|pool|courtesy|handout|file photo|credit|bild|imago|keystone|sipa|anadolu|xinhua|zuma|nurphoto|sopa|picture alliance|picture-alliance|via)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CreditMarker();

    // "AP Photo/Alex Brandon", "REUTERS/Jane Roe", "Jane Roe/AFP via Getty Images": a credit on its own line.
    [GeneratedRegex(@"^\(?\s*(?:[\p{L}.' -]{1,40}/\s*[\p{L}.' -]{1,60}(?:\s+via\s+[\p{L} ]{2,30})?|getty images|shutterstock|(?:ap|afp|reuters|epa|dpa)\s+photo)\s*\)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CreditOnlyLine();

    /// <summary>Longest caption line, in characters.</summary>
    public const int MaxCaptionChars = 600;

    // ---- Page furniture and navigation ---------------------------------------------------

    // Lines that are never story: copyright, share and newsletter prompts, related-content headers, cookie notices.
    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|this (?:material|article|story) may not be (?:published|reproduced)|share(?: this| on| article| story| via|:)?\b.{0,30}$|(?:tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|flipboard|copy link|link copied|comments?|\d+\s+comments?|advertisement|anzeige|werbung|publicité|sponsored|ad|skip (?:to|advertisement).*|log ?in|sign ?in|sign ?up|register|subscribe|menu|search|close|next|previous|back to top|top)$|(?:sign up|subscribe|register) (?:for|to|now|today|here)\b|\bnewsletters?\b.{0,60}$|^(?:get|receive) (?:our|the|all)\b.{0,60}\b(?:inbox|email|newsletter|alerts?)\b|(?:related|recommended|don[’']?t miss|more from|more stories|most (?:read|popular|viewed|shared)|trending(?: now)?|you may also like|see also|also read|read (?:more|next|also)|further reading|related (?:coverage|articles|stories|content|topics)|more on this|what to read next|top stories|latest news|editor'?s picks)\b.{0,40}$|(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings))|(?:terms of (?:use|service)|privacy (?:policy|notice)|contact us|about us)\b.{0,40}$|(?:follow us|like us) on\b|(?:click|tap) (?:here\b|to (?:share|email|print|tweet|copy))|.{0,60}\(opens in (?:a )?new window\)$|(?:thank you for|thanks for) (?:reading|signing up|subscribing)|(?:this|the) (?:story|article) (?:has been|was) (?:updated|corrected)\b.{0,40}$|(?:want|want to) (?:more|read more)\b|(?:please )?(?:enable|turn on) javascript|(?:your|this) (?:browser|device) (?:does not|doesn't) support)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureLine();

    // Prompts to subscribe, sign up or log in, wherever they stand in a short line.
    [GeneratedRegex(@"\b(?:subscribe|subscription|subscribers? only|newsletters?|sign(?:ed)? up (?:for|to|now|here)|unsubscribe|log ?in to|create (?:an|your) account|register (?:now|for free|here)|activation link|thank you for (?:subscribing|signing up|your interest)|already a (?:subscriber|member))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PromptLine();

    // Lines that end the story: after them comes related material or the page footer.
    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|(?:related|more|other|latest|popular|top) (?:coverage|articles?|stories|posts?|news|reads?|videos?|content|topics|from|on|in)\b|more \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}$|recommended(?: for you| stories| articles| reading)?\b|most (?:read|popular|viewed|shared|commented)\b|(?:read|view|show|load|see) (?:all )?(?:\d+ )?comments?\b|comments?$|\d+\s+(?:comments?|responses|replies)\b|leave a (?:comment|reply)|join the (?:conversation|discussion)|(?:post|add) a comment|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|what to read next|(?:about|more about|more from) the author|trending(?: now| stories)?$|(?:terms of (?:use|service)|privacy (?:policy|notice|statement)|cookie (?:policy|settings|preferences))\b|(?:we|this (?:site|website)) uses? cookies|share your thoughts|(?:sponsored|partner) (?:content|stories)|around the web|from (?:our|the) (?:partners|web)|tags?:|topics?:|filed under\b|see also\b|related\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StoryEndLine();

    // Lines after which the page has no more story: copyright, comments.
    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|(?:leave a|post a|add a) (?:comment|reply)|\d+\s+(?:comments?|responses|replies)\b|comments?$|join the (?:conversation|discussion)|(?:read|view|show|load|see) (?:all )?(?:\d+ )?comments?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PageEndLine();

    // Words of legal and consent boilerplate: a long line with two of them is a footer or cookie notice.
    [GeneratedRegex(@"\b(?:cookies?|all rights reserved|trademarks?|terms of (?:use|service)|privacy (?:policy|notice)|consent|opt[- ]out|personal (?:data|information)|third[- ]party|this (?:site|website)|disclaimer|affiliate (?:links?|commission)|not intended to (?:diagnose|replace))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplateWord();

    // A blurb that sends the reader to another page: "Click the image above and see …", "Clique e saiba …".
    [GeneratedRegex(@"^(?:click|clique|cliquez|haga clic|haz clic|klicken sie|klick)\s+(?:here|the|this|on|to|and|aqui|aquí|na|no|nas|nos|em|e|en|el|la|sur|ici|et|hier|auf|und)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClickThroughLine();

    // A teaser cut short: "… […]", "…", "..." at the end of a line.
    [GeneratedRegex(@"(?:\[…\]|\[\.\.\.\]|…|\.\.\.)\s*$")]
    public static partial Regex CutShort();

    // A line that is only a date, a time, or a "Published/Updated" stamp.
    [GeneratedRegex(@"^(?:(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano)\b\s*(?:on|at|am|le)?\s*:?\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DateStampLabel();

    // Stamps that say the date is a modification, not the publication.
    [GeneratedRegex(@"\b(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ModifiedLabel();

    // Times of day and zones that sit next to dates in stamps: "3:04 PM EST", "14.30 Uhr".
    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s*[A-Z]{2,4}T?)?\b|\b(?:[ap]\.?m\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TimeOfDay();

    // Ellipses that mark a teaser cut short.
    [GeneratedRegex(@"(?:\s*(?:…|\.\.\.)|\s+(?:read more|more|continue reading|weiterlesen|lire la suite|leer más)\s*(?:»|›|→|>)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TruncationMark();

    // Sentence end: ".", "!", "?", "…", possibly inside closing quotes or brackets.
    [GeneratedRegex(@"[.!?…:。！？][""'”’»)\]」』]*$")]
    public static partial Regex SentenceEnd();

    // Characters that make a line look like a link list or breadcrumb: "Home › World", "News | Sport | Weather".
    [GeneratedRegex(@"\s(?:[|›»>•·/]|::)\s")]
    public static partial Regex MenuSeparator();

    // A headline's closing period that the flattening added: "…Bad Optics." and "…‘in Their Heads.’".
    [GeneratedRegex(@"(?<![A-Z]\.[A-Z])\.(?<quote>[""'”’)]?)$")]
    public static partial Regex HeadlineClosingPeriod();

    // A sentence break inside a line ("Virginian could make history. Again."): the word before it is checked against abbreviations.
    [GeneratedRegex(@"(?<word>[\p{L}\d]+)[’'”""]?[.?][’'”""]?\s+\p{Lu}")]
    public static partial Regex InnerSentenceBreak();

    /// <summary>Abbreviations whose period ends no sentence ("Dr. Ben Carson", "St. Paul", "Roe v. Wade").</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Dr", "Mr", "Mrs", "Ms", "St", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm",
        "Jr", "Sr", "Prof", "Rev", "Pres", "vs", "Mt", "Ft", "No", "Nos", "Vol", "Inc", "Corp", "Co", "Ltd", "Ave", "Blvd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gov't", "Dept", "Univ", "approx",
    ], StringComparer.OrdinalIgnoreCase);

    // ---- Thresholds for line scoring -----------------------------------------------------

    /// <summary>Lines at least this long that read as sentences are story paragraphs.</summary>
    public const int ProseMinChars = 80;

    /// <summary>Lines at least this long read as paragraphs even without closing punctuation (a quote or list may follow).</summary>
    public const int UnpunctuatedProseChars = 120;

    /// <summary>When the story starts within this many lines of the text's first line, that line is the headline (texts that open with their title).</summary>
    public const int OpeningHeadlineReach = 8;

    /// <summary>Lines shorter than this that do not end a sentence read as navigation or labels.</summary>
    public const int ShortLineChars = 40;

    /// <summary>Score of a short navigation-like line (negative: it separates story blocks).</summary>
    public const double NavigationPenalty = -45;

    /// <summary>Score of a furniture line (share button, advertisement label): removed, but stories run on past it.</summary>
    public const double FurniturePenalty = -60;

    /// <summary>Score of a line that ends stories (copyright, "Related stories", comments, legal text): a hard border.</summary>
    public const double StoryEndPenalty = -600;

    /// <summary>Score of a teaser of another page cut short with an ellipsis.</summary>
    public const double CutShortPenalty = -30;

    /// <summary>Each further line in a run of non-story lines weighs this much more than the one before (menus come in runs, headings alone).</summary>
    public const double RunGrowth = 0.5;

    /// <summary>Largest multiplier of a line's penalty inside a run.</summary>
    public const double MaxRunFactor = 4;

    /// <summary>Score of a sentence-like line without closing punctuation: a list item.</summary>
    public const double ListItemPenalty = -5;

    /// <summary>Score of a date or "Published" stamp: at the top of a story, or timestamps of comments and listings below it.</summary>
    public const double DateStampPenalty = -40;

    /// <summary>Score of the second and later date stamps below a story: each heads an item of a listing or a comment.</summary>
    public const double ListingDatePenalty = -300;

    /// <summary>Share of the text, from the top, before which paragraphs weigh fully; below it they fade to <see cref="FooterWeight"/> at the last line (page footers and disclaimers sit there).</summary>
    public const double FooterFadeStart = 0.8;

    /// <summary>Weight of a paragraph on the last line of the text, relative to one above <see cref="FooterFadeStart"/>.</summary>
    public const double FooterWeight = 0.5;

    /// <summary>Prose weight above a copyright or comments line that makes it the end of the story, not a link near the top.</summary>
    public const double StoryBeforePageEnd = 400;

    /// <summary>…in at least this many paragraphs (one legal notice above a share bar is not a story).</summary>
    public const int StoryLinesBeforePageEnd = 3;

    /// <summary>Different legal terms (<see cref="BoilerplateWord"/>) that make a run of paragraphs in the page's last part a disclaimer.</summary>
    public const int LegalTermsInBlock = 2;

    /// <summary>Weight of paragraphs past the end of the story (comments, footers), relative to the story's.</summary>
    public const double PastPageEndWeight = 0.25;

    /// <summary>A Chinese, Japanese or Korean character counts as this many characters of alphabetic text.</summary>
    public const int IdeographWeight = 3;

    /// <summary>Most lines of a box (related links, gallery, advertisement) a story runs around.</summary>
    public const int MaxBoxLines = 20;

    /// <summary>Times the story may join a further run of lines past a box.</summary>
    public const int MaxStoryJoins = 4;

    /// <summary>A run past a box joins the story when it weighs this much (characters of prose)…</summary>
    public const double MinJoinedChars = 250;

    /// <summary>…and at least this share of the story found so far.</summary>
    public const double MinJoinedShare = 0.2;

    /// <summary>Prose lines of exactly the same length, this many or more, are summaries cut to a fixed size: listings.</summary>
    public const int SameLengthListing = 3;

    /// <summary>Lines between the top of the page and the body searched for the headline.</summary>
    public const int HeadlineWindow = 25;

    /// <summary>First paragraphs of the story a teaser above it may repeat.</summary>
    public const int TeaserTargets = 4;

    /// <summary>Lines below a line, inside the story, searched for the paragraph it would be a teaser of.</summary>
    public const int TeaserReach = 6;

    /// <summary>Lines above the headline and below the story's start searched for the byline (and captions above the headline).</summary>
    public const int BylineReach = 3;

    /// <summary>Fewest entries in a list that a colon line just below the story introduces ("Tour dates:").</summary>
    public const int MinListEntries = 3;

    /// <summary>Fewest words in such an entry (a menu's labels have one or two).</summary>
    public const int MinListEntryWords = 3;

    /// <summary>Share of such entries with a figure in them (dates, scores, amounts), which teaser headlines lack.</summary>
    public const double ListEntriesWithFigures = 0.5;

    /// <summary>Most words in a heading over a list of entries below the story ("The Harbour Band Tour Dates").</summary>
    public const int MaxListHeadingWords = 8;

    /// <summary>Marks that set an entry's parts apart; every entry of a list under a heading without a colon carries the same one.</summary>
    public static readonly string[] ListEntryMarks = [" – ", " — ", " -- ", " - ", " @ ", " | ", ": "];

    /// <summary>Lines below the story's last within which a colon line may introduce its list or table (an image's alt text may stand between).</summary>
    public const int ListIntroReach = 2;

    /// <summary>Most words in a table cell flattened to its own line.</summary>
    public const int MaxTableCellWords = 4;

    /// <summary>Fewest cells a flattened table below the story has (two rows of six).</summary>
    public const int MinTableCells = 12;

    /// <summary>Share of a flattened table's cells that are bare figures; a menu has none.</summary>
    public const double TableFigureShare = 0.4;

    // A table cell that is only a figure: "5040", "1.", "70-44", "12,5%".
    [GeneratedRegex(@"^[+\-–]?\d[\d.,:%\-–/]*$")]
    public static partial Regex BareFigure();

    /// <summary>Most words a headline has.</summary>
    public const int MaxHeadlineWords = 40;

    /// <summary>Most lines read; longer texts are cut (a flattened page rarely has more).</summary>
    public const int MaxLines = 20_000;
}
