namespace Lede.Corpus.Stories;

/// <summary>
/// Settings of <see cref="StoryClusterer"/>. An article joins the best candidate story when
/// text similarity + <see cref="EntityWeight"/> × entity overlap reaches
/// <see cref="JoinThreshold"/> + <see cref="TimePenalty"/> × ln(1 + gap days / <see cref="TimeScaleDays"/>),
/// where the gap is the distance from the article's date to the story's date span.
/// </summary>
public sealed record StoryClustererOptions
{
    /// <summary>
    /// Score an article needs to join a story published the same day (default 0.28). Chosen on 2026-11-27 with
    /// <see cref="BurstWeight"/> 1.4, <see cref="BurstSupport"/> 1 and <see cref="CentroidBurstsNow"/> off, against
    /// three checks (docs/corpus.md): the PolNeAR real-news labels (broad events, where recall is what is missing), the
    /// synthetic rewrites, and the development web pages of many sites (where nearly every join is a false merge). The
    /// earlier 0.25 / 0.16 with bursts as known now had been chosen on PolNeAR alone and joined three wrong pairs of web
    /// pages for every right one.
    /// </summary>
    public double JoinThreshold { get; init; } = 0.28;

    /// <summary>
    /// Score an article needs to join a story that holds one article so far, published the same day (default 0.22;
    /// the lower of this and <see cref="JoinThreshold"/> applies). Two outlets' accounts of one event share only its
    /// few names and words, while a story that already has several articles is matched against a centroid and keeps
    /// the stricter threshold. 0.18 since the fourteenth session's `stories2` round (with <see cref="MergeThreshold"/>
    /// 0.32 and <see cref="MergeCandidateSlack"/> 0.1; it was 0.22): see <see cref="MergeCandidateSlack"/>.
    /// </summary>
    public double PairJoinThreshold { get; init; } = 0.18;

    /// <summary>
    /// Cosine an article needs with a member of a story, published the same day, to join it through that member
    /// (default 2: off; values above 1 turn the link off), raised by <see cref="TimePenalty"/> per log-step of the days
    /// between the two articles. Both vectors weigh their terms by the bursts around the new article's day as known
    /// when it arrives, so an event's first reports, which arrived before its words burst, still match its later ones.
    /// A story then qualifies when its centroid (<see cref="JoinThreshold"/>) or its closest articles are close enough.
    /// Off by default because it trades precision for recall: on the PolNeAR real-news check 0.13 (chosen on the tuning
    /// half) lifts labelled-only pairwise F1 from 0.515 to 0.612 by date and 0.453 to 0.568 shuffled (held-out half
    /// 0.481 to 0.544 and 0.412 to 0.516), but strict F1 with the audited labels falls from 0.439 to 0.422, and the
    /// synthetic check (shuffled / by date) from 0.907 / 0.895 to 0.777 / 0.799; 0.24 still to 0.873 (2026-11-26).
    /// </summary>
    public double NearestArticleThreshold { get; init; } = 2;

    /// <summary>
    /// Closest articles whose margins are averaged when a story of two or more articles is judged by
    /// <see cref="NearestArticleThreshold"/>: 1 (the single closest) or 2 (default: the mean of the two closest).
    /// </summary>
    public int NearestArticleSupport { get; init; } = 2;

    /// <summary>
    /// Whether a story's centroid weighs each word it shares with a new article by the word's burst as known now, when
    /// that is more than at its members' arrival (default false). An event's first reports arrive before its words
    /// burst, so their weights undervalue the very words later accounts share. The re-weighted dot product is divided by
    /// the centroid's norm at arrival, not the re-weighted norm: that would also raise every burst word of the story the
    /// article does not share, and measured so it lowered real-news F1 (labelled only 0.515 to 0.43 by date). Only
    /// stories within <see cref="BurstWindowDays"/> of the article are re-weighted: a story weeks away used the word for
    /// another happening.
    /// Off by default since the thirteenth session (2026-11-27): re-weighing the story's side too doubled the weight of a
    /// rare word two articles of one day share, which on the development web pages joined unrelated pages (web check F1
    /// 0.40 with it, 0.69 without, at the old thresholds). It was on from the ninth session, when the real-news labels
    /// covered every PolNeAR article (fourth pass) and the
    /// synthetic check stopped counting joins of one hand-checked event as errors. Real news, date / shuffled arrival:
    /// strict F1 over all 928 articles 0.373 / 0.364 to 0.397 / 0.411; labelled articles only 0.405 / 0.407 to 0.483 /
    /// 0.543 (precision 0.98 / 0.97 to 0.95 / 0.88); tuning half 0.451 / 0.514 to 0.548 / 0.622, held-out half 0.381 /
    /// 0.345 to 0.445 / 0.491. The synthetic check falls from 0.951 / 0.944 to 0.887 / 0.931 (shuffled / by date), and
    /// about two thirds of the joins it adds on real news involve an article no label puts in an event (most of them
    /// same-topic or chance joins of a rare word two articles share): it trades precision for recall, on the best frontier
    /// measured.
    /// </summary>
    public bool CentroidBurstsNow { get; init; }

