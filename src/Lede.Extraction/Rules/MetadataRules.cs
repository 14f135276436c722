using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Lede.Extraction.Rules;

/// <summary>
/// Where page metadata lives. Each list is ordered: the first key that holds a usable value wins,
/// so the most specific, most often correct sources come first.
/// </summary>
internal static partial class MetadataRules
{
    // Meta keys are compared lower-case; property, name and itemprop are one namespace here.
    public static readonly string[] TitleMeta = ["og:title", "twitter:title", "dc.title", "dcterms.title", "sailthru.title", "parsely-title", "headline", "title"];
    /// <summary>
    /// The page's own summary and its social-sharing copy. When both are given and differ, the one the page states
    /// first is its summary: sharing plugins append their (often generated or stale) copy after the template's tag.
    /// </summary>
    public static readonly string[] PrimaryDescriptionMeta = ["og:description", "description"];
    /// <summary>Description tags written apart from og:description (twitter:description is left out: it copies og: by habit).</summary>
    public static readonly string[] CorroboratingDescriptionMeta = ["dc.description", "dcterms.description", "sailthru.description"];
    public static readonly string[] DescriptionMeta = ["og:description", "description", "twitter:description", "dc.description", "dcterms.description", "sailthru.description"];
    public static readonly string[] SiteNameMeta = ["og:site_name", "application-name", "al:android:app_name", "al:ios:app_name", "twitter:app:name:iphone", "dc.publisher", "dcterms.publisher", "publisher", "copyright"];
    public static readonly string[] AuthorMeta = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "byline", "citation_author", "twitter:creator:name", "creator"];
    public static readonly string[] SectionMeta = ["article:section", "parsely-section", "section", "og:section", "cxenseparse:recs:category", "category"];
    public static readonly string[] KeywordsMeta = ["news_keywords", "keywords", "article:tag", "parsely-tags", "sailthru.tags", "dc.subject"];
    /// <summary>
    /// The article's share image; the JSON-LD article image is asked next, then <see cref="SecondaryImageMeta"/>. The first
    /// og:image is the page's own choice: og:image:secure_url only describes one of the og:images (often a smaller copy
    /// a plugin adds after the full-size one).
    /// </summary>
    public static readonly string[] PrimaryImageMeta = ["og:image", "og:image:url", "og:image:secure_url"];
    /// <summary>Twitter's copy of the share image and the older keys, after the JSON-LD image.</summary>
    public static readonly string[] SecondaryImageMeta = ["twitter:image", "twitter:image:src", "thumbnailurl", "image"];
    public static readonly string[] LanguageMeta = ["content-language", "og:locale", "dc.language", "language", "inlanguage"];
    public static readonly string[] UrlMeta = ["og:url", "twitter:url", "parsely-link"];

    /// <summary>Meta keys that name the publication date; the first ones are the least ambiguous.</summary>
    public static readonly (string Key, double Confidence)[] PublishedMeta =
    [
        ("article:published_time", 0.93), ("og:article:published_time", 0.93), ("article:published", 0.9),
        ("datepublished", 0.92), ("parsely-pub-date", 0.92), ("sailthru.date", 0.88), ("pubdate", 0.88),
        ("publishdate", 0.88), ("publish-date", 0.88), ("publish_date", 0.88), ("published_time", 0.88), ("og:published_time", 0.88),
        ("publication_date", 0.88), ("publication-date", 0.88), ("article.published", 0.88), ("article_date_original", 0.9),
        ("original-publish-date", 0.9), ("originalpublicationdate", 0.9), ("dc.date.issued", 0.88), ("dcterms.issued", 0.88),
        ("dc.date.created", 0.85), ("dcterms.created", 0.85), ("datecreated", 0.8), ("citation_publication_date", 0.88),
        ("citation_date", 0.85), ("cxenseparse:recs:publishtime", 0.85), ("date_published", 0.88), ("displaydate", 0.8),
        ("dc.date", 0.8), ("dcterms.date", 0.8), ("date", 0.74), ("created", 0.7), ("last-published", 0.6), ("uploaddate", 0.8),
    ];

    public static readonly (string Key, double Confidence)[] ModifiedMeta =
    [
        ("article:modified_time", 0.9), ("og:updated_time", 0.85), ("datemodified", 0.9), ("article:modified", 0.85),
        ("modified_time", 0.85), ("dcterms.modified", 0.85), ("dc.date.modified", 0.85), ("last-modified", 0.7),
        ("lastmod", 0.7), ("revised", 0.6), ("parsely-updated", 0.8),
    ];

    /// <summary>schema.org types that are the article itself, most specific first.</summary>
    public static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "Article", "BlogPosting", "Report",
        "TechArticle", "ScholarlyArticle", "SatiricalArticle", "SocialMediaPosting", "DiscussionForumPosting", "Posting",
        "Review", "Recipe", "HowTo", "VideoObject", "PodcastEpisode", "Event",
    ];

    /// <summary>Page types: their fields are used only when no article object exists.</summary>
    public static readonly string[] PageTypes = ["WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "MediaObject"];

    public static readonly string[] OrganizationTypes = ["Organization", "NewsMediaOrganization", "Corporation", "WebSite", "LocalBusiness", "GovernmentOrganization", "EducationalOrganization"];

    /// <summary>Class/id fragments of elements that hold the story's own date (byline blocks, post meta).</summary>
    public static readonly string[] DateElementTokens =
    [
        "date", "datum", "time", "published", "publish", "posted", "pubdate", "timestamp", "dateline", "byline",
        "meta", "entry-meta", "post-meta", "article-meta", "info", "fecha", "data", "datetime", "zeit", "veroeffentlicht",
    ];

    /// <summary>Class/id fragments that mark an update stamp, not the publication.</summary>
    public static readonly string[] ModifiedElementTokens = ["updated", "modified", "aktualisiert", "update", "mis-a-jour", "actualiz"];

    /// <summary>Class/id fragments that name the publication stamp itself, not just "meta" or "info".</summary>
    public static readonly string[] StrongDateTokens = ["date", "datum", "published", "publish", "posted", "pubdate", "timestamp", "fecha", "dateline", "byline", "time"];

    /// <summary>Words before a date that make it an update stamp ("Updated March 5", "Aktualisiert am").</summary>
    public static readonly string[] ModifiedTextTokens = ["updated", "update", "aktualisiert", "geändert", "mis à jour", "modifié", "actualizado", "aggiornato", "atualizado", "bijgewerkt", "zaktualizowano", "last modified", "änderung"];

    /// <summary>Words before a date in running text that make it the publication date ("Erschienen am", "Published:").</summary>
    public static readonly string[] PublishedTextTokens = ["published", "erschienen", "veröffentlicht", "publié", "publicado", "pubblicato", "gepubliceerd", "opublikowano"];

    /// <summary>Class/id words (split at spaces, hyphens and underscores; plural "s" allowed) of page parts whose dates are not the story's (comments, teasers, sidebars).</summary>
    public static readonly string[] NonStoryTokens =
    [
        "comment", "reply", "sidebar", "related", "teaser", "widget", "recent", "archive", "calendar",
        "popular", "trending", "newsletter", "share", "sharing", "promo", "kommentar", "kommentare", "respond", "more", "replies",
        // A live clock in the page chrome shows the reader's day.
        "clock", "uhr",
        // An embedded post ("twitter-tweet", "tweet-author-name") quotes someone else's words, name and day.
        "tweet",
    ];

    /// <summary>Class words (microformats) of a post or of the list of posts: above it, class names describe the layout around the story.</summary>
    public static readonly string[] StoryContainerWords = ["hentry", "hfeed"];

    /// <summary>Class/id fragments of byline elements that name authors.</summary>
    /// <summary>
    /// Cheap pre-filter for <see cref="AuthorElementSelectors"/>: an element can match one of them only if its class,
    /// rel or itemprop holds one of these fragments, or it is a link whose address holds one of <see cref="AuthorLinkFragments"/>.
    /// Keep both lists in step with the selectors.
    /// </summary>
    public static readonly string[] AuthorMarkerFragments = ["author", "byline", "autor"];
    /// <summary>
    /// Class fragments that hold "author" without naming one: login widgets ("externalAuthorizers", "authorization-form").
    /// An element so classed is no byline, whatever its text ("Or sign up using").
    /// </summary>
    public static readonly string[] NotAuthorClassFragments = ["authoriz", "authoris"];
    public static readonly string[] AuthorLinkFragments = ["/author", "/writer", "/journalist", "/redakteur", "/auteur", "/autor", "/staff/"];

    /// <summary>Inline elements a byline line may sit in ("&lt;div&gt;&lt;u&gt;Autorin:&lt;/u&gt; Jane Roe&lt;/div&gt;"): climbed out of to find the line's block.</summary>
    public static readonly FrozenSet<string> InlineWrapperElements =
        new[] { "u", "b", "strong", "em", "i", "span", "font", "small" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// WordPress marks a comment written by the post's own author with this class: where the page prints no byline, the
    /// name on that comment is the writer's.
    /// </summary>
    public const string PostAuthorCommentClass = "bypostauthor";
    /// <summary>Classes of the commenter's name inside a comment (hCard's "fn", WordPress themes' "comment-author"), most specific first.</summary>
    public static readonly string[] CommenterNameClasses = ["fn", "comment-author"];

    public static readonly string[] AuthorElementSelectors =
    [
        "[rel~='author']", "[itemprop='author'] [itemprop='name']", "[itemprop='author']", ".byline__name", ".byline-name",
        ".author-name", ".author_name", ".authorName", ".article-author", ".post-author", ".entry-author",
        ".by-author", ".author", ".byline", ".autor", ".author-link", "[class*='byline']", "[class*='author-name']",
        "[class*='authorname']", "[class*='author']", "[class*='Author']", "[class*='autor']",
        // Links to author pages name the author even without byline classes.
        "a[href*='/author/']", "a[href*='/authors/']", "a[href*='/autor/']", "a[href*='/autoren/']", "a[href*='/writers/']",
        "a[href*='/writer/']", "a[href*='/journalist/']", "a[href*='/redakteur']", "a[href*='/auteur/']", "a[href*='/autore/']",
        // Newsrooms list their reporters under /staff/ ("/en/staff/jane-roe/").
        "a[href*='/staff/']",
        // Least sure: an element whose id names the author ("author_header"); ids also name comment-form fields, which hold no text.
        "[id*='author']", "[id*='autor']",
    ];

    /// <summary>Normalised texts of &lt;h1&gt; elements that label page chrome (screen-reader navigation, cookie boxes), never a headline.</summary>
    public static readonly HashSet<string> ChromeHeadings =
    [
        "navigation", "hauptnavigation", "navigation und service", "menu", "menü", "main menu", "hauptmenü", "search", "suche",
        "skip to content", "zum inhalt springen", "cookie settings", "cookie einstellungen", "datenschutzeinstellungen", "footer", "fußbereich",
        "sie sind hier", "you are here", "breadcrumb", "brotkrumennavigation",
    ];

    /// <summary>Words of buttons and counters in author boxes ("Connect Directly", "0 comments Comment Now", "Login"): no name has them.</summary>
    public static readonly FrozenSet<string> InterfaceWords = FrozenSet.ToFrozenSet(
        ["login", "logout", "signin", "signup", "subscribe", "subscribers", "comment", "comments", "connect", "register", "bookmark"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Account names CMSs put in author fields that name nobody.</summary>
    public static readonly string[] PlaceholderAuthors = ["publisher", "author", "autor", "follow", "folgen", "more", "mehr", "admin", "administrator", "super user", "superuser", "webmaster", "editor", "user", "guest", "root", "unknown",
        // Labels of the date beside a byline ("Stand: 12.03.2020", "Updated"), left over once the date is cut off.
        "stand", "updated", "aktualisiert", "published", "veröffentlicht",
        // Picture credits that name nobody: "zVg" (zur Verfügung gestellt, "handout").
        "zvg",
        // Byline labels printed in an element of their own, apart from the name.
        "von", "by", "par", "por", "door",
        // Buttons printed beside a byline.
        "share", "teilen", "partager", "compartir", "condividi",
        // Links to an author's list of articles, in byline markup where the name is printed elsewhere.
        "zur artikelübersicht", "alle artikel", "all articles", "all posts", "more articles", "weitere artikel", "tous ses articles",
        // Advertising labels printed where a byline would be.
        "gesponserte inhalte", "gesponsert", "sponsored", "sponsored content", "anzeige", "advertisement", "werbung"];

    /// <summary>
    /// Words that make a credit of several words an institution's ("European Space Agency", "Universität Hafenstadt"):
    /// a byline in which no person is read and that holds one of these names no writer.
    /// </summary>
    public static readonly FrozenSet<string> InstitutionWords = FrozenSet.ToFrozenSet(
        ["agency", "agentur", "university", "universität", "université", "universidad", "università", "institute", "institut", "instituto",
         "ministry", "ministerium", "ministère", "department", "foundation", "stiftung", "fondation", "association", "council", "authority",
         "administration", "laboratory", "observatory"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that name a newsroom as a whole ("Redaktion", "Greentech Redaktion"): kept as the author when the page
    /// credits nobody else, though they are role words inside a byline that names people.
    /// </summary>
    public static readonly FrozenSet<string> NewsroomWords = FrozenSet.ToFrozenSet(
        ["redaktion", "rédaction", "redazione", "redacción", "redactie", "newsroom"], StringComparer.OrdinalIgnoreCase);

    // Titles end in the site's name after one of these; the dash needs spaces so hyphenated words survive.
    [GeneratedRegex(@"\s+(?:\||–|—|-|·|•|::|»|«|›|‹|/|:|~)\s+")]
    public static partial Regex TitleSeparator();

    /// <summary>Separators that never occur inside a headline, only between it and the site name.</summary>
    [GeneratedRegex(@"\s+(?:\||·|•|::|»|›|~)\s+")]
    public static partial Regex SiteSeparator();

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();

    /// <summary>Markup some CMSs leave inside description attributes ("&lt;p&gt;Text").</summary>
    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>")]
    public static partial Regex MarkupTag();

    // "5 days ago", epoch numbers and the like are not dates we can place.
    [GeneratedRegex(@"^\d{10}(?:\d{3})?$")]
    public static partial Regex EpochNumber();

    /// <summary>Dates in URL paths: /2025/03/05/, /2025-03-05-, /20250305/.</summary>
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<sep>[/_.-])(?<m>[01]?\d)\k<sep>(?<d>[0-3]?\d)(?![\d])")]
    public static partial Regex UrlSeparatedDate();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?![\d])")]
    public static partial Regex UrlCompactDate();

    /// <summary>Labels around author names in byline markup: "View all posts by", "Alle Beiträge von", "Author:", "Posted by", "Text &amp; Fotos:".</summary>
    [GeneratedRegex(@"^\s*(?:(?:view|see|show)\s+(?:all\s+)?(?:posts|articles|stories|entries)\s+by|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von|(?:post\s+)?author(?:\(s\)|s)?:?|autor(?:in)?:?|auteur\s*:?|posted\s+by|written\s+by|geschrieben\s+von|verfasst\s+von|erstellt\s+von|eingestellt\s+von|text\s*(?:&|und|and|\+)\s*(?:fotos?|bilder?|photos?):|(?:ein\s+)?(?:artikel|beitrag|interview|gastbeitrag)\s+von|interview:|text:|©|von:?|vom|by:?|par|por|di|door)\s*(?<=\s|:|©)", RegexOptions.IgnoreCase)]
    public static partial Regex AuthorLabel();

    /// <summary>Words that open a byline printed as plain text: "By", "Von", "Ein Artikel von", "Posted by", "Erstellt von", "Par", "Por".</summary>
    /// A label may close with a colon ("Written by:", "Verfasst von:"); a bare role word needs one ("Autorin: Name", "Auteur : Name").
    [GeneratedRegex(@"^\s*(?:(?:by|von|vom|par|por|door|przez|(?:written|posted|reported)\s+by|(?:ein\s+)?(?:blog\s*)?(?:artikel|beitrag|gastbeitrag|text|interview)\s+von|(?:erstellt|verfasst|geschrieben|eingestellt)\s+von|écrit\s+par|escrito\s+por|scritto\s+da)\s*:?|(?:autor(?:in)?|author|auteur|verfasser(?:in)?)\s*:)(?:\s+|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylineLinePrefix();

    /// <summary>
    /// The letters a <see cref="BylineLinePrefix"/> match can open with, after white space: its words' first letters in
    /// both cases, with the characters case-insensitive matching may take for them ('ſ' for s, dotted and dotless i).
    /// Most texts of a page open with none of them and are passed over without running the expression.
    /// </summary>
    public static readonly System.Buffers.SearchValues<char> BylineLineInitials = System.Buffers.SearchValues.Create("bBvVpPdDwWrReEaAgGtTiIİısSſéÉ");

    /// <summary>
    /// Labels of a book's or a record's fact sheet ("Titel: … / Autorin: … / Seiten: 400 / Verlag: …"): an "Autorin:" line
    /// among lines so labelled names the reviewed work's author, not the review's.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:verlag|isbn(?:-?1[03])?|seiten(?:zahl)?|erscheinungs(?:termin|datum|jahr)|originaltitel|übersetz(?:er|erin|ung)|illustrator(?:in)?|publisher|pages|translator|éditeur|traducteur|editorial|páginas|traductor|label|tracklist)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex WorkFactLabel();

    /// <summary>"Ein Interview von Jane Roe mit John Doe": the partner after "mit"/"with" is the interviewee, not an author.</summary>
    [GeneratedRegex(@"\s+(?:mit|with|avec|con|met|z)\s+.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex InterviewPartner();

    /// <summary>What is left of a byline block after its date is cut off: "Name am", "Name, Fr", "Name |".</summary>
    [GeneratedRegex(@"(?:(?:^|[\s,|·•–-]+)(?:am|um|on|at|le|el|il|den|vom|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))*[\s,|·•–-]*$", RegexOptions.IgnoreCase)]
    public static partial Regex BylineDateTail();

    /// <summary>
    /// Labels of the "label / data" meta pairs SEO plugins write (twitter:label1 "Written by", twitter:data1 "Name"):
    /// the data beside one of these is the author.
    /// </summary>
    public static readonly string[] AuthorPairLabels = ["written by", "verfasst von", "geschrieben von", "author", "autor", "autorin", "écrit par", "escrito por", "scritto da", "geschreven door", "napisane przez"];

    /// <summary>Legal forms and words that make a name a company's or a body's, never a person's.</summary>
    public static readonly FrozenSet<string> LegalFormWords = FrozenSet.ToFrozenSet(
        ["gmbh", "ag", "eg", "e.v", "ev", "kg", "ohg", "ug", "mbh", "ltd", "inc", "llc", "plc", "corp", "sa", "sarl", "srl", "bv", "nv",
         "media", "stiftung", "verband", "verein", "ministerium", "bundesministerium", "foundation", "institut", "institute"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may follow a site's name in a byline that still names only the site ("Example-Archiv", "Example Blog").</summary>
    public static readonly FrozenSet<string> SiteSuffixWords = FrozenSet.ToFrozenSet(
        ["archiv", "archive", "blog", "magazin", "magazine", "portal", "verlag", "online", "news", "team", "redaktion"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Class names that hide an element from readers (<see cref="Metadata.VisibleText.IsHidden"/>).</summary>
    public static readonly FrozenSet<string> HiddenClasses = FrozenSet.ToFrozenSet(
        ["hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-text", "invisible",
         "rich-snippet-hidden", "is-hidden", "u-hidden", "element-invisible"], StringComparer.OrdinalIgnoreCase);

    /// <summary>An inline style that hides the element.</summary>
    [GeneratedRegex(@"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HiddenStyle();

    /// <summary>Separators between the parts of a header line that holds a date and a name: "04.02.2022 | 13:10 Uhr | Jane Roe".</summary>
    [GeneratedRegex(@"\s+[|·•–—/-]\s+|\s*[|·•]\s*")]
    public static partial Regex DatedLineSeparator();

    /// <summary>A part of such a line that is only a date, a time or a date label ("13:10 Uhr", "Stand: 04.02.2022", "Updated").</summary>
    [GeneratedRegex(@"^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|stand|am|on|le|el|il)\b\s*:?\s*)?(?:\d{1,4}[./-]\s?(?:\d{1,2}|\p{L}{3,10}\.?)[./-]?\s?\d{0,4}|\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})?\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DateOrTimePart();

    /// <summary>A surname right after a first name: one capitalised word ("Roe", "Lange-Fricke", "O’Neill").</summary>
    [GeneratedRegex(@"\G[ \u00A0](?<surname>\p{Lu}[\p{Ll}’']+(?:-\p{Lu}[\p{Ll}]+)?)(?![\p{L}])", RegexOptions.CultureInvariant)]
    public static partial Regex FollowingSurname();

    /// <summary>A login written first.last in lower case ("jane.roe", "edilson.la.rosa").</summary>
    [GeneratedRegex(@"^\p{Ll}{2,}(?:\.\p{Ll}{2,}){1,3}$", RegexOptions.CultureInvariant)]
    public static partial Regex DottedHandle();

    /// <summary>Words printed alone above a date at a story's foot that are labels of the date, not a signature ("Update\n12.03.2021").</summary>
    public static readonly FrozenSet<string> DateLineLabels = FrozenSet.ToFrozenSet(
        ["update", "updated", "aktualisierung", "erstellt", "geändert", "datum", "date", "fecha", "data", "publié", "publicado", "pubblicato",
         "fazit", "quelle", "quellen", "source", "sources", "posted", "gepostet", "zuletzt", "redaktionsschluss", "termin", "termine", "veranstaltung"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// First person singular words, in any case: a post its writer tells of herself ("Ich", "meine", "my", "je", "mon"). English
    /// "I" is matched apart, in capitals only: a lower-case "i" is the Italian article or the Polish "and".
    /// </summary>
    public static readonly FrozenSet<string> FirstPersonWords = FrozenSet.ToFrozenSet(
        ["ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "me", "my", "mine", "myself", "je", "moi", "mon", "mes",
         "yo", "mí", "mis", "io", "mio", "mia", "miei", "ik", "mij", "mijn"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A name printed with middle initials: "Christian P. Roe", "Jane A. B. Roe".</summary>
    [GeneratedRegex(@"\b(?<first>\p{Lu}\p{Ll}+)(?: \p{Lu}\.){1,2} (?<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b", RegexOptions.CultureInvariant)]
    public static partial Regex NameWithInitials();

    /// <summary>A sign-off before the writer's name at the foot of a post: "Euer", "Eure", "Dein", "Yours,", "Cheers,", "Liebe Grüße,".</summary>
    [GeneratedRegex(@"^(?:euer|eure|dein|deine|yours|cheers|love|bises|besos|(?:viele|liebe|beste)\s+grüße|lg)\s*,?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SignOff();

    /// <summary>A closing copyright line that names its holder: "© 2019 Jane Roe", "(c) Jane Roe 2019", "Copyright Jane Roe".</summary>
    [GeneratedRegex(@"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?<name>[^\d©]+?)\s*(?:,?\s*\d{4})?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CopyrightSignature();

    /// <summary>Longest domain ending ("com", "info") that may follow a site's name in a byline that is only the site.</summary>
    public const int MaxDomainEndingChars = 4;

    /// <summary>Most words of a byline kept as written when the byline parser sees no person in it (user names, team names).</summary>
    public const int MaxVerbatimAuthorWords = 4;

    /// <summary>A byline prefix word that makes a text a byline ("By", "Von", "Par", "Por", "Di", "Door", "Autor:").</summary>
    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door|autor(?:in)?:?|author:?|text:?|written by|posted by)\s+", RegexOptions.IgnoreCase)]
    public static partial Regex BylinePrefix();

    /// <summary>
    /// Class/id words (whole words of the class name) of the standfirst printed under the headline: the dek,
    /// subtitle or summary. "lead" is left out: it names lead images and first paragraphs as often.
    /// </summary>
    public static readonly string[] StandfirstWords =
    [
        "dek", "deck", "standfirst", "subtitle", "subheadline", "subhead", "subheading", "summary", "strapline", "excerpt",
        "abstract", "chapo", "chapeau", "sumario", "bajada", "entradilla", "description", "intro", "vorspann", "teaser",
    ];

    /// <summary>An HTML entity still written out in decoded text ("&amp;nbsp;", "&amp;#8230;"): the source escaped it twice.</summary>
    [GeneratedRegex(@"&(?:#[0-9]{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")]
    public static partial Regex LeftoverEntity();

    /// <summary>An attribute of a template or shortcode left in text: 'order_by="sortorder"', "gallery ids='12'".</summary>
    [GeneratedRegex(@"\b[a-z_]+=\s*[""“”„']")]
    public static partial Regex MarkupResidue();

    /// <summary>Marks standing alone between the words of a label: "++ Site ++", "Site | Section", "Site » News".</summary>
    [GeneratedRegex(@"(?:^|\s)[+|»«›‹•·*#~=>/]+(?:\s|$)")]
    public static partial Regex LabelMark();

    /// <summary>A name written as a domain: "example.de", "news.example.co.uk".</summary>
    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DomainName();

    /// <summary>The mark of a summary cut short: "…", "...", "(...)", "[…]" at its end.</summary>
    [GeneratedRegex(@"(?:…|\.\.\.|[(\[](?:…|\.\.\.)[)\]])\s*$")]
    public static partial Regex CutMark();

    /// <summary>A link label a CMS leaves at the end of a teaser it cut short: "… and Read More", "… Weiterlesen →".</summary>
    [GeneratedRegex(@"\s*(?:read\s+more|continue\s+reading|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|leer\s+más|leggi\s+tutto)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ReadMoreLabel();

    /// <summary>
    /// A description that only points to the post ("Visit the post for more.", what WordPress's Jetpack writes for a post
    /// with no excerpt; "Read more"): a stand-in that summarises nothing.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:visit the post for more|click here to read more|read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StandInDescription();

    /// <summary>
    /// A description's last sentence that is a byline: "Von Jane Roe.", "Ein Interview von Jane Roe mit John Doe.", "By Jane Roe.".
    /// The byline group is what follows the label; the match starts after the sentence before it.
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?…“”""»«)]\s*)\s*(?:(?:ein\s+)?(?:interview|gespräch|beitrag|text|kommentar|essay|gastbeitrag)\s+von|von|by|par|por)\s+(?<byline>[^.!?]{3,80}?)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TrailingBylineSentence();

    /// <summary>Class/id words of a breadcrumb trail (<see cref="Metadata.HeadlineChooser.InBreadcrumbTrail"/>).</summary>
    public static readonly string[] BreadcrumbWords = ["breadcrumb", "breadcrumbs", "brotkrumen", "crumbs"];

    /// <summary>
    /// Class/id words of a kicker (the label line over a headline, German "Dachzeile") set as the first element inside the
    /// &lt;h1&gt;: the headline is what follows it.
    /// </summary>
    public static readonly string[] KickerWords =
        ["kicker", "dachzeile", "overline", "topline", "roofline", "eyebrow", "supertitle", "overtitle", "pretitle", "spitzmarke", "subtitle"];

    /// <summary>Microdata names of the standfirst.</summary>
    public static readonly string[] StandfirstItemprops = ["alternativeHeadline", "alternateName", "description", "abstract"];

    /// <summary>A bare credit label ("Photo: Name") in front of the credited name; "AP Photo/Name" carries no colon and is kept.</summary>
    [GeneratedRegex(@"^\s*(?:photo(?:graph)?s?|foto(?:s|grafie|grafía)?|credits?|image|bild|picture|pic|photo\s+credit|image\s+credit)\s*[:：]\s*(?<name>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CreditLabel();

    /// <summary>Words in a logo's alt text that describe the image, not the site ("Example Times logo", "Back to homepage").</summary>
    [GeneratedRegex(@"\b(?:logo(?:type)?s?|home\s?page|back\s+to|go\s+to|zur\s+startseite|startseite|image|icon)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LogoWords();

    /// <summary>A file name with an image extension.</summary>
    [GeneratedRegex(@"\.(?:png|jpe?g|gif|svg|webp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ImageFileName();

    /// <summary>
    /// An image file named as page furniture, not a picture of the story: logos, site icons, blank and spacer images,
    /// stand-ins, avatars, sprites, arrows and dividers ("site-logo.png", "apple-touch-icon.png", "blank.jpg",
    /// "default-user-image.png", "nopreview.png", "home_icn.jpg"); a podcast's cover art, the one picture of every episode ("itunes_1400.jpg", the artwork
    /// Apple's directory asks for; "show-coverart.png"). Matched on the file name's words, so "silicon-valley.jpg" and
    /// "psicologo.jpg" stay.
    /// </summary>
    [GeneratedRegex(@"(?<![a-z])(?:logo|favicon|icons?|blank|spacer|pixel|transparent|placeholder|avatars?|blavatar|sprites?|dummy|noimage|no-image|nopreview|no-preview|fallback|arrows?|divider|bullets?|icn|spinner|1x1|itunes|cover[-_]?art)(?![a-z])", RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureImageWords();

    /// <summary>
    /// A site-wide share image: a file name made only of generic words ("social.png", "og-image.jpg", "default-share.jpg").
    /// Only where the image's address holds no long number: "2280168_default_1tGuSk.jpg" is one story's picture in a "default" size.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:social|share|sharing|opengraph|og[-_]?image|og|facebook|fb|twitter|default|site|generic)[-_.@]?)+$", RegexOptions.CultureInvariant)]
    public static partial Regex GenericImageName();

    /// <summary>Words an author's portrait is named with beside the name ("jane-roe-portrait.jpg").</summary>
    public static readonly FrozenSet<string> PortraitImageWords = FrozenSet.ToFrozenSet(
        ["portrait", "portraet", "porträt", "headshot", "profile", "profil", "author", "autor", "autorin", "bio", "foto", "photo"], StringComparer.Ordinal);

    /// <summary>What separates the words of an image's file name: punctuation, and digits (sizes, versions).</summary>
    [GeneratedRegex(@"[^\p{L}]+", RegexOptions.CultureInvariant)]
    public static partial Regex ImageNameWordSeparator();

    /// <summary>"default" in an image's name ("opengraph_default.jpg", "default-presse-opener.jpg"): the site's stand-in picture, where the name holds no long number.</summary>
    [GeneratedRegex(@"(?<![a-z])default(?![a-z])", RegexOptions.CultureInvariant)]
    public static partial Regex DefaultImageWord();

    /// <summary>A run of digits long enough to be a story's or a file's id (or a year).</summary>
    [GeneratedRegex(@"[0-9]{4,}", RegexOptions.CultureInvariant)]
    public static partial Regex LongNumber();

    /// <summary>
    /// A second address glued to the text of the first: a template that put the site before a full address
    /// ("https://site.examplehttps://media.site.example/a.jpg") or a full address into a file name ("…/DIYhttps://…"). No
    /// image lives there; a proxy or resizer that carries an address puts it after "/", "=" or "?" ("/smart/http://…").
    /// </summary>
    [GeneratedRegex(@"[a-z0-9]https?:/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex GluedAddress();

    /// <summary>
    /// Folders that hold a site's furniture (theme and plugin assets, emoji, icon sets), never a story's pictures; and
    /// folders of stand-in pictures ("default-images/", Drupal's "default_images/" for an image field left empty); and the
    /// page thumbnail Adobe Experience Manager renders for its page lists ("…/story/jcr:content.thumb.319.319.png"), a preview
    /// of the page, not a picture in it (an image stored under the page's node, "jcr:content/teaser.fitIn.jpg", is one).
    /// </summary>
    [GeneratedRegex(@"/(?:themes|plugins|wp-includes|emoji|icons|logos|sprites|avatars|smilies|smileys|emoticons|default[-_]images?|placeholders?)/|//(?:[a-z0-9]+\.)?gravatar\.com/|/(?:jcr:content|_jcr_content|jcr%3acontent)\.thumb\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureImagePath();

    /// <summary>
    /// Class words of a blog post's featured image, printed above the post ("wp-post-image": WordPress): the post's own
    /// picture when the page declares none and its body holds none.
    /// </summary>
    public static readonly string[] FeaturedImageClasses = ["wp-post-image"];

    /// <summary>WordPress's classes for an image shown at its uploaded size ("full") or the large one scaled from it, uncropped.</summary>
    public static readonly string[] FullSizeImageClasses = ["size-full", "size-large"];

    /// <summary>Formats logos come in and photos rarely do: a name with "logo" run into other words is a logo in these.</summary>
    public static readonly string[] LogoImageExtensions = [".png", ".gif"];

    /// <summary>Image formats used for icons and logos, never for news photos.</summary>
    public static readonly string[] FurnitureImageExtensions = [".svg", ".ico"];

    /// <summary>
    /// Extensions of a photo's file (no furniture format): a picture above the story of unknown size leads only as one of
    /// these, and a link to such a file is the picture's own larger copy (a lightbox), not another page.
    /// </summary>
    public static readonly string[] PictureFileExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"];

    /// <summary>Pixel sizes written into an image's name or query ("photo-150x150.jpg", "?w=60"): a thumbnail or an icon when small.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<w>[0-9]{1,4})x(?<h>[0-9]{1,4})(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex ImageNameSize();

    [GeneratedRegex(@"[?&](?:w|width|s|size|sz)=(?<n>[0-9]{1,4})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ImageQuerySize();

    /// <summary>An editor's initials beside an agency credit under a story ("aja/PAP", "dpa/fh").</summary>
    [GeneratedRegex(@"^\p{Ll}{2,4}$", RegexOptions.CultureInvariant)]
    public static partial Regex EditorInitials();

    /// <summary>Longest last paragraph read as an agency credit ("(dpa/AFP)", "aja/PAP"); a longer one says more than who sent it.</summary>
    public const int MaxAgencyCreditChars = 30;

    /// <summary>
    /// The end of an image name that picks one rendition of a picture: "-300x200" and "_300x200" (WordPress and most
    /// CMSs), "-1200-80" (width and a quality of 50 to 99, so "-2019-11" is no rendition), "-scaled", "@2x", and TYPO3's processed copies ("csm_pier_1a2b3c4d5e.jpg": the name, then a hash of the crop; in a whole address or a bare file name). Renditions of one picture are one image.
    /// </summary>
    [GeneratedRegex(@"(?:[-_][0-9]{2,4}x[0-9]{2,4}|-[0-9]{3,4}-[5-9][0-9]|-scaled|@[23]x|_[0-9a-f]{10}(?=\.[A-Za-z0-9]{2,5}$)(?<=(?:^|/)csm_[^/]+))(?=\.[A-Za-z0-9]{2,5}$)", RegexOptions.CultureInvariant)]
    public static partial Regex ImageRenditionSuffix();

    /// <summary>An image style folder (Drupal's "/styles/article_full/public/"): the styled copy and the file itself are one picture.</summary>
    [GeneratedRegex(@"/styles/[^/]+/(?:public|private)/", RegexOptions.CultureInvariant)]
    public static partial Regex ImageStyleFolder();

    /// <summary>A caption that sells something ("Subscribe to our sister title …"): the image is an advertisement, not a picture of the story.</summary>
    [GeneratedRegex(@"\b(?:subscribe (?:to|now|today|here)|sign up (?:for|to|now)|abonnieren sie|jetzt abonnieren|abonnez-vous|suscríbete)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SalesPitchCaption();

    /// <summary>
    /// The standard display-ad slots (IAB): an image named with one of these sizes ("mail_banner_300x250_fair.png") is an ad
    /// or promotion creative made for that slot, not a picture of the story, even when the page declares it as its share image.
    /// </summary>
    public static readonly HashSet<(int Width, int Height)> AdSlotSizes =
        [(300, 250), (336, 280), (728, 90), (970, 90), (970, 250), (160, 600), (120, 600), (300, 600), (468, 60), (320, 50), (320, 100)];

    /// <summary>Below this many pixels on its longer side (as its name or query says) an image is an icon or a thumbnail.</summary>
    public const int MinNamedImageSide = 200;
    /// <summary>Below this, "16x9", "4x3", "2x1" in a name are an aspect ratio, not a size.</summary>
    public const int MinNamedPixels = 24;
    /// <summary>Below this many pixels on a side (as its width or height attribute says) a body image is an icon, an avatar or a button.</summary>
    public const int MinBodyImageSide = 100;
    /// <summary>The pixel width an inline style sets: "width: 1px" (not "max-width").</summary>
    [GeneratedRegex(@"(?:^|[;\s])width\s*:\s*(\d{1,5})px", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StyledWidth();
    /// <summary>The pixel height an inline style sets: "height: 1px" (not "line-height").</summary>
    [GeneratedRegex(@"(?:^|[;\s])height\s*:\s*(\d{1,5})px", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StyledHeight();
    /// <summary>A body image this large on both sides (or of unknown size) may lead; smaller ones follow it.</summary>
    public const int MinLeadImageSide = 200;
    /// <summary>
    /// A body image this many times wider than high (or higher than wide), as its markup states, is a strip: a title
    /// banner or a divider between paragraphs (1024×248), not the story's picture, so it does not lead.
    /// </summary>
    public const int MinStripAspect = 4;

    /// <summary>A date printed before the headline in its heading or title ("23.01.2022 - Headline", "2022-01-23 | Headline").</summary>
    [GeneratedRegex(@"^\s*(?:[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?(?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2}))\s*[-–—|:•·]\s*(?=\S)", RegexOptions.CultureInvariant)]
    public static partial Regex HeadlineDatePrefix();

    /// <summary>A date that opens what follows a headline in its heading ("… der Region 02.02.2022 • Verband, Presse").</summary>
    [GeneratedRegex(@"^\s*[-–—|:•·,]?\s*(?:[0-9]{1,2}\.\s?[0-9]{1,2}\.\s?(?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/(?:[0-9]{4}|[0-9]{2}))(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex HeadlineDateTail();

    /// <summary>Text that names no writer: a clock time or a running time ("01:30 Min."), a copyright or photo credit ("Bild © hr"), a web address ("events.example.de").</summary>
    [GeneratedRegex(@"(?<![0-9])[0-9]{1,2}:[0-9]{2}(?![0-9])|©|\.(?:com|org|net|de|at|ch|fr|it|es|nl|eu|info|co\.uk)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NoWriterText();

    /// <summary>A parenthetical after a site's name ("Example (formerly Other)", "Example (UK)"): a note on the name, not the organisation's name.</summary>
    [GeneratedRegex(@"\s+\([^()]{1,40}\)$", RegexOptions.CultureInvariant)]
    public static partial Regex SiteNameNote();

    /// <summary>Soft hyphen, zero-width space/joiners, word joiner, byte-order mark.</summary>
    [GeneratedRegex("[\u00AD\u200B-\u200D\u2060\uFEFF]")]
    public static partial Regex InvisibleCharacters();

    /// <summary>Signs that open a copyright notice; the name after one is the site's owner, not a byline.</summary>
    public static readonly string[] CopyrightSigns = ["©", "(c)", "copyright"];

    /// <summary>Copyright and footer years are not publication dates.</summary>
    [GeneratedRegex(@"(?:©|&copy;|\(c\)|copyright)\s*\d{4}", RegexOptions.IgnoreCase)]
    public static partial Regex Copyright();

    /// <summary>
    /// The newsroom's time zone by the site's country-code domain: a UTC stamp is read as the day the site's readers saw.
    /// Only domains used by one country's press and spanning (mostly) one zone; generic ones (.co, .io, .tv, .me) are absent.
    /// </summary>
    public static readonly Dictionary<string, string> CountryTimeZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "Europe/Berlin", ["at"] = "Europe/Vienna", ["ch"] = "Europe/Zurich", ["li"] = "Europe/Vaduz", ["it"] = "Europe/Rome",
        ["fr"] = "Europe/Paris", ["es"] = "Europe/Madrid", ["nl"] = "Europe/Amsterdam", ["be"] = "Europe/Brussels", ["lu"] = "Europe/Luxembourg",
        ["pl"] = "Europe/Warsaw", ["cz"] = "Europe/Prague", ["sk"] = "Europe/Bratislava", ["hu"] = "Europe/Budapest", ["dk"] = "Europe/Copenhagen",
        ["se"] = "Europe/Stockholm", ["no"] = "Europe/Oslo", ["fi"] = "Europe/Helsinki", ["pt"] = "Europe/Lisbon", ["gr"] = "Europe/Athens",
        ["ro"] = "Europe/Bucharest", ["bg"] = "Europe/Sofia", ["hr"] = "Europe/Zagreb", ["si"] = "Europe/Ljubljana", ["rs"] = "Europe/Belgrade",
        ["ie"] = "Europe/Dublin", ["uk"] = "Europe/London", ["ru"] = "Europe/Moscow", ["tr"] = "Europe/Istanbul", ["il"] = "Asia/Jerusalem",
        ["in"] = "Asia/Kolkata", ["pk"] = "Asia/Karachi", ["jp"] = "Asia/Tokyo", ["kr"] = "Asia/Seoul", ["cn"] = "Asia/Shanghai",
        ["tw"] = "Asia/Taipei", ["hk"] = "Asia/Hong_Kong", ["sg"] = "Asia/Singapore", ["my"] = "Asia/Kuala_Lumpur", ["ph"] = "Asia/Manila",
        ["th"] = "Asia/Bangkok", ["vn"] = "Asia/Ho_Chi_Minh", ["nz"] = "Pacific/Auckland", ["za"] = "Africa/Johannesburg",
        ["ng"] = "Africa/Lagos", ["ke"] = "Africa/Nairobi", ["eg"] = "Africa/Cairo", ["br"] = "America/Sao_Paulo",
        ["ar"] = "America/Argentina/Buenos_Aires", ["uy"] = "America/Montevideo", ["cl"] = "America/Santiago", ["bo"] = "America/La_Paz",
        ["pe"] = "America/Lima", ["ve"] = "America/Caracas", ["ec"] = "America/Guayaquil", ["mx"] = "America/Mexico_City",
        // Most of Canada's and Australia's press sits in their eastern zones.
        ["ca"] = "America/Toronto", ["au"] = "Australia/Sydney",
    };

    /// <summary>Earliest publication day accepted: before the web news era dates are nearly always noise.</summary>
    public static readonly DateOnly EarliestDate = new(1995, 1, 1);

    /// <summary>Languages the detector knows: the news languages we expect, kept short for memory and speed.</summary>
    public static readonly string[] DetectorLanguages =
    [
        "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "sv", "da", "nb", "fi", "cs", "sk", "hu",
        "ro", "el", "bg", "hr", "sr", "sl", "ar", "fa", "he", "zh", "ja", "ko", "hi", "id", "vi", "ca", "lt", "lv", "et",
    ];

    // Keywords a publishing system keeps for itself, not for readers: bracketed flags ("[SYNDICATED CONTENT]") and
    // routing labels that name a partner site ("AR_Hope - hopestar.com").
    [GeneratedRegex(@"^\[[^\]]*\]$|(?<![\w.])[\w-]+\.(?:com|net|org|info|biz|co\.uk|de|fr|es|it|nl|pl)(?![\w.])", RegexOptions.CultureInvariant)]
    public static partial Regex InternalKeyword();
}
