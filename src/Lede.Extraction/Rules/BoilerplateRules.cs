using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Lede.Extraction.Html;

namespace Lede.Extraction.Rules;

/// <summary>
/// The content extractor's rules as data: what tags mean, which class/id words mark chrome or story,
/// which whole lines are furniture, and the thresholds the scorer and cleaner use.
/// Class and id values are split into lower-case words (at non-letters and camelCase humps), then
/// matched as whole words, so "relatedArticles", "related-links" and "related_box" all say "related".
/// </summary>
internal static partial class BoilerplateRules
{
    public static readonly FrozenDictionary<string, TagKind> Tags = new Dictionary<string, TagKind>(StringComparer.Ordinal)
    {
        // Never content.
        ["script"] = TagKind.Dropped, ["style"] = TagKind.Dropped, ["noscript"] = TagKind.Dropped, ["template"] = TagKind.Dropped,
        ["svg"] = TagKind.Dropped, ["math"] = TagKind.Dropped, ["iframe"] = TagKind.Dropped, ["object"] = TagKind.Dropped,
        ["embed"] = TagKind.Dropped, ["canvas"] = TagKind.Dropped, ["video"] = TagKind.Dropped, ["audio"] = TagKind.Dropped,
        ["select"] = TagKind.Dropped, ["option"] = TagKind.Dropped, ["button"] = TagKind.Dropped, ["input"] = TagKind.Dropped,
        ["textarea"] = TagKind.Dropped, ["head"] = TagKind.Dropped, ["link"] = TagKind.Dropped, ["meta"] = TagKind.Dropped,
        ["title"] = TagKind.Dropped, ["map"] = TagKind.Dropped, ["dialog"] = TagKind.Dropped, ["label"] = TagKind.Dropped,
        ["source"] = TagKind.Dropped, ["track"] = TagKind.Dropped, ["param"] = TagKind.Dropped, ["area"] = TagKind.Dropped,
        // Page chrome by tag.
        ["nav"] = TagKind.Block | TagKind.Chrome, ["aside"] = TagKind.Block | TagKind.Chrome,
        ["header"] = TagKind.Block | TagKind.Chrome, ["footer"] = TagKind.Block | TagKind.Chrome,
        ["form"] = TagKind.Block | TagKind.Form, ["menu"] = TagKind.Block | TagKind.Chrome,
        // Blocks.
        ["p"] = TagKind.Block | TagKind.Paragraph, ["pre"] = TagKind.Block | TagKind.Paragraph | TagKind.Preformatted,
        ["div"] = TagKind.Block, ["section"] = TagKind.Block, ["body"] = TagKind.Block, ["html"] = TagKind.Block,
        ["center"] = TagKind.Block, ["address"] = TagKind.Block, ["hgroup"] = TagKind.Block, ["details"] = TagKind.Block,
        ["summary"] = TagKind.Block, ["fieldset"] = TagKind.Block, ["legend"] = TagKind.Block, ["hr"] = TagKind.Block,
        ["article"] = TagKind.Block | TagKind.Semantic, ["main"] = TagKind.Block | TagKind.Semantic,
        ["h1"] = TagKind.Block | TagKind.Heading, ["h2"] = TagKind.Block | TagKind.Heading, ["h3"] = TagKind.Block | TagKind.Heading,
        ["h4"] = TagKind.Block | TagKind.Heading, ["h5"] = TagKind.Block | TagKind.Heading, ["h6"] = TagKind.Block | TagKind.Heading,
        ["ul"] = TagKind.Block | TagKind.List, ["ol"] = TagKind.Block | TagKind.List, ["dl"] = TagKind.Block | TagKind.List,
        ["li"] = TagKind.Block | TagKind.ListItem, ["dt"] = TagKind.Block | TagKind.ListItem, ["dd"] = TagKind.Block | TagKind.ListItem,
        ["blockquote"] = TagKind.Block | TagKind.Quote,
        ["table"] = TagKind.Block | TagKind.Table, ["tr"] = TagKind.Block | TagKind.TableRow,
        ["td"] = TagKind.Block | TagKind.TableCell, ["th"] = TagKind.Block | TagKind.TableCell,
        ["thead"] = TagKind.Block, ["tbody"] = TagKind.Block, ["tfoot"] = TagKind.Block, ["caption"] = TagKind.Block,
        ["figure"] = TagKind.Block | TagKind.Figure, ["figcaption"] = TagKind.Block | TagKind.Caption, ["picture"] = TagKind.Inline,
        ["img"] = TagKind.Inline | TagKind.Image,
        // Inline.
        ["a"] = TagKind.Inline | TagKind.Link, ["em"] = TagKind.Inline | TagKind.Emphasis, ["i"] = TagKind.Inline | TagKind.Emphasis,
        ["strong"] = TagKind.Inline | TagKind.Strong, ["b"] = TagKind.Inline | TagKind.Strong, ["br"] = TagKind.Inline | TagKind.LineBreak,
        ["span"] = TagKind.Inline, ["font"] = TagKind.Inline, ["sup"] = TagKind.Inline, ["sub"] = TagKind.Inline, ["small"] = TagKind.Inline,
        ["u"] = TagKind.Inline, ["s"] = TagKind.Inline, ["code"] = TagKind.Inline, ["mark"] = TagKind.Inline, ["abbr"] = TagKind.Inline,
        ["cite"] = TagKind.Inline, ["q"] = TagKind.Inline, ["time"] = TagKind.Inline, ["ins"] = TagKind.Inline, ["del"] = TagKind.Inline,
        ["big"] = TagKind.Inline, ["tt"] = TagKind.Inline, ["kbd"] = TagKind.Inline, ["var"] = TagKind.Inline, ["samp"] = TagKind.Inline,
        ["dfn"] = TagKind.Inline, ["bdi"] = TagKind.Inline, ["bdo"] = TagKind.Inline, ["wbr"] = TagKind.Inline, ["nobr"] = TagKind.Inline,
        ["strike"] = TagKind.Inline, ["acronym"] = TagKind.Inline,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Readability's positive words: the element probably holds the story.</summary>
    public static readonly FrozenSet<string> PositiveWords = Set(
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story");

    /// <summary>Readability's negative words: the element is probably chrome.</summary>
    public static readonly FrozenSet<string> NegativeWords = Set(
        "ad", "ads", "advert", "advertisement", "banner", "combx", "comment", "comments", "com", "contact", "footer", "gdpr",
        "masthead", "meta", "outbrain", "taboola", "promo", "promoted", "related", "scroll", "share", "sharing", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "sponsored", "shopping", "tags", "widget", "hidden", "hid", "social", "newsletter",
        "subscribe", "subscription", "recommended", "recirc", "trending", "popular", "nav", "navigation", "menu", "breadcrumb",
        "breadcrumbs", "byline", "caption", "credit", "credits", "cookie", "consent", "modal", "popup", "toolbar", "print");

    /// <summary>Readability's unlikely candidates: stripped before scoring while flags are strict.</summary>
    public static readonly FrozenSet<string> UnlikelyWords = Set(
        "ad", "ads", "banner", "breadcrumb", "breadcrumbs", "combx", "comment", "comments", "community", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup", "cookie", "cookies", "consent", "privacy", "newsletter",
        "share", "sharing", "nav", "navigation", "navbar", "masthead", "outbrain", "taboola", "recirc", "trending", "promo",
        // Layers over the page (contact flyouts, login dialogs, lightboxes): never the story, whatever "content" box they hold.
        "modal", "dialog", "flyout", "overlay", "lightbox");

    /// <summary>Parts of a box whose hiding says nothing of the box itself: "field--label-hidden", "title-hidden".</summary>
    public static readonly FrozenSet<string> HiddenPartWords = Set("label", "labels", "title", "heading", "legend");

    /// <summary>
    /// Page builders whose class names call every block of the page a widget ("elementor-widget-container",
    /// "elementor-widget-text-editor"): after one of these as a class's first word, "widget" says nothing of a sidebar.
    /// </summary>
    public static readonly FrozenSet<string> PageBuilderWords = Set("elementor");

    /// <summary>Words a page builder uses for every block it lays out (see <see cref="PageBuilderWords"/>).</summary>
    public static readonly FrozenSet<string> PageBuilderBlockWords = Set("widget", "widgets");

    /// <summary>Words that save an element from the unlikely list ("sidebar-content" may be the story).</summary>
    public static readonly FrozenSet<string> MaybeCandidateWords = Set("and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "post");

    /// <summary>Furniture inside a story: share bars, bylines, related links, captions, ads, sign-up boxes.</summary>
    public static readonly FrozenSet<string> BoilerplateWords = Set(
        "share", "sharing", "sharebar", "shares", "social", "socials", "related", "recommended", "recommendations", "recirc",
        "newsletter", "subscribe", "subscription", "signup", "comment", "comments", "disqus", "promo", "promotion", "ad", "ads",
        "advert", "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "sidebar", "byline",
        "bylines", "author", "authors", "dateline", "timestamp", "date", "dates", "published", "updated", "breadcrumb", "breadcrumbs",
        "tags", "tag", "taglist", "keywords", "topics", "readmore", "popular", "trending", "mostread", "outbrain",
        "taboola", "cookie", "cookies", "consent", "gdpr", "modal", "popup", "toolbar", "print", "nav", "navigation", "menu",
        "footer", "header", "masthead", "pagination", "pager", "login", "paywall", "rating", "banner", "skip", "sronly",
        "visually", "sr", "screen", "reader", "meta", "metadata", "embed", "tools", "utility", "follow", "donate", "disclaimer",
        "noprint", "teaser", "teasers", "rail", "aside", "overlay", "flyout", "dropdown", "toc",
        "bio", "profile", "avatar", "kicker", "eyebrow", "headline", "subscribe", "feedback", "survey",
        "tooltip", "popover", "hovercard", "btn", "notice", "disclosure", "helpful");

    /// <summary>
    /// Words of a card shown on hovering a name ("rollover-people-block" beside the "rollover-people-link" that names
    /// Kristi Noem): a class word of <see cref="HoverWords"/> with one of <see cref="HoverPanelWords"/> in the same class
    /// marks the card as furniture, while the wrapper that holds the name and the card ("rollover-people") stays.
    /// </summary>
    public static readonly FrozenSet<string> HoverWords = Set("rollover", "hover", "mouseover");

    /// <summary>The card's own words (see <see cref="HoverWords"/>).</summary>
    public static readonly FrozenSet<string> HoverPanelWords = Set("block", "card", "box", "panel", "content", "popup", "info");

    /// <summary>
    /// Class words that, with one of <see cref="StructuredDataPartnerWords"/> in the same class ("av-structured-data"), name
    /// a box of schema.org values a theme writes for machines and hides from readers (an image's address and size, the
    /// publisher's name): never the story.
    /// </summary>
    public static readonly FrozenSet<string> StructuredDataWords = Set("structured");

    /// <summary>The partner words of <see cref="StructuredDataWords"/>.</summary>
    public static readonly FrozenSet<string> StructuredDataPartnerWords = Set("data");

    /// <summary>
    /// Words that, with "embed" in the same class ("social-media-embed", "twitter-embed"), name a post the story quotes
    /// (a tweet, an Instagram post), not a share bar: its text is the story's, as Zyte's golds keep it.
    /// </summary>
    public static readonly FrozenSet<string> EmbeddedPostWords = Set("social", "twitter", "tweet", "instagram", "bluesky", "mastodon", "threads");

    /// <summary>The word that makes an <see cref="EmbeddedPostWords"/> class an embedded post.</summary>
    public static readonly FrozenSet<string> EmbedWords = Set("embed", "embedded");

    /// <summary>Words of photo captions: their text goes to <c>images</c>.</summary>
    public static readonly FrozenSet<string> CaptionWords = Set("caption", "captions", "figcaption", "imagecaption", "photocaption");

    /// <summary>Words of photo credits: their text goes to the image's credit.</summary>
    public static readonly FrozenSet<string> CreditWords = Set("credit", "credits", "photocredit", "copyright", "attribution");

    /// <summary>
    /// Class or id values naming the story's body container, compared with separators removed
    /// ("article-body", "article__body" and "articleBody" are all "articlebody"), as trafilatura's BODY_XPATH.
    /// </summary>
    public static readonly FrozenSet<string> BodyContainerNames = Set(
        "articlebody", "articletext", "articlecontent", "articlebodytext", "articlecopy", "storybody", "storycontent",
        "storytext", "entrycontent", "entrybody", "postcontent", "postbody", "postentry", "posttext", "contentbody",
        "bodytext", "bodycopy", "richtext", "fieldnamebody", "articlebodycontent", "storybodytext");

    /// <summary>Class words of a lede, standfirst or summary set apart from the body: it belongs to the story.</summary>
    /// <summary>Names of a recipe's ingredient list, which sits beside the method rather than in it.</summary>
    public static readonly FrozenSet<string> IngredientWords = Set("ingredient", "ingredients", "zutat", "zutaten", "ingredientes", "ingredienti", "ingrédients", "ingredienten", "składniki");
    public const int IngredientSearchLevels = 4;      // how far above the body an ingredient list is looked for

    public static readonly FrozenSet<string> LeadWords = Set("lead", "lede", "intro", "summary", "standfirst", "teaser", "subtitle", "dek", "deck", "abstract", "excerpt", "sumario", "chapo", "chapeau", "kicker", "epigraph");

    public const int LeadMinChars = 60;
    public const int LeadLevels = 5;                // how many of the body's ancestors may have the lede as a sibling
    public const double LeadShareOfStrippedBox = 0.5; // a lede in a stripped "intro-header" box is at least this share of its text
    public const int LeadSearchDepth = 4;           // how far inside a box before the body a named lede may sit
    public const int UnnamedLeadMinChars = 80;      // a standfirst without a class must read like a paragraph
    public const int UnnamedLeadMaxChars = 1000;
    public const int UnnamedLeadLevels = 5;         // how many of the body's ancestors may have an unnamed standfirst's box as a sibling

    /// <summary>Where lazy-loading pages keep an image's real address, best first.</summary>
    public static readonly string[] ImageSourceAttributes = ["data-src", "data-original", "data-lazy-src", "data-url", "src", "data-srcset", "srcset"];

    /// <summary>Where a lazy loader keeps an image's real address while <c>src</c> shows a stand-in; read before <c>src</c>.</summary>
    public static readonly string[] LazyImageSourceAttributes = ["data-src", "data-original", "data-lazy-src", "data-url"];

    /// <summary>Renditions of one picture: the image's own srcset, its lazy loader's copy (also read on a picture's &lt;source&gt;).</summary>
    public static readonly string[] ImageSrcsetAttributes = ["srcset", "data-srcset"];

    /// <summary>
    /// A stand-in <c>src</c> shown until a lazy loader swaps in the picture ("blank.gif", "lazy-placeholder.png",
    /// "spinner.svg", "recipe-loader.gif"): a word of the file name's, in a name made only of such words and numbers or
    /// in a format photographs do not come in ("customer-loading-truck.jpg" is a photograph).
    /// </summary>
    [GeneratedRegex(@"(?<![a-z])(?:blank|spacer|pixel|transparent|placeholder|spinner|loader|loading|lazy|lazyload|1x1|dummy)(?![a-z])", RegexOptions.CultureInvariant)]
    public static partial Regex StandInImageName();

    /// <summary>Formats of stand-in and interface images; a photograph is a JPEG, WebP or AVIF.</summary>
    public static readonly string[] StandInImageExtensions = [".gif", ".png", ".svg"];

    /// <summary>A file name of stand-in words and sizes alone ("lazy-load-1x1", "placeholder-300x200"), whatever its format.</summary>
    [GeneratedRegex(@"^(?=.*(?:blank|spacer|pixel|transparent|placeholder|spinner|loader|loading|lazy|dummy|1x1))(?:(?:blank|spacer|pixel|transparent|placeholder|spinner|loader|loading|lazy|lazyload|load|dummy|\d+x\d+)[-_.@ ]*)+$", RegexOptions.CultureInvariant)]
    public static partial Regex StandInOnlyImageName();

    /// <summary>Roles (ARIA) of page chrome.</summary>
    public static readonly FrozenSet<string> ChromeRoles = Set("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert", "toolbar");

    // Scoring thresholds (Readability.js defaults unless said otherwise).
    public const int MinParagraphChars = 25;         // shorter blocks do not vote for a container
    public const int ClassWeight = 25;
    public const int TopCandidates = 5;
    public const int FallbackCandidates = 20;        // tried one by one when every attempt came out empty
    public const double FallbackMaxLinkDensity = 0.5; // ... unless mostly links, outside a named body container
    public const int AncestorLevels = 5;
    public const double SiblingScoreShare = 0.2;
    public const int PartLevels = 4;                 // how far above the top candidate a box may be one part of a split story
    public const int StorySlugMinHyphens = 2;        // an address's last segment of three words or more may name its story's element
    public const int RetryBelowChars = 1000;         // a result shorter than this (a few paragraphs) triggers a relaxed retry
    public const double SemanticBodyShare = 0.5;     // a body container must hold this share of the best candidate's paragraph text
    public const int ContinuationLevels = 3;         // how far above a named body the box that continues the story may branch off
    public const int SubheadMaxChars = 200;          // a longer heading is not a subhead
    public const double GapMaxLinkDensity = 0.25;
    public const double LinkedHeadingShare = 0.9;     // a heading this much link text is a teaser for another page
    public const double LinkListParagraphShare = 0.75; // a paragraph of two links or more, this much link text, is a link list
    public const int ClosingPitchBlocks = 6;          // how far from the end a publisher's pitch is looked for
    public const int ClosingPitchMaxChars = 600;
    public const int StoryBoxMinChars = 400;          // a box named like furniture (or a <header>) holding this much paragraph text...
    public const double StoryBoxShare = 0.5;          // ... and this share of the chosen text is the story itself
    public const int CreditLineMaxChars = 250;        // a longer block ending in "© Name" is text that mentions a credit    // a box between two parts of the story with more links is a link box

    /// <summary>Whole lines that are furniture wherever they stand (also in parentheses or dashes: "(Alle Angaben ohne Gewähr)", "- Anzeige -").</summary>
    [GeneratedRegex(@"^[(\-–—]?\s?(?:advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|advertentie|iklan|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|read more|read more:.*|related:.*|related articles?|related stories|related posts|anzeigen|mehr anzeigen|seite drucken|menü|escucha esta nota(?: aquí)?|enviar fotos|\p{L}[\p{L} \-]{0,30}\s?\*\s?:|diese (?:artikel|beiträge) könnten (?:dich|sie|euch) (?:auch )?interessieren:?|rate this (?:post|article|story)|join the conversation|read (?:the )?full (?:article|story)|learn more|artikel lesen|jetzt anmelden|pflichtfelder\s*\*?|ver noticia|\(?visited \d[\d,.]* times?(?:, \d[\d,.]* visits? today)?\)?|recommended|most read|most popular|you may also like|you might also like|don[’']?t miss|more|share this(?: article| story)?|share|tweet|click to tweet|email|print|sign up.*newsletter.*|subscribe.*|click here to .*|follow us on .*|filed under:? .{1,80}|image|photo|video|caption|close|skip advertisement|supported by|listen to this article.*|\d+ min read|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura)\s*:?\s*(?:\d+|one|ein|un|uma?)\s*\p{L}{1,10}|loading\.*|see more|show more|back to top|comments?|leave a comment|\(?\s*(?:ap|reuters|afp) photo.*|getty images|image source,.*|image caption,.*|media caption,.*|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??|bild anzeigen(?: bild schließen)?|beitragsbild\b.{0,80}|titelbild:.{0,80}|(?:fotos?|photos?|bilder?|images?|titelfoto|aufmacher(?:bild|foto)|foto de portada|crédits? photos?)\s*:\s*.{1,80}|(?:image|photo) (?:illustrative|d'illustration)(?:\s*:.{1,120})?|\(?noch keine bewertungen\)?|über (?:den|die) autor(?:in)?|quellen(?:angaben)?|quelle:.{1,80}|alle angaben ohne gewähr|vorschau auf den nächsten (?:artikel|beitrag)|weitere informationen|kontakt|zurück zur (?:listenansicht|übersicht|startseite)|sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|du musst eingeloggt sein.{0,90}|(?:aufrufe|views|hits|zugriffe)\s*:\s*\d[\d.,]*(?:\s*\|.{0,120})?|(?:kommentare insgesamt|total comments|comments total)\s*:\s*\d+|(?:(?:news |post )?date\s*:\s*\S+\s+)?(?:categor(?:y|ies)|kategorien?|categorías?|catégories?|rubrik|tags|schlagwörter|etiquetas|stichworte)\s*:\s*.{1,100})\s?[)\-–—]?[\s.:…!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureLine();

    /// <summary>
    /// A "see also" line: a lead-in ("Lesen Sie auch:", "Czytaj też", "Lea también:") and the headline of
    /// another page. Short lead-ins that also start sentences ("Mira") need their colon.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:lesen sie (?:auch|mehr)|lies auch|mehr zum thema|mehr themen|mehr dazu|auch interessant|das (?:thema )?könnte (?:dich|sie|euch) auch interessieren|zum weiterlesen|siehe auch|see also|also read|read also|czytaj (?:też|także|również|więcej)|dowiedz się więcej|zobacz (?:też|także|również)|lea (?:también|además)|lee (?:también|además)|vea también|ver también|leia (?:também|mais)|veja (?:também|mais)|(?:à )?lire aussi|voir aussi|leggi anche|lees ook|bekijk ook)\b(?:\s*[:：\-–—]|\s)?.{0,150}|(?:mira|weiterlesen|more|mehr)\s*[:：].{0,150}|hier geht(?:'s| es) (?:zu[rm]?|weiter)\b.{0,100}|.{1,100}\b(?:findest du|finden sie|gibt es) hier[.!]?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SeeAlsoLine();

    // A rights notice standing as a block of its own ("Copyright 2016 Example Media, Inc. All Rights Reserved", "This copy
    // is for your personal, non-commercial use only …"): what a paywalled page shows in place of the story.
    public const int RightsNoticeMaxChars = 400;

    [GeneratedRegex(@"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?.{0,100}?\ball rights reserved\b[.!]?$|\bthis (?:copy|material|article|content) is for your personal,? non-?commercial use only\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex RightsNotice();

    // A server's error output printed into the page ("Warning: … in /var/www/…/file.php on line 12"): the page's, not the story's.
    public const int ServerDiagnosticMaxChars = 600;
    // PHP prints " on line " with plain spaces: tested before ServerDiagnosticLine, which most text then never reaches.
    public const string ServerDiagnosticMarker = " on line ";

    [GeneratedRegex(@"^(?:PHP )?(?:Strict Standards|Warning|Notice|Deprecated|(?:Catchable |Recoverable )?[Ff]atal error|Parse error)\s*:\s.{1,500}?\sin\s\S+\.(?:php\d?|inc)\s+on line\s+\d+\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex ServerDiagnosticLine();

    /// <summary>A counter standing alone: a number of at most seven digits, perhaps signed ("17302", "0", "+1").</summary>
    [GeneratedRegex(@"^\s*[+\-]?\d{1,7}\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex LoneCounter();

    /// <summary>A ranking's entry as a heading: "16. Stephen Fry", "3) The harbour bridge", "#4 Lisbon".</summary>
    [GeneratedRegex(@"^(?:#\s?)?\d{1,3}[.)]?\s+\p{L}", RegexOptions.CultureInvariant)]
    public static partial Regex NumberedHeading();

    public const int RankingMinHeadings = 3;          // numbered headings closing the text: a ranking's last entries, not a box's title

    /// <summary>A caption's tail left in the text: "… des iPhones 14. | © Jane Roe/Agency" (a copyright sign and a name closing a short block).</summary>
    [GeneratedRegex(@"(?:^|[\s|–—-])©\s*\p{L}[^©
]{1,80}$", RegexOptions.CultureInvariant)]
    public static partial Regex CreditTail();

    /// <summary>A closing "follow us / follow the author on Twitter" line: page furniture at the story's end.</summary>
    [GeneratedRegex(@"\b(?:follow|folgen sie|suivez|síguenos|segui)\b[^.!?\n]{0,60}?\b(?:on|at|auf|sur|en|su)\s+(?:twitter|facebook|instagram|youtube|tiktok|linkedin|x\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FollowUsLine();

    /// <summary>
    /// A closing pitch of the publisher, not the story: support or membership appeals ("Apoya el periodismo…",
    /// "Become a member", "cancel anytime"), invitations to the site's app or messaging channel, and the site's
    /// licence line ("Inhalte dieser Website stehen unter CC-BY"). (A "follow her on Twitter" line stays: story pages
    /// are often annotated with it.)
    /// </summary>
    [GeneratedRegex(@"\b(?:support (?:our|independent|quality) journalism|support us\b|become a (?:member|subscriber|supporter|patron)|cancel (?:at )?any ?time|unterstütze[n]? (?:sie )?(?:uns\b|unser(?:e|en)? (?:magazin|journalismus|arbeit|redaktion))|jederzeit kündbar|werden sie mitglied|apoya(?:nos)? (?:el|al|nuestro) periodismo|apóyanos|hazte (?:miembro|socio|suscriptor)|hágase (?:miembro|socio)|cancela cuando quieras|soutenez(?:-nous| notre (?:journalisme|rédaction))|devenez (?:membre|abonné)|(?:canal|channel|kanal|chaîne) (?:de |on |auf |sur )?(?:youtube|telegram|whatsapp|tiktok)|(?:youtube|telegram|whatsapp)[- ]?(?:channel|kanal|canal|chaîne)|(?:straight|directly|right) to your (?:phone|inbox) with|\b(?:unter|under|sous|bajo)\s(?:(?:der|the|a|la|una?)\s)?(?:(?:lizenz|licen[cs]e|licencia)\s)?(?:CC[- ]BY|creative[- ]commons)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ClosingPitch();

    /// <summary>
    /// A heading that opens the site's own teasers after the story ("Auch auf example.de", "Entdecke weitere Rezepte",
    /// "More from Example"): it and everything after it are the page's.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:auch|mehr|more|plus|más) (?:auf|bei|on|from|von|sur|de|en) \S+(?: \S+)?|entdecke (?:weitere|mehr)\b.{0,60}|discover more\b.{0,60}|descubre más\b.{0,60}|découvrez (?:aussi|plus|nos)\b.{0,60})[\s.:!…]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MoreFromTheSiteHeading();

    /// <summary>Byline and dateline furniture ("By Jane Doe", "Updated 3:15 p.m. ET") near the top of a story.</summary>
    [GeneratedRegex(@"^(?:(?:written by|by|von|par|por|door|di|av|af|przez)\s+\p{Lu}[^\n]{0,80}|(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour)\b[^\n]{0,60}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}[^\n]{0,30}|\d{1,2}(?:\.|\s)\s?(?:\p{L}+\.?|\d{1,2}\.)\s?\d{4}[^\n]{0,20})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylineOrDateLine();

    /// <summary>A credit at the end of a caption: "(Photo: Jane Doe)", "Photo: Jane Doe", "Credit: AP".</summary>
    [GeneratedRegex(@"\s*[\(\[]?\s*(?:photo|photograph|image|picture|credit|foto|bild|source|photo credit|pictured)s?\s*(?::|by)\s*(?<credit>[^\)\]]{2,100}?)\s*[\)\]]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CaptionCreditLabelled();

    /// <summary>An agency credit at the end of a caption: "Jane Doe/Getty Images", "AP Photo/Jane Doe".</summary>
    [GeneratedRegex(@"\s*[\(\[]?(?<credit>(?:(?:(?:\p{Lu}\.|\p{Lu}[\p{L}'\-]+)\s?){1,4}\s?/\s?)?(?i:getty images|ap photo|ap|afp|reuters|epa|shutterstock|bloomberg|associated press|dpa|picture alliance|imago|istock|alamy|zuma press|sipa|xinhua|efe|anadolu)(?:\s?/\s?[\p{L}.'\- ]{2,60})?)[\)\]]?\s*$",
        RegexOptions.CultureInvariant)]
    public static partial Regex CaptionCreditAgency();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