    /// <summary>Weight of the share of the article's main entities the story already names (default 0.15).</summary>
    public double EntityWeight { get; init; } = 0.15;

    /// <summary>
    /// Weight of the share of a grown story's signature that the article holds (default 0: off). The signature is the
    /// <see cref="SignatureTerms"/> terms kept by most of the story's members (at least two), IDF-weighted: what the
    /// accounts so far agree the event is. Off by default because it trades precision for recall: on the PolNeAR
    /// real-news check 0.3 lifts recall among labelled articles from 0.27 to 0.33 (by date) at precision 1.00 there,
    /// but strict precision falls from 0.61 to 0.46 and the synthetic check from 0.936 / 0.939 to 0.923 / 0.914; 0.15 with
    /// <see cref="JoinThreshold"/> 0.32 keeps the synthetic figure but gains only 0.02 recall (2026-11-26).
    /// </summary>
    public double SignatureWeight { get; init; } = 0;

    /// <summary>
    /// Extra score an article needs to join a story when its headline shares no term with the headline of any of the
    /// story's articles (default 0.07; 0 turns it off). A headline names the happening, so two accounts of one name it
    /// alike (the company, the storm, the bill), while pages of one topic and days that share body words (deals and
    /// prices; trade and tariffs; a war's places) have headlines about different things. On the development web pages it
    /// lifted the web check from 0.783 / 0.853 to 0.857 / 0.879 (date / shuffled; precision 0.71 / 0.78 to 0.84 / 0.83)
    /// and the synthetic one from 0.945 / 0.943 to 0.951 / 0.951 (shuffled / date), at a cost on PolNeAR, whose
    /// same-event pairs are often different angles under different headlines (audited strict F1 0.367 / 0.365 to 0.335 /
    /// 0.325); 2026-11-27, fourteenth session, docs/corpus.md. Words of the piece's form (<c>CorpusRules.HeadlineFormWords</c>:
    /// "key", "questions", "takeaways", "live") are not shared terms: "7 key questions" before a debate had joined "Key
    /// moments" of an impeachment hearing (eighteenth session).
    /// </summary>
    public double HeadlineMissPenalty { get; init; } = 0.07;

    /// <summary>
    /// Extra score an article needs to join a story when neither names the other's *key name* (default 0.2; 0 turns it
    /// off). An article's key names are the <see cref="KeyNames"/> rarest words of its headline that are words of a name
    /// its body gives (the teams, the town, the company); the article misses the story when none of its key names is
    /// among the story's terms or names, none of the story's members' key names is among the article's terms or names,
    /// and the two share no name that at most 4 % of the articles give (a rare shared name ties them whatever their
    /// headlines name). A wire's day holds many happenings of one kind told alike ("X beat Y in a World Cup qualifier",
    /// one league's results of two days): they share every word but the names that say which happening it is.
    /// Twentieth session (stories7): the wire check (CoNLL-2003 Reuters stories) 0.507 / 0.361 → 0.687 / 0.492 (date /
    /// shuffled), PolNeAR audited strict 0.467 / 0.491 → 0.469 / 0.492, web 0.889 / 0.938 and synthetic 0.966 / 0.958
    /// unchanged. With a 2 % bar for the shared name PolNeAR shuffled fell to 0.460: the Democratic convention's angles
    /// (a celebrity in the hall, a speech, a protest) have different key names and share only the city and the party;
    /// docs/corpus.md.
    /// </summary>
    public double KeyNameMissPenalty { get; init; } = 0.2;

