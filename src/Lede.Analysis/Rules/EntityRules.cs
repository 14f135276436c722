using System.Collections.Frozen;

namespace Lede.Analysis.Rules;

/// <summary>Word lists for named entities.</summary>
internal static class EntityRules
{
    /// <summary>
    /// Titles that stand only before a person's name. CoNLL's names leave them out ("President [Bill Clinton]"), and
    /// the tagger, trained on 1996 Reuters, does; on other news it sometimes runs a name into its title and types the
    /// whole as an organisation ("Senator Jane Roe" ORG), which <see cref="Entities.NamedEntityTagger"/> splits off.
    /// "General", "King" and "Queen" are not here: "General Motors", "Queen's Park".
    /// </summary>
    public static readonly FrozenSet<string> PersonTitles = new[]
    {
        "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Mayor", "Governor", "Gov.",
        "President", "Vice-President", "Judge", "Sheriff", "Mr.", "Mrs.", "Ms.", "Dr.", "Pope", "Chancellor",
        "Ambassador", "Secretary", "Commissioner", "Councillor", "Councilman", "Councilwoman", "Lt.", "Sgt.", "Capt.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Honorifics that tell a person's sex: "Mrs. Ruiz" is not the "Luis Ruiz" the article also names, and "she"
    /// may refer to her. Matched case-sensitively on the word right before a name.
    /// </summary>
    public static readonly FrozenSet<string> MaleHonorifics = new[] { "Mr.", "Mr", "Messrs." }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc cref="MaleHonorifics"/>
    public static readonly FrozenSet<string> FemaleHonorifics = new[] { "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Mme.", "Mme" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Companies and online platforms that the tagger cannot know: its training text is 1996 Reuters, before most of them
    /// existed, and its word clusters read their lower-cased names as common words or places ("twitter", "amazon").
    /// Written as the company writes itself; matched case-sensitively, a whole token, where the tagger found no name or a
    /// one-word name of another type (<see cref="Entities.NamedEntityTagger"/>). Names that are also everyday words in
    /// their usual casing or another thing's name ("Meta", "Apple", "X", "Zoom", "Signal", "Oracle", "Tesla") are not here.
    /// </summary>
    public static readonly FrozenSet<string> KnownOrganizations = new[]
    {
        "Twitter", "Facebook", "Instagram", "WhatsApp", "TikTok", "ByteDance", "YouTube", "Google", "Alphabet", "Amazon",
        "Microsoft", "LinkedIn", "Snapchat", "Reddit", "Netflix", "Spotify", "Uber", "Lyft", "Airbnb", "PayPal", "eBay",
        "OpenAI", "Nvidia", "SpaceX", "Huawei", "Tencent", "Alibaba", "Baidu", "Samsung",
        "Pinterest", "Salesforce", "Intel", "Qualcomm", "Dropbox", "Wikipedia", "Yahoo", "Bluesky", "Twitch", "Anthropic",
        "DeepMind", "Palantir", "Coinbase",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The openings of surnames written with a capital inside ("McConnell", "MacArthur", "DeSantis", "LeBron", "DiCaprio",
    /// "VanDyke"): a word with such a hump is a person's name, where other humped words name companies ("WeWork",
    /// "SoftBank", "JetBlue"; see <see cref="Entities.CompanyNames"/>).
    /// </summary>
    public static readonly FrozenSet<string> HumpedSurnamePrefixes = new[]
    {
        "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "St", "Del", "Della", "Dos", "Das", "Ben", "Al", "El",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs of saying in the present or past tense: a one-word MISC name right before one is an organisation
    /// ("Nissan says", "Toyota reported"; see <see cref="Entities.CompanyNames"/>). Forms that are also plural nouns
    /// ("Northeastern states", "radio reports", "claims") are not here.
    /// </summary>
    public static readonly FrozenSet<string> SayingVerbs = new[]
    {
        "says", "said", "announces", "announced", "reported", "tells", "told", "confirms", "confirmed", "denies", "denied",
        "stated", "adds", "added", "explains", "explained", "noted", "claimed", "warned", "insists", "insisted", "argued",
        "disclosed", "declined",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Adverbs that stand between a subject and its verb of doing ("Boeing also managed"): a one-word MISC name right
    /// before one is an organisation, as before a verb of saying (<see cref="Entities.CompanyNames"/>). Products, events
    /// and a nationality's adjective seldom act so.
    /// </summary>
    public static readonly FrozenSet<string> ActionAdverbs = new[] { "also" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that open an address or an exclamation, never a name: "Hey Twitter", "Oh Canada", "Dear Jane Roe" are
    /// tagged from the word after them (<see cref="Entities.NameOpenings"/>). "Yes", "No", "Hello" and "Please" are not
    /// here: they open names too ("Yes Bank", "No Labels", "Hello Kitty").
    /// </summary>
    public static readonly FrozenSet<string> Interjections = new[]
    {
        "Hey", "Oh", "Hi", "Dear", "Thanks", "Thank", "Wow", "Ah", "Ahh", "Ugh", "Yo", "Bye",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Particles that open a surname of several words ("Van Der Beek", "de la Cruz", "Al Nahyan"): such a surname, written
    /// alone after the document gave the full name, is the person (<see cref="Entities.SurnameConsistency"/>).
    /// </summary>
    public static readonly FrozenSet<string> SurnameParticles = new[]
    {
        "Van", "van", "Von", "von", "Der", "der", "Den", "den", "De", "de", "Da", "da", "Di", "di", "Du", "du", "La", "la", "Le", "le",
        "Del", "del", "Della", "della", "Dos", "dos", "Das", "das", "Ten", "ten", "Ter", "ter", "Al", "al", "El", "el", "Bin", "bin", "Ben", "ben",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Position abbreviations of American football, basketball, baseball and hockey that sports writing puts between a team
    /// and a player ("Browns DL Sheldon Richardson", "Lakers PG Jane Roe"): inside a name span the team comes before one and
    /// the person after it (<see cref="Entities.NewsNameForms"/>). Matched case-sensitively, all capitals.
    /// </summary>
    public static readonly FrozenSet<string> SportsPositions = new[]
    {
        "QB", "RB", "WR", "TE", "DL", "LB", "CB", "OL", "DE", "DT", "OT", "OG", "FB", "DB", "OLB", "ILB", "MLB", "EDGE",
        "PG", "SG", "SF", "PF", "LHP", "RHP", "SS", "RW", "LW", "GK",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Roles that news writes between an organisation and a person's name ("CBS co-anchor Dana Lee", "Federal Reserve Chair
    /// Jo Park", "Acme Chief Executive Ann Wu"): where the tagger runs the three into one span, the words before the role
    /// are the organisation and the capitalised words after it the person (<see cref="Entities.NewsNameForms"/>). Matched
    /// ignoring case. Roles that also open organisations' names ("General Motors", "Justice Department", "Secretary of
    /// State") are safe: a person's name after the role is required, and a name ending in an organisation's word is none.
    /// </summary>
    public static readonly FrozenSet<string> RolesBetweenOrganizationAndPerson = new[]
    {
        "anchor", "co-anchor", "anchorman", "anchorwoman", "host", "co-host", "correspondent", "reporter", "columnist", "editor",
        "commentator", "contributor", "producer", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "chairperson", "CEO", "founder", "co-founder", "president", "vice-president", "governor", "secretary",
        "minister", "director", "adviser", "advisor", "aide", "strategist", "analyst", "economist", "executive", "chief",
        "officer", "justice", "judge", "leader", "general", "mayor", "commissioner", "ambassador", "envoy", "pollster",
        "professor", "coach", "manager", "captain", "lawyer", "attorney", "counsel", "senator", "sen.", "rep.", "representative",
        "inspector", "deputy", "assistant", "senior", "managing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a role of a role, not an organisation before it: "Vice President", "Former Governor". Matched ignoring case.</summary>
    public static readonly FrozenSet<string> RoleModifiers = new[]
    {
        "vice", "former", "acting", "interim", "then", "outgoing", "incoming", "retired", "late", "new", "lead", "top",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The last word of a newspaper's name that opens with a place ("USA Today", "Denver Post"): the tagger
    /// types the place alone and leaves the word out; the two are the newspaper (<see cref="Entities.NewsNameForms"/>).
    /// Words that also follow a place in other names ("Star", "Sun", "Independent", "Leader": "Labour Leader", "Democrat":
    /// "a Texas Democrat") are not here.
    /// </summary>
    public static readonly FrozenSet<string> NewspaperNameEnds = new[]
    {
        "Today", "Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "Chronicle", "Inquirer", "Courier",
        "Examiner", "Observer", "Telegraph", "Dispatch", "Enquirer", "Register", "Bulletin", "Statesman",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that make a weekday a shopping day or a feast ("Black Friday", "Cyber Monday", "Super Tuesday", "Good Friday"):
    /// an event, not a name the tagger should type from its first word (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> WeekdayEventWords = new[]
    {
        "Black", "Cyber", "Super", "Good", "Ash", "Holy", "Giving", "Maundy", "Shrove", "Fat", "Bloody", "Manic", "Travel",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The days of the week, as they follow <see cref="WeekdayEventWords"/>.</summary>
    public static readonly FrozenSet<string> Weekdays = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations of common nouns (kinds of car, finance, technology, medicine) that the tagger, seeing capitals, types
    /// as organisations ("the new SUV", "its IPO", "PET bottles", "RGB lighting"): never a name on their own
    /// (<see cref="Entities.NewsNameForms"/>). Abbreviations that are also organisations ("AP", "GM", "EU") are not here.
    /// </summary>
    public static readonly FrozenSet<string> CommonNounAbbreviations = new[]
    {
        "SUV", "SUVs", "IPO", "IPOs", "PET", "RGB", "LED", "LEDs", "OLED", "LCD", "USB", "GPS", "HDR", "HDMI", "CEO", "CFO",
        "COO", "CTO", "EV", "EVs", "DIY", "FAQ", "PDF", "URL", "ATM", "DNA", "GDP", "ICU", "ICUs", "SMS", "NFT", "API", "VR",
        "4K", "5G", "4G", "LTE", "SSD", "RAM", "CPU", "GPU", "MRI", "HIV", "ADHD", "PTSD", "MVP", "EBITDA", "EPS", "ETF", "ETFs",
        "GPA", "APR", "ROI", "KPI", "KPIs",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Roles that a person holds in an organisation, written before "of": a one-word name after "CEO of" or "founder of"
    /// is the organisation, never a person (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> OrganizationRoles = new[]
    {
        "CEO", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chairperson", "owner", "co-owner", "CFO", "COO",
        "CTO", "executive", "employee", "employees", "shareholder", "shareholders", "spokesman", "spokeswoman", "spokesperson",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// What may follow a store's or brand's name written with "'s" ("Lowe's was", "Macy's, Kellogg's and"): punctuation,
    /// a conjunction or a verb, never the noun that a possessive needs (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> WordsAfterStoreNames = new[]
    {
        ",", ";", "and", "or", "was", "is", "has", "had", "said", "says", "reported", "will", "would",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Prepositions after which a one-word name is a place rather than a person ("in Charlotte", "outside Austin"):
    /// evidence for <see cref="Entities.PlaceConsistency"/>. "at", "to" and "from" also take people ("to Trump").
    /// </summary>
    public static readonly FrozenSet<string> PlacePrepositions = new[] { "in", "near", "outside", "throughout" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Persons believed in, not places, though the place list holds the word ("Göd" written without its accent): "believe in God".</summary>
    public static readonly FrozenSet<string> BelievedInPersons = new[] { "God", "Allah", "Jesus", "Christ", "Buddha" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Names of peoples and faiths, as nouns or adjectives, that a tagger trained on 1996 Reuters reads as persons or
    /// companies ("Latino voters" PER, "Hispanic" ORG): CoNLL types them MISC like "Mexican" or "Muslim" (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> PeopleNames = new[]
    {
        "Latino", "Latina", "Latinos", "Latinas", "Latinx", "Hispanic", "Hispanics", "Muslim", "Muslims",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Last words that make a name an organisation's whatever the words before it ("Clinton Foundation", "Brookings
    /// Institution", "Federal Election Commission"): a span of two or more words ending in one and typed a person or a
    /// place is the organisation (<see cref="Entities.NewsNameForms"/>). Not "Bank" ("West Bank"), nor words that end
    /// places or events too ("Center", "Club", "Trust").
    /// </summary>
    public static readonly FrozenSet<string> OrganizationSuffixes = new[]
    {
        "Foundation", "Institute", "Institution", "Corporation", "Corp.", "Inc.", "Inc", "Co.", "Ltd", "Ltd.", "LLC", "plc",
        "PLC", "Association", "Committee", "Commission", "Council", "Party", "Ministry", "Department", "Agency", "Fund",
        "University", "College", "Coalition", "Administration",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that end or fill organisations' names after a company's ("GE Healthcare", "Ford Motor Co.", "CBS Sports"): a
    /// name holding one after a company's name is the company or a part of it, not its product (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> OrganizationNameEnds = new[]
    {
        "Motor", "Motors", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Co", "Co.", "Company", "Group", "Holdings", "Holding",
        "Bank", "Bancorp", "Healthcare", "Health", "Airlines", "Airways", "Air", "Technologies", "Technology", "Sports", "News",
        "Media", "Entertainment", "Studios", "Capital", "Financial", "Finance", "Energy", "Pharmaceuticals", "Pharma",
        "Foundation", "Institute", "University", "Labs", "Laboratories", "Systems", "Networks", "Communications", "Ltd",
        "Ltd.", "LLC", "plc", "PLC", "AG", "SA", "NV", "SE", "International", "Industries", "Partners", "Ventures",
        "Securities", "Insurance", "Services", "Solutions", "Software", "Records", "Music", "Pictures", "Television", "TV",
        "Radio", "Press", "Publishing", "Foods", "Brands", "Stores", "Racing", "Team", "Club", "FC", "Union", "Council",
        "Association", "Party", "Ministry", "Department", "Agency", "Commission", "Committee", "Board", "Trust", "Fund",
        "Aerospace", "Defense", "Defence", "Electric", "Electronics", "Chemical", "Chemicals", "Steel", "Oil", "Gas",
        "Petroleum", "Mining", "Telecom", "Mobile", "Cloud", "Research", "Investments", "Management", "Logistics", "Auto",
        "Automotive", "Cars", "Trucks", "Rail", "Railways", "Shipping", "Lines", "Express", "Post", "Times", "Journal",
        "America", "USA", "Europe", "Asia", "Japan", "China", "India", "Germany", "UK", "Canada", "Australia",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns for a kind of manufactured thing (vehicles, devices, aircraft, spacecraft) that follow a product's name ("the Roadster
    /// compact sedan", "Orbit controllers", "737 Max jets"): a one-word name right before one is the product (MISC), and
    /// a name whose last word is one written with a capital ("Orbit Wireless Controller") too (<see cref="Entities.NewsNameForms"/>).
    /// Matched ignoring case. Nouns that also follow places or companies as a market or an industry ("market", "maker",
    /// "app", "water": "the Detroit car market" is caught by the word after) are not here.
    /// </summary>
    public static readonly FrozenSet<string> ProductKindNouns = new[]
    {
        "car", "cars", "sedan", "sedans", "coupe", "coupes", "hatchback", "hatchbacks", "crossover", "crossovers", "SUV", "SUVs",
        "minivan", "minivans", "roadster", "pickup", "pickups", "motorcycle", "motorcycles", "scooter", "scooters",
        "jet", "jets", "airliner", "airliners", "plane", "planes", "helicopter", "helicopters", "drone", "drones",
        "phone", "phones", "smartphone", "smartphones", "handset", "handsets", "laptop", "laptops", "tablet", "tablets",
        "console", "consoles", "controller", "controllers", "headphones", "earbuds", "headset", "headsets", "smartwatch",
        "monitor", "monitors", "camera", "cameras", "processor", "processors", "telescope", "telescopes", "spacecraft",
        "rover", "rovers", "lander", "landers",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that follow a market or an industry rather than a product ("the Detroit car market", "a Tokyo phone maker"):
    /// a product-kind noun followed by one names no product (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> IndustryWords = new[]
    {
        "market", "markets", "maker", "makers", "manufacturer", "manufacturers", "industry", "industries", "sales", "dealer",
        "dealers", "dealership", "factory", "factories", "plant", "plants", "company", "companies", "business", "unit",
        "division", "brand", "brands", "exports", "imports", "production", "sector",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns of a happening that a product-kind noun describes ("the Kestrel plane crash", "a drone strike", "a phone
    /// call"): the name before is whose it was (an airline, a group), not a product's (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> HappeningNouns = new[]
    {
        "crash", "crashes", "strike", "strikes", "attack", "attacks", "call", "calls", "bomb", "bombs", "bombing", "bombings",
        "accident", "accidents", "explosion", "fire", "chase", "hijacking", "footage", "fuel", "fleet", "order", "orders",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words right after a one-word name that make it a company acting ("Nissan is hoping", "Boeing also managed", "Ford
    /// has"): such a name the document writes with no article before it is no product (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> ActingWords = new[]
    {
        "is", "was", "has", "had", "will", "would", "also", "plans", "planned", "makes", "made", "sells", "sold", "builds",
        "built", "announces", "announced", "says", "said", "reported", "'s", "’s",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Lower-case nouns after a one-word name that make it a leader's surname ("the Obama administration", "a Trump
    /// presidency"): <see cref="Entities.SurnameConsistency"/> reads the name as the person throughout the document.
    /// </summary>
    public static readonly FrozenSet<string> LeaderTermNouns = new[] { "administration", "presidency" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Possessive words before a name: the thing after an owner is named by its make or maker ("his Navy jet", "Roe's Ford
    /// sedan"), not by its model (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> Possessives = new[]
    {
        "'s", "’s", "'", "’", "his", "her", "their", "its", "my", "our", "your", "His", "Her", "Their", "Its", "My", "Our", "Your",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The Moon, the planets and their best-known moons: a one-word name that is one, typed an organisation or MISC ("life off Earth" ORG), is a
    /// place, as CoNLL types places (<see cref="Entities.NewsNameForms"/>). A person so named ("Mercury") is left.
    /// </summary>
    public static readonly FrozenSet<string> CelestialBodies = new[]
    {
        "Moon", "Earth", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Ceres",
        "Europa", "Ganymede", "Callisto", "Enceladus", "Triton", "Phobos", "Deimos", "Charon",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A position of American football, baseball, basketball or hockey written in lower case between a team and a player
    /// ("Pittsburgh center Jane Roe", "Chicago pitcher John Doe"): the place before it is the team, an organisation
    /// (<see cref="Entities.NewsNameForms"/>). Roles of sports that national sides play ("captain", "coach", "striker",
    /// "scrum-half") are not here: CoNLL types "England captain Will Carling"'s country a place.
    /// </summary>
    public static readonly FrozenSet<string> SportsRoles = new[]
    {
        "quarterback", "center", "guard", "tackle", "linebacker", "cornerback", "receiver", "kicker", "punter", "lineman",
        "pitcher", "catcher", "shortstop", "outfielder", "infielder", "slugger", "reliever", "defenseman",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs that open a web page's call to action ("Get Cycle Monthly delivered", "Learn more about"): at a sentence's
    /// start they are no part of a name the tagger runs them into (<see cref="Entities.NewsNameForms"/>). Verbs that
    /// are also names or open them ("Read", "Discover", "Check", "Visit") are not here.
    /// </summary>
    public static readonly FrozenSet<string> CallToActionVerbs = new[]
    {
        "Get", "Learn", "Subscribe", "Download", "Click", "Explore", "Register", "Unlock",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words naming a kind of public or private body, written with a capital right after the rest of its name ("Science
    /// Mission Directorate") or before "of the" ("Office of the Inspector General"): part of the organisation's name
    /// (<see cref="Entities.NewsNameForms"/>).
    /// </summary>
    public static readonly FrozenSet<string> OfficeWords = new[]
    {
        "Office", "Directorate", "Department", "Division", "Bureau", "Administration", "Agency", "Authority", "Commission",
        "Committee", "Council", "Secretariat", "Inspectorate", "Ministry", "Institute", "Foundation", "Association", "Society",
    }.ToFrozenSet(StringComparer.Ordinal);
}