    /// <summary>
    /// Extra score a join needs when the article's opening figures (the numbers of its headline and first
    /// <see cref="NumberLedeWords"/> words; years, ISO dates and days after a month name left out) meet none of those of
    /// the story's recent members (default 0.1; 0: off). Two matches of one day, or one league's tables of two days, are
    /// told in one frame with different scores; accounts of one happening give its figures. No penalty when either side
    /// gives no figure. Twenty-first session (stories8): the wire check 0.687 / 0.492 → 0.724 / 0.653 (date / shuffled),
    /// web 0.889 / 0.938 → 0.889 / 0.952, PolNeAR audited strict 0.469 / 0.492 → 0.472 / 0.498, synthetic 0.967 / 0.958 →
    /// 0.968 / 0.959; at 0.05 the shuffled wire gains nothing, at 0.15 the web check loses a pair; docs/corpus.md.
    /// </summary>
    public double NumberMissPenalty { get; init; } = 0.1;

    /// <summary>Body words read for an article's opening figures (default 40; see <see cref="NumberMissPenalty"/>).</summary>
    public int NumberLedeWords { get; init; } = 40;

    /// <summary>How many of a headline's names, rarest first, are its key names (default 1; see <see cref="KeyNameMissPenalty"/>).</summary>
    public int KeyNames { get; init; } = 1;

    /// <summary>Recurring terms that make a story's signature (default 10).</summary>
    public int SignatureTerms { get; init; } = 10;

    /// <summary>Extra score needed per log-step of distance in time (default 0.09): a story can develop over days, but a month apart needs much stronger evidence.</summary>
    public double TimePenalty { get; init; } = 0.09;

    /// <summary>
    /// Days apart an article without a date (or a story without one) counts as from the stories it is scored against
    /// (default 1: it needs the evidence of an article a day apart; 0 treats it as the same day, as before 2026-11-27).
    /// An undated page may be from any year: on the development web pages it had joined a recipe or a news page of
    /// another year through a few shared words (web check 0.730 / 0.795 → 0.750 / 0.817, synthetic unchanged).
    /// </summary>
    public double UndatedGapDays { get; init; } = 1;

    /// <summary>Days that count as one step of the time penalty (default 1).</summary>
    public double TimeScaleDays { get; init; } = 1;

    /// <summary>Articles further than this from a story's span never join it (default 60 days).</summary>
    public double MaxGapDays { get; init; } = 60;

    /// <summary>
    /// How much a term's weight grows per natural-log step of its burst: its share of the articles published within
    /// <see cref="BurstWindowDays"/> over its share of the whole corpus, scaled by <see cref="BurstSupport"/> (default
    /// 1.4; 0 turns bursts off). The words of one happening crowd its days; topic words do not. Bursts are what joins
    /// different outlets' accounts of one event on PolNeAR (off: real-news F1 0.14), and what joins unrelated pages of
    /// the same days that share one rare word (web check F1 0.40 at 0.7 with full weight for one shared article).
    /// </summary>
    public double BurstWeight { get; init; } = 1.4;

    /// <summary>
    /// How much evidence a burst needs (default 1): the burst's log-ratio is scaled by <c>k / (k + BurstSupport)</c>,
    /// where k is the number of other nearby articles that keep the term, so a word one other article of the same days
    /// happens to share counts half, and a word many share counts nearly in full (0: every shared word in full, as before
    /// 2026-11-27). In a corpus of unrelated pages a rare word two articles share ("accident", a county's name) had been
    /// raised as much as a happening's name that a dozen accounts repeat, and joined the two.
    /// </summary>
    public double BurstSupport { get; init; } = 1;

    /// <summary>
    /// Centroid cosine at which two stories merge when one article qualifies for both (default 0.28; above 1 never
    /// merges), raised by <see cref="TimePenalty"/> per log-step of the days between their spans: accounts of one
    /// event that started apart converge once an article bridges them. 0.32 since the fourteenth session's `stories2`
    /// round (was 0.28): alone it lifts the synthetic check from 0.951 / 0.951 to 0.966 / 0.957 (shuffled / date), leaves
    /// the web check as it was and lowers PolNeAR (0.335 / 0.325 to 0.329 / 0.312), which the merge candidates of
    /// <see cref="MergeCandidateSlack"/> and the lower <see cref="PairJoinThreshold"/> more than win back.
    /// </summary>
    public double MergeThreshold { get; init; } = 0.32;

    /// <summary>
    /// How far below its bar an article may score for another story and still bring it to <see cref="MergeThreshold"/>'s
    /// test with the story it joins (default 0.1; 0: only stories it qualifies for). An account that joins one of two
    /// stories of one event usually scores just short of the other, whose first articles shared too little to join; the
    /// centroid test (<see cref="MergeThreshold"/>) still decides. With it, the stricter merge bar and the lower
    /// <see cref="PairJoinThreshold"/> 0.18, the three checks all rose (web date / shuffled 0.857 / 0.879 to 0.875 / 0.899,
    /// synthetic shuffled / date 0.951 / 0.951 to 0.966 / 0.956, PolNeAR audited strict 0.335 / 0.325 to 0.350 / 0.355,
    /// recall 0.21 / 0.22 to 0.23 / 0.25); the pair threshold alone raised PolNeAR less and lowered synthetic
    /// (2026-11-27, docs/corpus.md).
    /// </summary>
    public double MergeCandidateSlack { get; init; } = 0.1;

    /// <summary>
    /// Centroid cosine at which two *loose* grown stories of the same days merge (default 0.20; above 1 never), raised
    /// by <see cref="TimePenalty"/> per log-step of the days between their spans. When an article joins a story of two or
    /// more, every other such story among its candidates within <see cref="LooseMergeGapDays"/> is tested, and both must
    /// be loose: the mean cosine between their members at most <see cref="LooseMergeMaxCohesion"/>. A broad event's
    /// angles (a convention's speeches, protests and celebrities) gather into several small stories whose members share
    /// little with each other, and whose centroids are as close to each other's as to their own members; a story of one
    /// account's copies and rewrites is tight, and two such stories of one topic must stay apart (on the synthetic check
    /// they did merge without the cohesion test: 0.966 → 0.845). Nineteenth session (stories6): PolNeAR audited strict F1
    /// 0.440 / 0.455 → 0.467 / 0.493 (date / shuffled), every half up, web and synthetic checks unchanged (with
    /// <see cref="LooseMergeMaxArticles"/>; docs/corpus.md).
    /// </summary>
    public double LooseMergeThreshold { get; init; } = 0.20;

    /// <summary>Days apart (between spans) at most for <see cref="LooseMergeThreshold"/> (default 2).</summary>
    public double LooseMergeGapDays { get; init; } = 2;

    /// <summary>
    /// Mean cosine between a story's members (the most recent 30) above which the story is tight and never merges by
    /// <see cref="LooseMergeThreshold"/> (default 0.25). Two accounts that joined at the pair threshold hold about 0.2–0.4.
    /// </summary>
    public double LooseMergeMaxCohesion { get; init; } = 0.25;

    /// <summary>
    /// Articles the two stories may hold together at most for <see cref="LooseMergeThreshold"/> to merge them (default 12).
    /// A merged story is loose by construction, so without a bound loose merges can chain a topic's stories of two days:
    /// with PolNeAR's year compressed into ten days (about 90 articles a day of one campaign) they made a story of 32
    /// primary-season articles (strict F1 0.187 → 0.135 by date; with the bound 0.182). On the checks no merge passes 12.
    /// </summary>
    public int LooseMergeMaxArticles { get; init; } = 12;

    /// <summary>
    /// Distinct stories of the days around a lone article whose openings must name a term for it to be an event anchor
    /// (default 7; 0 turns anchors off). A new article that forms a story of its own is linked with every other lone
    /// article published within <see cref="EventAnchorGapDays"/> whose headline or first
    /// <see cref="EventAnchorLedeWords"/> body words share an anchor with its own: a term that the openings of at least
    /// this many distinct stories within <see cref="BurstWindowDays"/> hold, that opens at least
    /// <see cref="EventAnchorShare"/> of those days' articles, and at least <see cref="EventAnchorBurst"/> times as often
    /// as the corpus's articles. A broad event's accounts (a convention week: a speech, the protests, a celebrity in the
    /// hall) share little but the event's name, which crowds the openings of its days; one outlet's lone account then
    /// finds the others by it. Only lone articles, and stories that anchors alone made, are linked: a grown story's
    /// members were placed by their content, and linking grown stories by one word merged different originals' rewrites
    /// on the synthetic check (stories of up to three articles: synthetic 0.966 / 0.956 to 0.945 / 0.945). Chosen on
    /// 2026-11-27 (seventeenth session, docs/corpus.md): PolNeAR audited strict 0.350 / 0.355 to 0.439 / 0.455 (date /
    /// shuffled), web and synthetic held.
    /// </summary>
    public int EventAnchorStories { get; init; } = 7;

    /// <summary>How many times as often as the corpus's an event anchor must open the articles of its days (default 4).</summary>
    public double EventAnchorBurst { get; init; } = 4;

    /// <summary>
    /// Share of the articles of the days around a lone article whose openings must hold an event anchor (default 0.2).
    /// In a corpus of many unrelated sites, common words of one language ("state", "former") cleared the other two tests
    /// in a week where that language's pages were few (web check 0.896 to 0.577 shuffled without this share).
    /// </summary>
    public double EventAnchorShare { get; init; } = 0.2;

    /// <summary>Body words after the headline that count as an article's opening for event anchors (default 30).</summary>
    public int EventAnchorLedeWords { get; init; } = 30;

    /// <summary>Days between a lone article and a story's span (lone or made by anchors) for an event anchor to link them (default 1).</summary>
    public double EventAnchorGapDays { get; init; } = 1;

    /// <summary>
    /// Whether bursts count stories instead of articles: a story counts once on each day it has articles, and once for each
    /// of its words (default false). Copies of one article crowd their days with its words as much as a happening's many
    /// accounts do; counted as one story they do not.
    /// </summary>
    public bool BurstsCountStories { get; init; }

    /// <summary>Days either side of an article that count as its time for <see cref="BurstWeight"/> (default 3).</summary>
    public double BurstWindowDays { get; init; } = 3;

    /// <summary>Terms kept per article vector (default 60, the highest TF-IDF first).</summary>
    public int TermsPerArticle { get; init; } = 60;

    /// <summary>Body words read per article (default 600): the lead says what the event is; the tail drifts into background.</summary>
    public int MaxBodyWords { get; init; } = 600;

    /// <summary>How many times a headline word counts (default 3): headlines name the event.</summary>
    public int HeadlineWeight { get; init; } = 3;

    /// <summary>Stories scored in full per article after the inverted-index pre-selection (default 24).</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>Most recent index entries read per term (default 400): bounds the work per article on huge corpora.</summary>
    public int MaxPostingsPerTerm { get; init; } = 400;

    /// <summary>Entities listed per story (default 8).</summary>
    public int TopEntityCount { get; init; } = 8;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid setting.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (JoinThreshold is <= 0 or > 2) errors.Add($"JoinThreshold must be in (0, 2] (was {JoinThreshold}).");
        if (PairJoinThreshold is <= 0 or > 2) errors.Add($"PairJoinThreshold must be in (0, 2] (was {PairJoinThreshold}).");
        if (NearestArticleThreshold is <= 0 or > 2) errors.Add($"NearestArticleThreshold must be in (0, 2] (was {NearestArticleThreshold}).");
        if (NearestArticleSupport is < 1 or > 2) errors.Add($"NearestArticleSupport must be 1 or 2 (was {NearestArticleSupport}).");
        if (EntityWeight is < 0 or > 1) errors.Add($"EntityWeight must be in [0, 1] (was {EntityWeight}).");
        if (SignatureWeight is < 0 or > 1) errors.Add($"SignatureWeight must be in [0, 1] (was {SignatureWeight}).");
        if (KeyNameMissPenalty is < 0 or > 2) errors.Add($"KeyNameMissPenalty must be in [0, 2] (was {KeyNameMissPenalty}).");
        if (NumberMissPenalty is < 0 or > 2) errors.Add($"NumberMissPenalty must be in [0, 2] (was {NumberMissPenalty}).");
        if (NumberLedeWords is < 0 or > 1000) errors.Add($"NumberLedeWords must be 0..1000 (was {NumberLedeWords}).");
        if (KeyNames is < 1 or > 10) errors.Add($"KeyNames must be 1..10 (was {KeyNames}).");
        if (HeadlineMissPenalty is < 0 or > 1) errors.Add($"HeadlineMissPenalty must be in [0, 1] (was {HeadlineMissPenalty}).");
        if (SignatureTerms is < 1 or > 100) errors.Add($"SignatureTerms must be 1..100 (was {SignatureTerms}).");
        if (TimePenalty is < 0 or > 1) errors.Add($"TimePenalty must be in [0, 1] (was {TimePenalty}).");
        if (TimeScaleDays <= 0) errors.Add($"TimeScaleDays must be positive (was {TimeScaleDays}).");
        if (MaxGapDays < 0) errors.Add($"MaxGapDays must not be negative (was {MaxGapDays}).");
        if (BurstWeight is < 0 or > 10) errors.Add($"BurstWeight must be in [0, 10] (was {BurstWeight}).");
        if (BurstSupport is < 0 or > 100) errors.Add($"BurstSupport must be in [0, 100] (was {BurstSupport}).");
        if (UndatedGapDays is < 0 or > 365) errors.Add($"UndatedGapDays must be in [0, 365] (was {UndatedGapDays}).");
        if (MergeThreshold is <= 0 or > 2) errors.Add($"MergeThreshold must be in (0, 2] (was {MergeThreshold}).");
        if (EventAnchorStories is < 0 or > 10_000) errors.Add($"EventAnchorStories must be 0..10000 (was {EventAnchorStories}).");
        if (EventAnchorBurst is < 0 or > 1000) errors.Add($"EventAnchorBurst must be in [0, 1000] (was {EventAnchorBurst}).");
        if (EventAnchorShare is < 0 or > 1) errors.Add($"EventAnchorShare must be in [0, 1] (was {EventAnchorShare}).");
        if (EventAnchorLedeWords is < 0 or > 10_000) errors.Add($"EventAnchorLedeWords must be 0..10000 (was {EventAnchorLedeWords}).");
        if (EventAnchorGapDays is < 0 or > 60) errors.Add($"EventAnchorGapDays must be in [0, 60] (was {EventAnchorGapDays}).");
        if (LooseMergeThreshold is <= 0 or > 2) errors.Add($"LooseMergeThreshold must be in (0, 2] (was {LooseMergeThreshold}).");
        if (LooseMergeGapDays is < 0 or > 60) errors.Add($"LooseMergeGapDays must be in [0, 60] (was {LooseMergeGapDays}).");
        if (LooseMergeMaxArticles < 2) errors.Add($"LooseMergeMaxArticles must be at least 2 (was {LooseMergeMaxArticles}).");
        if (LooseMergeMaxCohesion is < 0 or > 1) errors.Add($"LooseMergeMaxCohesion must be in [0, 1] (was {LooseMergeMaxCohesion}).");
        if (MergeCandidateSlack is < 0 or > 1) errors.Add($"MergeCandidateSlack must be in [0, 1] (was {MergeCandidateSlack}).");
        if (BurstWindowDays is < 0 or > 60) errors.Add($"BurstWindowDays must be in [0, 60] (was {BurstWindowDays}).");
        if (TermsPerArticle is < 1 or > 1000) errors.Add($"TermsPerArticle must be 1..1000 (was {TermsPerArticle}).");
        if (MaxBodyWords < 10) errors.Add($"MaxBodyWords must be at least 10 (was {MaxBodyWords}).");
        if (HeadlineWeight is < 0 or > 20) errors.Add($"HeadlineWeight must be 0..20 (was {HeadlineWeight}).");
        if (MaxCandidates < 1) errors.Add($"MaxCandidates must be at least 1 (was {MaxCandidates}).");
        if (MaxPostingsPerTerm < 1) errors.Add($"MaxPostingsPerTerm must be at least 1 (was {MaxPostingsPerTerm}).");
        if (TopEntityCount < 0) errors.Add($"TopEntityCount must not be negative (was {TopEntityCount}).");
        if (errors.Count > 0) throw new ArgumentException("Invalid story clusterer options: " + string.Join(" ", errors));
    }
}
