using System.Text;
using Lede.Analysis.Model;
using Lede.Corpus.Duplicates;
using Lede.Corpus.Rules;
using Lede.Corpus.Storage;
using Lede.Extraction.Model;

namespace Lede.Corpus.Stories;

/// <summary>
/// Groups articles into stories as they arrive, in any order of dates. Each article becomes a
/// TF-IDF vector of its headline and lead (IDF maintained incrementally over everything seen; terms that
/// burst in the surrounding days weigh more, see <see cref="StoryClustererOptions.BurstWeight"/>) plus
/// a set of named entities. Candidate stories come from an inverted index of terms and entities
/// (recent postings first, bounded per term, so the work per article does not grow with the corpus);
/// each candidate is scored by cosine similarity to the story's centroid plus IDF-weighted entity overlap, against a
/// threshold that rises with the distance in time; optionally (<see cref="StoryClustererOptions.NearestArticleThreshold"/>)
/// a story also qualifies when its closest articles are close enough on their own.
/// Deterministic: the same articles in the same order give the same stories. Thread-safe.
/// </summary>
public sealed class StoryClusterer
{
    private const uint StateMagic = 0x4C445354; // "LDST"
    // 2 adds where merged stories went, 3 the term weights before bursts, 4 the opening's terms and stories made by anchors,
    // 5 the analysis's names of each article (what stories show)
    private const int StateVersion = 6;
    private const int ShownNamesPerArticle = 16;
    private const int QueryTerms = 24;
    private const double BackgroundDocuments = 50;
    private const int MaxEntitiesCompared = 10;
    private const double CoreEntityShare = 0.34;
    private const double MaxBurst = 3;
    private const int CohesionMembers = 30;
    private const double SpecificNameShare = 0.04; // a name at most this share of the articles give (at least two) ties two of them

    // A story's second-closest article counts as at least this far below the bar, so that one close article alone
    // carries a grown story only when it clears the bar by twice as much (see NearestArticleMargins).
    private const double SupportFloor = 0.1;

    private readonly StoryClustererOptions _options;
    private readonly object _gate = new();

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _termDf = [];
    private readonly List<List<int>> _termPostings = [];
    private readonly List<int> _termKept = []; // dated articles whose kept terms hold the term
    private readonly List<List<int>> _ledePostings = []; // per term, the articles whose headline or opening holds it, in arrival order
    private readonly List<int> _ledeKept = []; // dated articles whose headline or opening holds the term
    private readonly Dictionary<int, int> _anchorHolders = [];

    // Per term, the articles that keep it with their weight before bursts, in arrival order: finds an article's nearest
    // earlier articles. Filled only while the nearest-article link is on (ReadState rebuilds it under the new options).
    private readonly List<List<(int Article, float Tf)>> _articlePostings = [];
    private double[] _nearDot = [];
    private readonly List<int> _nearTouched = [];
    private readonly Dictionary<int, double> _nearMargins = [];
    private readonly Dictionary<int, (double Best, double Second)> _nearTop = [];

    // Kept terms of dated articles per publication day (UTC): how often a word appears in the days around an article.
    private readonly Dictionary<long, Dictionary<int, int>> _dayTerms = [];
    private readonly Dictionary<long, int> _dayArticles = [];
    private int _datedArticles;

    private readonly Dictionary<string, int> _entityIds = new(StringComparer.Ordinal);
    private readonly List<StoryEntity> _entities = []; // display name and type; Count unused
    private readonly Dictionary<int, int[]> _entityTerms = [];
    private readonly List<int> _ownKeys = [];
    private readonly List<int> _memberKeys = [];
    private readonly List<int> _entityDf = [];
    private readonly List<List<int>> _entityPostings = [];

    // The analysis's names as articles give them, by normalised name and type: what stories show (see RankNames). Kept
    // apart from the guessed names above, which alone are scored.
    private readonly Dictionary<(string Key, string? Type), int> _shownIds = [];
    private readonly List<(string Key, StoryEntity Name)> _shownNames = []; // Count unused

    private readonly List<StoryArticleState> _articles = [];
    private readonly Dictionary<string, int> _articleIndex = new(StringComparer.Ordinal);
    private readonly List<StoryClusterState> _stories = [];
    private readonly Dictionary<string, int> _storyIndex = new(StringComparer.Ordinal);
    private int[] _voteStamp = [];
    private readonly List<(int Term, double Weight)> _signature = [];
    private int _stamp;

    public StoryClusterer(StoryClustererOptions? options = null)
    {
        _options = options ?? new StoryClustererOptions();
        _options.Validate();
    }

    public StoryClustererOptions Options => _options;

    /// <summary>Number of articles added.</summary>
    public int Count
    {
        get { lock (_gate) return _articles.Count; }
    }

    /// <summary>Adds an extracted article (and its analysis when it ran).</summary>
    public StoryAssignment Add(string docId, NewsArticle article, ArticleAnalysis? analysis = null, string? duplicateOf = null) =>
        Add(StoryDocument.From(docId, article, analysis, duplicateOf));

    /// <summary>Adds an article and says which story it joined. Adding an id again returns its story and changes nothing.</summary>
    public StoryAssignment Add(StoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.DocId);
        var termCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var headlineTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(document.Headline) && _options.HeadlineWeight > 0)
        {
            TermCounter.Count(document.Headline, 64, 1, headlineTerms);
            foreach (var (term, count) in headlineTerms) termCounts[term] = count * _options.HeadlineWeight;
        }
        TermCounter.Count(document.Body ?? "", _options.MaxBodyWords, 1, termCounts);
        // The headline and opening words, where an account names its happening: what event anchors are read from.
        Dictionary<string, int>? ledeTerms = null;
        if (_options.EventAnchorStories > 0)
        {
            ledeTerms = new Dictionary<string, int>(headlineTerms, StringComparer.Ordinal);
            TermCounter.Count(document.Body ?? "", _options.EventAnchorLedeWords, 1, ledeTerms);
        }
        // Stories are scored on names guessed from the text even where the analysis found entities: the settings were
        // tuned on them, and on the real-news check the analysis's linked entities (canonical full names, parties,
        // nationalities) join fewer same-event pairs (audited strict F1 0.364 / 0.373 in date / shuffled order against
        // 0.397 / 0.411; their union 0.363 / 0.384). The analysis's names are what the story shows (RankNames).
        var entities = EntityGuesser.Guess(document.Body ?? "", _options.MaxBodyWords, document.Language);
        var ledeNumbers = _options.NumberMissPenalty > 0 ? LedeNumbers.Of(document.Headline, document.Body, _options.NumberLedeWords) : null;
        // The analysis's own names, full and typed, are what the story shows of the article.
        var shown = ShownNamesOf(document.Entities);

        lock (_gate)
        {
            if (_articleIndex.TryGetValue(document.DocId, out var known))
            {
                var a = _articles[known];
                return new StoryAssignment(a.DocId, _stories[Resolve(a.Story)].Id, false, a.Score);
            }

            var article = Register(document, termCounts, entities);
            article.HeadlineTerms = TermIds(headlineTerms.Keys);
            if (ledeTerms is not null) article.LedeTerms = TermIds(ledeTerms.Keys);
            if (ledeNumbers is not null) article.LedeNumbers = ledeNumbers;
            if (shown is not null) (article.ShownNames, article.ShownMentions) = ShownIds(shown);
            if (document.Entities is not null) TypeNames(document.Entities);
            var (story, score, alsoQualified, candidates) = ChooseStory(article, document.DuplicateOf);
            var isNew = story < 0;
            if (isNew) story = CreateStory(document.DocId);
            article.Story = story;
            article.Score = score;
            // Judged before the article joins, so that its own words do not make the stories look alike.
            var converged = alsoQualified is null ? null : Converged(story, alsoQualified);
            Join(article, story);
            if (converged is not null) story = MergeAll(story, converged);
            // A broad event's loose stories meet once one of them grows (see LooseNeighbours).
            var loose = candidates is null ? null : LooseNeighbours(story, candidates);
            if (loose is not null)
            {
                story = MergeAll(story, loose);
                converged = loose;
            }
            // Joined or merged by content, a story's membership rests on its words from now on.
            if (!isNew || converged is not null) _stories[story].AnchorOnly = false;
            var anchored = isNew ? Anchored(story) : null;
            if (anchored is not null)
            {
                story = MergeAll(story, anchored);
                // A story made by anchors alone stays open to the event's next lone accounts (see Anchored).
                _stories[story].AnchorOnly = true;
            }
            return new StoryAssignment(document.DocId, _stories[story].Id, isNew, score);
        }
    }

    /// <summary>The story an article is in, or null for an unknown article.</summary>
    public string? GetStoryId(string docId)
    {
        lock (_gate)
        {
            return _articleIndex.TryGetValue(docId, out var i) ? _stories[Resolve(_articles[i].Story)].Id : null;
        }
    }

    /// <summary>One story by id, or null.</summary>
    public Story? GetStory(string storyId)
    {
        lock (_gate)
        {
            // A merged story's id still finds the story its articles went to.
            return _storyIndex.TryGetValue(storyId, out var s) ? Describe(_stories[Resolve(s)]) : null;
        }
    }

    /// <summary>Stories with at least <paramref name="minArticles"/> articles, the latest activity first.</summary>
    public IReadOnlyList<Story> GetStories(int minArticles = 1)
    {
        lock (_gate)
        {
            return _stories
                .Where(s => s.Members.Count >= minArticles)
                .Select(Describe)
                .OrderByDescending(s => s.LastSeen ?? DateTimeOffset.MinValue)
                .ThenByDescending(s => s.Articles.Count)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>
    /// How much a kept term's weight is raised for an article published at <paramref name="date"/>, as the clusterer knows
    /// the days around it now (1: no burst, or an unknown term). <paramref name="term"/> as the clusterer keeps it
    /// (lower case, plurals folded).
    /// </summary>
    internal double BurstOf(string term, DateTimeOffset date)
    {
        lock (_gate)
        {
            if (!_termIds.TryGetValue(term, out var t) || _datedArticles == 0) return 1;
            var day = DayOf(date);
            return BurstFactor(t, day, NearbyArticles(day));
        }
    }

    /// <summary>
    /// For error analysis: the cosine of two articles' vectors as stored at their arrival (IDF as of now), the terms they
    /// share with each one's contribution to it, strongest first, and the guessed names they share.
    /// </summary>
    internal (double Cosine, List<(string Term, double Contribution)> Shared, List<string> Entities) ExplainPair(string docA, string docB)
    {
        lock (_gate)
        {
            var a = _articles[_articleIndex[docA]];
            var b = _articles[_articleIndex[docB]];
            var n = _articles.Count;
            double Norm(StoryArticleState x) => Math.Sqrt(x.Terms.Select((t, i) => Math.Pow(x.Tf[i] * Idf(_termDf[t], n), 2)).Sum());
            var weightsB = b.Terms.Select((t, i) => (t, w: b.Tf[i] * Idf(_termDf[t], n))).ToDictionary(x => x.t, x => x.w);
            var norms = Norm(a) * Norm(b);
            var shared = new List<(string, double)>();
            for (var i = 0; i < a.Terms.Length; i++)
            {
                if (weightsB.TryGetValue(a.Terms[i], out var wb)) shared.Add((_terms[a.Terms[i]], a.Tf[i] * Idf(_termDf[a.Terms[i]], n) * wb / norms));
            }
            shared.Sort((x, y) => y.Item2.CompareTo(x.Item2));
            var entities = a.Entities.Take(MaxEntitiesCompared).Intersect(b.Entities.Take(MaxEntitiesCompared)).Select(e => _entities[e].Name).ToList();
            return (shared.Sum(x => x.Item2), shared, entities);
        }
    }

    /// <summary>For tests and error analysis: an article's key names (see <see cref="StoryClustererOptions.KeyNameMissPenalty"/>), IDF as of now.</summary>
    internal List<string> KeyNamesOf(string docId)
    {
        lock (_gate) return KeyNameTerms(_articles[_articleIndex[docId]], []).Select(t => _terms[t]).ToList();
    }

    /// <summary>For tests and error analysis: the <see cref="Cohesion"/> of the story an article is in, as of now.</summary>
    internal double CohesionOf(string docId)
    {
        lock (_gate) return Cohesion(_stories[Resolve(_articles[_articleIndex[docId]].Story)], _articles.Count);
    }

    /// <summary>For error analysis: an article's kept terms (weight at arrival, weight before bursts, document frequency now), headline and opening terms.</summary>
    internal (List<(string Term, double Weight, double Raw, int Df)> Terms, List<string> Headline, List<string> Lede) DescribeArticle(string docId)
    {
        lock (_gate)
        {
            var a = _articles[_articleIndex[docId]];
            var terms = a.Terms.Select((t, i) => (_terms[t], (double)a.Tf[i], (double)a.RawTf[i], _termDf[t])).ToList();
            return (terms, a.HeadlineTerms.Select(t => _terms[t]).ToList(), a.LedeTerms.Select(t => _terms[t]).ToList());
        }
    }

    /// <summary>Writes vocabulary, document frequencies, article vectors and assignments, so <see cref="ReadState"/> restores this exact clusterer.</summary>
    public void WriteState(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        lock (_gate)
        {
            using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            w.Write(StateMagic);
            w.Write(StateVersion);
            w.Write(_terms.Count);
            for (var t = 0; t < _terms.Count; t++)
            {
                w.Write(_terms[t]);
                w.Write(_termDf[t]);
            }
            w.Write(_entities.Count);
            for (var e = 0; e < _entities.Count; e++)
            {
                w.Write(_entities[e].Name);
                WriteNullable(w, _entities[e].Type);
                w.Write(_entityDf[e]);
            }
            w.Write(_shownNames.Count);
            foreach (var (_, name) in _shownNames)
            {
                w.Write(name.Name);
                WriteNullable(w, name.Type);
            }
            w.Write(_stories.Count);
            foreach (var story in _stories)
            {
                w.Write(story.Id);
                w.Write(story.MergedInto);
                w.Write(story.AnchorOnly);
            }
            w.Write(_articles.Count);
            foreach (var a in _articles)
            {
                w.Write(a.DocId);
                WriteNullable(w, a.Headline);
                WriteNullable(w, a.Source);
                WriteNullable(w, a.Url);
                w.WriteOptionalDate(a.Published);
                w.Write(a.Story);
                w.Write(a.Score);
                w.Write(a.Terms.Length);
                for (var i = 0; i < a.Terms.Length; i++)
                {
                    w.Write(a.Terms[i]);
                    w.Write(a.Tf[i]);
                    // The weight before bursts is 1 + ln(count) of a whole count: the count restores it exactly in a byte or two.
                    w.Write7BitEncodedInt((int)Math.Round(Math.Exp(a.RawTf[i] - 1)));
                }
                w.Write(a.Entities.Length);
                foreach (var e in a.Entities) w.Write(e);
                w.Write7BitEncodedInt(a.LedeTerms.Length);
                foreach (var t in a.LedeTerms) w.Write7BitEncodedInt(t);
                // 0: no analysed names (its guessed names show); else one more than their number.
                w.Write7BitEncodedInt(a.ShownNames is null ? 0 : a.ShownNames.Length + 1);
                for (var k = 0; k < (a.ShownNames?.Length ?? 0); k++)
                {
                    w.Write7BitEncodedInt(a.ShownNames![k]);
                    w.Write7BitEncodedInt(a.ShownMentions![k]);
                }
                w.Write7BitEncodedInt(a.LedeNumbers.Length);
                foreach (var x in a.LedeNumbers) w.Write(x);
            }
        }
    }

    /// <summary>State as bytes (see <see cref="WriteState"/>).</summary>
    public byte[] ExportState()
    {
        using var ms = new MemoryStream();
        WriteState(ms);
        return ms.ToArray();
    }

    /// <summary>Restores a clusterer written by <see cref="WriteState"/>; new articles then cluster as if nothing had been interrupted.</summary>
    public static StoryClusterer ReadState(Stream stream, StoryClustererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var c = new StoryClusterer(options);
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadUInt32() != StateMagic) throw new FormatException("Not a story clusterer state.");
            var version = r.ReadInt32();
            if (version is < 1 or > StateVersion) throw new FormatException($"Story clusterer state version {version} is not readable here.");
            var terms = ReadCount(r);
            for (var t = 0; t < terms; t++)
            {
                var id = c.TermId(r.ReadString());
                if (id != t) throw new FormatException("Duplicate term in story clusterer state.");
                c._termDf[t] = r.ReadInt32();
            }
            var entities = ReadCount(r);
            for (var e = 0; e < entities; e++)
            {
                var id = c.EntityId(new StoryEntity(r.ReadString(), ReadNullable(r), 0));
                if (id != e) throw new FormatException("Duplicate entity in story clusterer state.");
                c._entityDf[e] = r.ReadInt32();
            }
            // Before version 5 the analysis's names were not kept: the stories show the guessed names.
            var shownNames = version >= 5 ? ReadCount(r) : 0;
            for (var e = 0; e < shownNames; e++)
            {
                var name = new StoryEntity(r.ReadString(), ReadNullable(r), 0);
                if (c.ShownId(NormaliseName(name.Name), name) != e) throw new FormatException("Duplicate shown name in story clusterer state.");
            }
            var stories = ReadCount(r);
            for (var s = 0; s < stories; s++)
            {
                var id = r.ReadString();
                var mergedInto = version >= 2 ? r.ReadInt32() : -1;
                var anchorOnly = version >= 4 && r.ReadBoolean();
                c._storyIndex.Add(id, s);
                c._stories.Add(new StoryClusterState(id) { MergedInto = mergedInto, AnchorOnly = anchorOnly });
            }
            foreach (var story in c._stories)
            {
                if (story.MergedInto != -1) CheckIndex(story.MergedInto, stories);
            }
            var articles = ReadCount(r);
            for (var i = 0; i < articles; i++)
            {
                var docId = r.ReadString();
                string? headline = ReadNullable(r), source = ReadNullable(r), url = ReadNullable(r);
                var published = r.ReadOptionalDate();
                var a = new StoryArticleState(docId, headline, source, url, published) { Story = r.ReadInt32(), Score = r.ReadDouble() };
                a.HeadlineTerms = c.HeadlineTermIds(headline);
                var termCount = ReadCount(r);
                a.Terms = new int[termCount];
                a.Tf = new float[termCount];
                a.RawTf = new float[termCount];
                for (var k = 0; k < termCount; k++)
                {
                    a.Terms[k] = CheckIndex(r.ReadInt32(), terms);
                    a.Tf[k] = r.ReadSingle();
                    // Before version 3 the weights before bursts were not kept: the burst-raised ones stand in.
                    a.RawTf[k] = version >= 3 ? (float)(1 + Math.Log(Math.Max(1, r.Read7BitEncodedInt()))) : a.Tf[k];
                }
                a.Entities = new int[ReadCount(r)];
                for (var k = 0; k < a.Entities.Length; k++) a.Entities[k] = CheckIndex(r.ReadInt32(), entities);
                // Before version 4 the opening's terms were not kept: the headline's stand in.
                if (version >= 4)
                {
                    a.LedeTerms = new int[CheckCount(r.Read7BitEncodedInt())];
                    for (var k = 0; k < a.LedeTerms.Length; k++) a.LedeTerms[k] = CheckIndex(r.Read7BitEncodedInt(), terms);
                }
                else if (c._options.EventAnchorStories > 0)
                {
                    a.LedeTerms = a.HeadlineTerms;
                }
                var shown = version >= 5 ? CheckCount(r.Read7BitEncodedInt()) - 1 : -1;
                if (shown >= 0)
                {
                    a.ShownNames = new int[shown];
                    a.ShownMentions = new int[shown];
                    for (var k = 0; k < shown; k++)
                    {
                        a.ShownNames[k] = CheckIndex(r.Read7BitEncodedInt(), shownNames);
                        a.ShownMentions[k] = CheckCount(r.Read7BitEncodedInt());
                    }
                }
                // Before version 6 the opening figures were not kept: the article gives none, and no join is penalised by them.
                if (version >= 6)
                {
                    a.LedeNumbers = new string[CheckCount(r.Read7BitEncodedInt())];
                    for (var k = 0; k < a.LedeNumbers.Length; k++) a.LedeNumbers[k] = r.ReadString();
                }
                CheckIndex(a.Story, stories);
                c._articleIndex.Add(docId, c._articles.Count);
                c._articles.Add(a);
                c.Join(a, a.Story);
            }
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new FormatException("Story clusterer state is truncated or corrupt.", e);
        }
        return c;
    }

    /// <summary>Restores a clusterer from <see cref="ExportState"/> bytes.</summary>
    public static StoryClusterer ImportState(byte[] state, StoryClustererOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var ms = new MemoryStream(state, writable: false);
        return ReadState(ms, options);
    }

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? ReadNullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static int ReadCount(BinaryReader r) => CheckCount(r.ReadInt32());

    private static int CheckCount(int n) =>
        n is >= 0 and <= 100_000_000 ? n : throw new FormatException("Count out of range in story clusterer state.");

    private static int CheckIndex(int index, int count) =>
        index >= 0 && index < count ? index : throw new FormatException("Index out of range in story clusterer state.");

    private StoryArticleState Register(StoryDocument document, Dictionary<string, int> termCounts, IReadOnlyList<StoryEntity> entities)
    {
        var article = new StoryArticleState(document.DocId, document.Headline, document.Source, document.Url, document.Published);

        // Every distinct term counts towards document frequency; only the strongest are kept.
        var weighted = new List<(int Term, float Tf)>(termCounts.Count);
        foreach (var (term, count) in termCounts)
        {
            var id = TermId(term);
            _termDf[id]++;
            weighted.Add((id, (float)(1 + Math.Log(count))));
        }
        var n = _articles.Count + 1;
        weighted.Sort((x, y) =>
        {
            var c = (y.Tf * Idf(_termDf[y.Term], n)).CompareTo(x.Tf * Idf(_termDf[x.Term], n));
            return c != 0 ? c : x.Term.CompareTo(y.Term);
        });
        if (weighted.Count > _options.TermsPerArticle) weighted.RemoveRange(_options.TermsPerArticle, weighted.Count - _options.TermsPerArticle);
        article.Terms = weighted.Select(w => w.Term).ToArray();
        article.Tf = weighted.Select(w => w.Tf).ToArray();
        article.RawTf = (float[])article.Tf.Clone();
        ApplyBurst(article);

        var entityCounts = new Dictionary<int, int>();
        foreach (var e in entities)
        {
            if (string.IsNullOrWhiteSpace(e.Name)) continue;
            var id = EntityId(e);
            entityCounts[id] = entityCounts.TryGetValue(id, out var c) ? c + e.Count : Math.Max(1, e.Count);
        }
        foreach (var id in entityCounts.Keys) _entityDf[id]++;
        article.Entities = entityCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray();

        _articleIndex.Add(article.DocId, _articles.Count);
        _articles.Add(article);
        return article;
    }

    /// <summary>Ids of the distinct terms of a headline, as <see cref="Add(StoryDocument)"/> finds them (for a restored state).</summary>
    private int[] HeadlineTermIds(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline) || _options.HeadlineWeight <= 0) return [];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        TermCounter.Count(headline, 64, 1, counts);
        return TermIds(counts.Keys);
    }

    /// <summary>Ids of known terms (every term of an article was counted when it arrived, so all of its terms have ids).</summary>
    private int[] TermIds(IEnumerable<string> terms)
    {
        var ids = new List<int>();
        foreach (var t in terms)
        {
            if (_termIds.TryGetValue(t, out var id)) ids.Add(id);
        }
        return ids.ToArray();
    }

    /// <summary>
    /// Raises the weight of terms that other articles of the surrounding days also use, by how much more often
    /// they appear in those days than in the whole corpus: the words of a happening ("convention", a victim's
    /// name, a city) burst while it is reported, while topic words ("campaign", "poll") are common every week.
    /// Only terms at least one nearby article shares are raised, so a word merely rare everywhere gains nothing
    /// beyond its IDF. Uses the articles added so far, so the result depends on arrival order only through them.
    /// </summary>
    private void ApplyBurst(StoryArticleState article)
    {
        if (_options.BurstWeight <= 0 || article.Published is not { } published || _datedArticles == 0) return;
        var day = DayOf(published);
        var nearby = NearbyArticles(day);
        if (nearby == 0) return;
        for (var i = 0; i < article.Terms.Length; i++) article.Tf[i] *= (float)BurstFactor(article.Terms[i], day, nearby);
    }

    /// <summary>Dated articles published within <see cref="StoryClustererOptions.BurstWindowDays"/> of a day.</summary>
    private int NearbyArticles(long day)
    {
        var window = (int)Math.Ceiling(_options.BurstWindowDays);
        var nearby = 0;
        for (var d = day - window; d <= day + window; d++) nearby += _dayArticles.GetValueOrDefault(d);
        return nearby;
    }

    /// <summary>1 + <see cref="StoryClustererOptions.BurstWeight"/> × the log of how much more often the term appears around the day than overall (1 when no nearby article keeps it).</summary>
    /// <remarks><paramref name="own"/> is 1 for an article already counted in the day counts (it must not make its own words burst), else 0.</remarks>
    private double BurstFactor(int term, long day, int nearby, int own = 0)
    {
        if (_options.BurstWeight <= 0 || nearby == 0) return 1;
        var window = (int)Math.Ceiling(_options.BurstWindowDays);
        var shared = 0;
        for (var d = day - window; d <= day + window; d++)
        {
            if (_dayTerms.TryGetValue(d, out var counts)) shared += counts.GetValueOrDefault(term);
        }
        shared -= own;
        if (shared <= 0) return 1;
        var local = shared / (nearby - own + 1.0);
        var overall = (_termKept[term] - own + 1.0) / (_datedArticles - own + 1.0);
        // A word one other nearby article happens to share is weak evidence of a happening; several are strong.
        var support = shared / (shared + _options.BurstSupport);
        return 1 + _options.BurstWeight * Math.Clamp(Math.Log(local / overall), 0, MaxBurst) * support;
    }

    private static long DayOf(DateTimeOffset d) => d.UtcTicks / TimeSpan.TicksPerDay;

    /// <summary>
    /// Per story, the best margin by which one of its articles is close enough on its own: cosine of the two article
    /// vectors minus <see cref="StoryClustererOptions.NearestArticleThreshold"/> and the time penalty for the days
    /// between the two articles. Accounts of a many-sided event (a convention, a debate) each resemble some earlier
    /// account closely while sharing little with the blurred centroid of them all; a lone article is a sharp target,
    /// and so is every member of a grown story. Dot products accumulate through the per-term article index (the most
    /// recent <see cref="StoryClustererOptions.MaxPostingsPerTerm"/> entries per term), so the work stays bounded.
    /// A story of two or more articles is judged by the mean margin of its two closest articles (with
    /// <see cref="StoryClustererOptions.NearestArticleSupport"/> 2, the default), the second counted at no less than
    /// -<see cref="SupportFloor"/>: one close article among many may be a shared background paragraph, two are the
    /// story. Only stories that clear the bar are returned.
    /// </summary>
    private Dictionary<int, double> NearestArticleMargins(StoryArticleState article, Dictionary<int, double> docWeights, double norm, int n)
    {
        var margins = _nearMargins;
        margins.Clear();
        if (_options.NearestArticleThreshold > 1) return margins;
        if (_nearDot.Length < _articles.Count) Array.Resize(ref _nearDot, Math.Max(256, _articles.Count * 2));
        var touched = _nearTouched;
        touched.Clear();
        // Both sides weigh a term by its burst around the new article's day as known now, not by the bursts the
        // earlier article saw when it arrived: the first reports of an event arrive before its words burst.
        long? day = article.Published is { } published ? DayOf(published) : null;
        var nearby = day is { } dd ? NearbyArticles(dd) : 0;
        for (var i = 0; i < article.Terms.Length; i++)
        {
            var t = article.Terms[i];
            var w = docWeights[t] * Idf(_termDf[t], n) * (day is { } d0 ? BurstFactor(t, d0, nearby) : 1);
            var postings = _articlePostings[t];
            for (var p = postings.Count - 1; p >= 0 && postings.Count - p <= _options.MaxPostingsPerTerm; p--)
            {
                var (m, tf) = postings[p];
                if (_nearDot[m] == 0) touched.Add(m);
                _nearDot[m] += w * tf;
            }
        }
        foreach (var m in touched)
        {
            var dot = _nearDot[m];
            _nearDot[m] = 0;
            var member = _articles[m];
            var gap = article.Published is { } a && member.Published is { } b ? Math.Abs((a - b).TotalDays) : 0;
            if (gap > _options.MaxGapDays) continue;
            var memberNorm = ArticleNorm(member, n, dot / (norm * Math.Max(0.01, _options.NearestArticleThreshold - SupportFloor)));
            if (memberNorm == 0) continue;
            var margin = dot / (norm * memberNorm) - _options.NearestArticleThreshold - _options.TimePenalty * Math.Log(1 + gap / _options.TimeScaleDays);
            if (margin < -SupportFloor) continue;
            var s = Resolve(member.Story);
            var (b1, b2) = _nearTop.TryGetValue(s, out var top) ? top : (double.NegativeInfinity, double.NegativeInfinity);
            _nearTop[s] = margin > b1 ? (margin, b1) : (b1, Math.Max(b2, margin));
        }
        foreach (var (s, (b1, b2)) in _nearTop)
        {
            var m = _stories[s].Members.Count >= 2 && _options.NearestArticleSupport == 2 ? (b1 + Math.Max(b2, -SupportFloor)) / 2 : b1;
            if (m >= 0) margins[s] = m;
        }
        _nearTop.Clear();
        return margins;
    }

    /// <summary>
    /// Norm of an article's vector with the bursts around its day as known now. It drifts with IDF and with the
    /// articles published near it since, so it is recomputed when either grew by a fifth; and only for an article whose
    /// cached norm is below <paramref name="worthCheckingBelow"/> (one that might be close enough), which keeps the
    /// per-term day lookups to a few articles per query.
    /// </summary>
    private double ArticleNorm(StoryArticleState article, int n, double worthCheckingBelow)
    {
        long? day = article.Published is { } published ? DayOf(published) : null;
        var nearby = day is { } d ? NearbyArticles(d) : 0;
        var fresh = article.NormCorpus > 0 && n <= article.NormCorpus * 1.05 + 10 && nearby <= article.NormNearby * 1.2 + 2;
        if (fresh || (article.NormCorpus > 0 && article.Norm > worthCheckingBelow * 1.5)) return article.Norm;
        var sum = 0.0;
        for (var i = 0; i < article.Terms.Length; i++)
        {
            var t = article.Terms[i];
            var w = article.RawTf[i] * Idf(_termDf[t], n) * (day is { } dd ? BurstFactor(t, dd, nearby, own: 1) : 1);
            sum += w * w;
        }
        article.Norm = Math.Sqrt(sum);
        article.NormCorpus = n;
        article.NormNearby = nearby;
        return article.Norm;
    }

    /// <summary>
    /// The story the article joins (-1: none qualifies) with its score, and the other stories it also qualified for
    /// (null when none): candidates for <see cref="Converged"/>.
    /// </summary>
    private (int Story, double Score, List<int>? AlsoQualified, List<int>? Candidates) ChooseStory(StoryArticleState article, string? duplicateOf)
    {
        if (duplicateOf is not null && _articleIndex.TryGetValue(duplicateOf, out var original))
        {
            return (Resolve(_articles[original].Story), 1, null, null);
        }

        var n = _articles.Count;
        var docWeights = new Dictionary<int, double>(article.Terms.Length);
        var norm = 0.0;
        for (var i = 0; i < article.Terms.Length; i++)
        {
            var w = article.Tf[i] * Idf(_termDf[article.Terms[i]], n);
            docWeights[article.Terms[i]] = w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm == 0) return (-1, 0, null, null);

        // Pre-selection: stories sharing the article's strongest terms and entities, newest postings first.
        // Votes mirror the final score: a term votes its share of the article's vector, the entities
        // together at most EntityWeight, and each story at most once per term however many articles it has.
        var votes = new Dictionary<int, double>();
        for (var i = 0; i < Math.Min(QueryTerms, article.Terms.Length); i++)
        {
            Vote(_termPostings[article.Terms[i]], docWeights[article.Terms[i]] / norm, votes);
        }
        var entities = article.Entities.Take(MaxEntitiesCompared).ToList();
        var entityTotal = entities.Sum(e => Idf(_entityDf[e], n));
        foreach (var e in entities)
        {
            Vote(_entityPostings[e], _options.EntityWeight * Idf(_entityDf[e], n) / entityTotal, votes);
        }
        var near = NearestArticleMargins(article, docWeights, norm, n);
        if (votes.Count == 0 && near.Count == 0) return (-1, 0, null, null);

        // Stories the article is close to through one member are scored even when the votes rank them low.
        var candidates = votes
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Take(_options.MaxCandidates)
            .Select(kv => kv.Key)
            .Union(near.Keys.Order())
            .ToList();

        var best = -1;
        double bestMargin = double.NegativeInfinity, bestScore = 0;
        List<int>? qualified = null;
        foreach (var s in candidates)
        {
            var story = _stories[s];
            // An undated article (or story) may be from any time: it needs the evidence of one some days apart.
            var gap = article.Published is null || story.First is null ? _options.UndatedGapDays : GapDays(story, article.Published);
            if (gap > _options.MaxGapDays) continue;
            var text = CentroidCosine(story, article, docWeights, norm, n);
            var score = text + _options.EntityWeight * EntityOverlap(story, article, n) + _options.SignatureWeight * SignatureShare(story, docWeights, n);
            // A headline names the happening: accounts of one name it alike, pages of one topic and days need not.
            if (_options.HeadlineMissPenalty > 0 && !SharesHeadlineTerm(story, article)) score -= _options.HeadlineMissPenalty;
            if (_options.KeyNameMissPenalty > 0 && MissesKeyNames(story, article, n)) score -= _options.KeyNameMissPenalty;
            if (_options.NumberMissPenalty > 0 && MissesNumbers(story, article)) score -= _options.NumberMissPenalty;
            // A lone article is a sharp target (no centroid blurred by several angles): two outlets' accounts of one
            // event often share only the event's few names and words, so joining it needs less than a grown story.
            var threshold = story.Members.Count == 1 ? Math.Min(_options.JoinThreshold, _options.PairJoinThreshold) : _options.JoinThreshold;
            var margin = score - (threshold + _options.TimePenalty * Math.Log(1 + gap / _options.TimeScaleDays));
            if (near.TryGetValue(s, out var nearMargin) && nearMargin > margin)
            {
                margin = nearMargin;
                score = nearMargin + _options.NearestArticleThreshold;
            }
            // Stories the article nearly qualifies for may still have converged with the one it joins (see Converged).
            if (margin >= -_options.MergeCandidateSlack) (qualified ??= []).Add(s);
            if (margin > bestMargin || (margin == bestMargin && s < best))
            {
                best = s;
                bestMargin = margin;
                bestScore = score;
            }
        }
        if (bestMargin < 0) return (-1, 0, null, candidates);
        qualified!.Remove(best);
        return (best, bestScore, qualified.Count > 0 ? qualified : null, candidates);
    }

    /// <summary>
    /// The other stories the article also qualified for whose centroid is close to its story's
    /// (<see cref="StoryClustererOptions.MergeThreshold"/>, raised by the time penalty for the days between their
    /// spans): two accounts of one event that began apart, because their first articles shared too little, converge
    /// once an article bridges them. Requiring both the bridge and close centroids keeps one article that reports
    /// two events (a round-up) from chaining them.
    /// </summary>
    private List<int>? Converged(int story, List<int> others)
    {
        if (_options.MergeThreshold > 1) return null;
        var n = _articles.Count;
        List<int>? converged = null;
        foreach (var other in others)
        {
            var gap = SpanGapDays(_stories[story], _stories[other]);
            if (gap > _options.MaxGapDays) continue;
            var needed = _options.MergeThreshold + _options.TimePenalty * Math.Log(1 + gap / _options.TimeScaleDays);
            if (StoryCosine(_stories[story], _stories[other], n) >= needed) (converged ??= []).Add(other);
        }
        return converged;
    }

    /// <summary>
    /// The grown stories among the article's candidates that merge with its grown story by
    /// <see cref="StoryClustererOptions.LooseMergeThreshold"/> (null when none): centroids close, spans within
    /// <see cref="StoryClustererOptions.LooseMergeGapDays"/>, and both stories loose (<see cref="Cohesion"/> at most
    /// <see cref="StoryClustererOptions.LooseMergeMaxCohesion"/>). Cohesion is read last: it costs a pass over the members.
    /// </summary>
    private List<int>? LooseNeighbours(int story, List<int> candidates)
    {
        if (_options.LooseMergeThreshold > 1 || _stories[story].Members.Count < 2) return null;
        var n = _articles.Count;
        double? ownCohesion = null;
        List<int>? found = null;
        foreach (var c in candidates)
        {
            var other = Resolve(c);
            if (other == story || _stories[other].Members.Count < 2 || (found?.Contains(other) ?? false)) continue;
            // A chain of loose merges is a topic, not a happening: the rule gathers a broad event's few small stories.
            if (_stories[story].Members.Count + _stories[other].Members.Count > _options.LooseMergeMaxArticles) continue;
            var gap = SpanGapDays(_stories[story], _stories[other]);
            if (gap > _options.LooseMergeGapDays) continue;
            var needed = _options.LooseMergeThreshold + _options.TimePenalty * Math.Log(1 + gap / _options.TimeScaleDays);
            if (StoryCosine(_stories[story], _stories[other], n) < needed) continue;
            ownCohesion ??= Cohesion(_stories[story], n);
            if (ownCohesion > _options.LooseMergeMaxCohesion || Cohesion(_stories[other], n) > _options.LooseMergeMaxCohesion) continue;
            (found ??= []).Add(other);
        }
        return found;
    }

    /// <summary>
    /// Mean cosine between the members of a story (its most recent <see cref="CohesionMembers"/>; weights before bursts,
    /// IDF as of now): high for one account's copies and rewrites, low for a broad event's different angles.
    /// </summary>
    internal double Cohesion(StoryClusterState story, int n)
    {
        var vectors = new List<Dictionary<int, double>>();
        for (var k = story.Members.Count - 1; k >= 0 && vectors.Count < CohesionMembers; k--)
        {
            var a = _articles[story.Members[k]];
            var v = new Dictionary<int, double>(a.Terms.Length);
            var norm = 0.0;
            for (var i = 0; i < a.Terms.Length; i++)
            {
                var w = a.RawTf[i] * Idf(_termDf[a.Terms[i]], n);
                v[a.Terms[i]] = w;
                norm += w * w;
            }
            if (norm == 0) continue;
            norm = Math.Sqrt(norm);
            foreach (var t in a.Terms) v[t] /= norm;
            vectors.Add(v);
        }
        double sum = 0;
        var pairs = 0;
        for (var i = 0; i < vectors.Count; i++)
        {
            for (var j = i + 1; j < vectors.Count; j++)
            {
                var (small, large) = vectors[i].Count <= vectors[j].Count ? (vectors[i], vectors[j]) : (vectors[j], vectors[i]);
                foreach (var (t, w) in small)
                {
                    if (large.TryGetValue(t, out var x)) sum += w * x;
                }
                pairs++;
            }
        }
        return pairs == 0 ? 1 : Math.Min(1, sum / pairs); // copies give 1 up to rounding
    }

    /// <summary>
    /// Other lone-article stories, and stories made by event anchors alone, that share an event anchor with the lone
    /// article of <paramref name="story"/> (null when none): a term of both articles' headlines or openings that the openings of at least
    /// <see cref="StoryClustererOptions.EventAnchorStories"/> distinct stories of the days around hold, at least
    /// <see cref="StoryClustererOptions.EventAnchorShare"/> of those days' articles and
    /// <see cref="StoryClustererOptions.EventAnchorBurst"/> times the corpus's rate (see the option). Reads the most recent
    /// <see cref="StoryClustererOptions.MaxPostingsPerTerm"/> openings per term, so the work stays bounded.
    /// </summary>
    private List<int>? Anchored(int story)
    {
        var s = _stories[story];
        if (_options.EventAnchorStories <= 0 || s.Members.Count != 1 || s.First is not { } published || _datedArticles == 0) return null;
        var article = _articles[s.Members[0]];
        var window = (int)Math.Ceiling(_options.BurstWindowDays);
        var day = DayOf(published);
        var nearby = NearbyArticles(day);
        if (nearby == 0) return null;
        List<int>? linked = null;
        var holders = _anchorHolders;
        foreach (var t in article.LedeTerms)
        {
            // Cheap tests first: too few openings hold the term anywhere, or it opens so many that no day can beat its rate.
            var overall = (_ledeKept[t] + 1.0) / (_datedArticles + 1.0);
            if (_ledeKept[t] < _options.EventAnchorStories || _options.EventAnchorBurst * overall > 1) continue;
            holders.Clear();
            var inWindow = 0;
            var postings = _ledePostings[t];
            for (var p = postings.Count - 1; p >= 0 && postings.Count - p <= _options.MaxPostingsPerTerm; p--)
            {
                var other = _articles[postings[p]];
                if (other.Published is not { } d || Math.Abs(DayOf(d) - day) > window) continue;
                inWindow++;
                var o = Resolve(other.Story);
                // Remembers a linkable story (lone, or made by anchors alone) close enough in time; -1 marks one that is not.
                var close = (_stories[o].Members.Count == 1 || _stories[o].AnchorOnly) && SpanGapDays(s, _stories[o]) <= _options.EventAnchorGapDays;
                holders[o] = close && o != story ? 1 : holders.GetValueOrDefault(o, -1);
            }
            if (holders.Count < _options.EventAnchorStories) continue;
            var local = inWindow / (double)nearby;
            if (local < _options.EventAnchorShare || local < _options.EventAnchorBurst * overall) continue;
            foreach (var (o, close) in holders)
            {
                if (close == 1 && !(linked?.Contains(o) ?? false)) (linked ??= []).Add(o);
            }
        }
        linked?.Sort();
        return linked;
    }

    /// <summary>Merges the converged stories with the article's story; the bigger (the older on a tie) keeps its id. Returns the survivor.</summary>
    private int MergeAll(int story, List<int> converged)
    {
        foreach (var o in converged)
        {
            var other = Resolve(o);
            if (other == story) continue;
            var (into, from) = _stories[story].Members.Count > _stories[other].Members.Count
                || (_stories[story].Members.Count == _stories[other].Members.Count && story < other)
                ? (story, other)
                : (other, story);
            Merge(into, from);
            story = into;
        }
        return story;
    }

    /// <summary>Cosine of two story centroids (IDF-weighted), read over the smaller one's terms.</summary>
    private double StoryCosine(StoryClusterState a, StoryClusterState b, int n)
    {
        RefreshNorm(a, n);
        RefreshNorm(b, n);
        if (a.Norm == 0 || b.Norm == 0) return 0;
        var (small, large) = a.TermSum.Count <= b.TermSum.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (t, v) in small.TermSum)
        {
            if (large.TermSum.TryGetValue(t, out var w))
            {
                var idf = Idf(_termDf[t], n);
                dot += v * w * idf * idf;
            }
        }
        return dot / (a.Norm * b.Norm);
    }

    /// <summary>Moves every article, term weight and entity count of story <paramref name="from"/> into <paramref name="into"/>.</summary>
    private void Merge(int into, int from)
    {
        var target = _stories[into];
        var source = _stories[from];
        foreach (var m in source.Members)
        {
            _articles[m].Story = into;
            target.Members.Add(m);
        }
        if (_options.BurstsCountStories) MergeStoryCounts(target, source);
        foreach (var (t, v) in source.RawSum) target.RawSum[t] = target.RawSum.GetValueOrDefault(t) + v;
        source.RawSum.Clear();
        foreach (var (t, v) in source.TermSum)
        {
            target.TermSum[t] = target.TermSum.TryGetValue(t, out var w) ? w + v : v;
            var postings = _termPostings[t];
            if (postings[^1] != into) postings.Add(into);
        }
        foreach (var (t, c) in source.TermMembers) target.TermMembers[t] = target.TermMembers.GetValueOrDefault(t) + c;
        foreach (var (t, c) in source.HeadlineTerms) target.HeadlineTerms[t] = target.HeadlineTerms.GetValueOrDefault(t) + c;
        foreach (var (e, c) in source.EntityArticles)
        {
            target.EntityArticles[e] = target.EntityArticles.TryGetValue(e, out var k) ? k + c : c;
            var postings = _entityPostings[e];
            if (postings[^1] != into) postings.Add(into);
        }
        if (source.First is { } f && (target.First is not { } tf || f < tf)) target.First = f;
        if (source.Last is { } l && (target.Last is not { } tl || l > tl)) target.Last = l;
        target.NormMembers = -1;
        source.Members.Clear();
        source.TermSum.Clear();
        source.TermMembers.Clear();
        source.HeadlineTerms.Clear();
        source.EntityArticles.Clear();
        source.First = source.Last = null;
        source.MergedInto = into;
    }

    /// <summary>The living story a story index stands for, following merges (bounded: a corrupt chain cannot loop).</summary>
    private int Resolve(int story)
    {
        for (var steps = 0; steps < _stories.Count && _stories[story].MergedInto >= 0; steps++) story = _stories[story].MergedInto;
        return story;
    }

    private void Vote(List<int> postings, double weight, Dictionary<int, double> votes)
    {
        if (_voteStamp.Length < _stories.Count) Array.Resize(ref _voteStamp, Math.Max(64, _stories.Count * 2));
        _stamp++;
        var read = 0;
        for (var p = postings.Count - 1; p >= 0 && read < _options.MaxPostingsPerTerm; p--, read++)
        {
            var s = postings[p];
            if (_stories[s].MergedInto >= 0) s = Resolve(s);
            if (_voteStamp[s] == _stamp) continue;
            _voteStamp[s] = _stamp;
            votes[s] = votes.TryGetValue(s, out var v) ? v + weight : weight;
        }
    }

    // A prior of unseen background documents keeps IDF meaningful while the corpus is tiny: with three
    // articles, a word two of them share would otherwise weigh almost nothing.
    private static double Idf(int df, int n) => Math.Log(1 + (n + BackgroundDocuments) / Math.Max(1.0, df));

    /// <summary>
    /// Cosine of the article's vector with the story's centroid. With <see cref="StoryClustererOptions.CentroidBurstsNow"/>
    /// each word the two share weighs, on the story's side, the larger of its members' weights at their arrival and
    /// their weights before bursts times the word's burst around the new article's day, divided by the centroid's norm at
    /// arrival (see the option for why not the re-weighted norm).
    /// </summary>
    private double CentroidCosine(StoryClusterState story, StoryArticleState article, Dictionary<int, double> doc, double docNorm, int n)
    {
        RefreshNorm(story, n);
        if (story.Norm == 0) return 0;
        var dot = 0.0;
        // Only a story of the same days: an event's first reports came before its words burst, but a story weeks
        // away used the word for something else (a pope's February remark is not his April meeting).
        var burstsNow = _options.CentroidBurstsNow && GapDays(story, article.Published) <= _options.BurstWindowDays;
        for (var i = 0; i < article.Terms.Length; i++)
        {
            var t = article.Terms[i];
            if (!story.TermSum.TryGetValue(t, out var v)) continue;
            // The article's burst factor for the word is its weight over its weight before bursts.
            if (burstsNow && article.RawTf[i] > 0 && story.RawSum.TryGetValue(t, out var raw)) v = Math.Max(v, raw * article.Tf[i] / article.RawTf[i]);
            dot += doc[t] * v * Idf(_termDf[t], n);
        }
        return dot / (docNorm * story.Norm);
    }

    // The centroid norm drifts only with IDF; recompute it when the story or the corpus grew.
    private void RefreshNorm(StoryClusterState story, int n)
    {
        if (story.NormMembers == story.Members.Count && n <= story.NormCorpus * 1.05 + 10) return;
        var sum = 0.0;
        foreach (var (t, v) in story.TermSum)
        {
            var w = v * Idf(_termDf[t], n);
            sum += w * w;
        }
        story.Norm = Math.Sqrt(sum);
        story.NormMembers = story.Members.Count;
        story.NormCorpus = n;
    }

    /// <summary>
    /// IDF-weighted share of the story's signature that the article holds: the <see cref="StoryClustererOptions.SignatureTerms"/>
    /// terms kept by most of its members (at least two). Accounts of one event from different angles share little
    /// with each other's specifics, which blur a centroid, but each still names what the event is (the convention,
    /// the city, the ruling); once a story has several members, those recurring words are what a new account must hold.
    /// </summary>
    private double SignatureShare(StoryClusterState story, Dictionary<int, double> doc, int n)
    {
        var members = story.Members.Count;
        if (members < 2 || _options.SignatureWeight <= 0) return 0;
        // The strongest recurring terms, kept by insertion into a short sorted list: no sort of the whole story.
        var keep = _options.SignatureTerms;
        var signature = _signature;
        signature.Clear();
        foreach (var (t, m) in story.TermMembers)
        {
            if (m < 2) continue;
            var w = Idf(_termDf[t], n) * (m - 1) / (members - 1.0);
            if (signature.Count == keep && !Stronger(w, t, signature[^1])) continue;
            var at = signature.Count;
            while (at > 0 && Stronger(w, t, signature[at - 1])) at--;
            signature.Insert(at, (t, w));
            if (signature.Count > keep) signature.RemoveAt(keep);
        }
        double held = 0, total = 0;
        foreach (var (t, w) in signature)
        {
            total += w;
            if (doc.ContainsKey(t)) held += w;
        }
        return total == 0 ? 0 : held / total;
    }

    private static bool Stronger(double weight, int term, (int Term, double Weight) other) =>
        weight > other.Weight || (weight == other.Weight && term < other.Term);

    /// <summary>
    /// IDF-weighted share of the article's main entities that the story already names. A story entity counts in
    /// full only when at least <see cref="CoreEntityShare"/> of its articles name it: the union of a big story's
    /// entities names nearly everyone in the news, and matching that union chained unrelated events together.
    /// </summary>
    private double EntityOverlap(StoryClusterState story, StoryArticleState article, int n)
    {
        double shared = 0, total = 0;
        var members = story.Members.Count;
        foreach (var e in article.Entities.Take(MaxEntitiesCompared))
        {
            var w = Idf(_entityDf[e], n);
            total += w;
            if (story.EntityArticles.TryGetValue(e, out var count)) shared += w * StoryEntityWeight(count, members);
        }
        return total == 0 ? 0 : shared / total;
    }

    /// <summary>
    /// Whether the article and the story name none of each other's key names (see
    /// <see cref="StoryClustererOptions.KeyNameMissPenalty"/>): false when either side has none to test.
    /// </summary>
    private bool MissesKeyNames(StoryClusterState story, StoryArticleState article, int n)
    {
        var own = KeyNameTerms(article, _ownKeys);
        if (own.Count == 0) return false;
        foreach (var t in own)
        {
            if (story.TermSum.ContainsKey(t)) return false;
        }
        foreach (var e in story.EntityArticles.Keys)
        {
            foreach (var t in EntityTerms(e)) if (own.Contains(t)) return false;
        }
        // A name few articles give, shared, ties the two whatever their headlines name.
        var rare = Math.Max(2, SpecificNameShare * n);
        for (var i = 0; i < Math.Min(MaxEntitiesCompared, article.Entities.Length); i++)
        {
            var e = article.Entities[i];
            if (_entityDf[e] <= rare && story.EntityArticles.ContainsKey(e)) return false;
        }
        var named = article.AllNameTerms ??= NameTerms(article, int.MaxValue);
        var tested = false;
        for (var k = story.Members.Count - 1; k >= 0 && story.Members.Count - k <= CohesionMembers; k--)
        {
            foreach (var t in KeyNameTerms(_articles[story.Members[k]], _memberKeys))
            {
                tested = true;
                if (named.Contains(t) || Array.IndexOf(article.Terms, t) >= 0) return false;
            }
        }
        return tested;
    }

    /// <summary>
    /// Whether the article's opening figures meet none of the story's (see <see cref="StoryClustererOptions.NumberMissPenalty"/>):
    /// false when the article gives none or no recent member does.
    /// </summary>
    private bool MissesNumbers(StoryClusterState story, StoryArticleState article)
    {
        if (article.LedeNumbers.Length == 0) return false;
        var tested = false;
        for (var k = story.Members.Count - 1; k >= 0 && story.Members.Count - k <= CohesionMembers; k--)
        {
            foreach (var x in _articles[story.Members[k]].LedeNumbers)
            {
                tested = true;
                if (Array.BinarySearch(article.LedeNumbers, x, StringComparer.Ordinal) >= 0) return false;
            }
        }
        return tested;
    }

    /// <summary>
    /// The article's key names into <paramref name="into"/>: the <see cref="StoryClustererOptions.KeyNames"/> rarest (as
    /// of now) of its headline's terms that are words of one of its strongest names.
    /// </summary>
    private List<int> KeyNameTerms(StoryArticleState article, List<int> into)
    {
        into.Clear();
        if (article.HeadlineNames is null)
        {
            var names = NameTerms(article, MaxEntitiesCompared);
            article.HeadlineNames = article.HeadlineTerms.Where(names.Contains).ToArray();
        }
        into.AddRange(article.HeadlineNames);
        if (into.Count > 1) into.Sort((x, y) => _termDf[x] != _termDf[y] ? _termDf[x].CompareTo(_termDf[y]) : x.CompareTo(y));
        if (into.Count > _options.KeyNames) into.RemoveRange(_options.KeyNames, into.Count - _options.KeyNames);
        return into;
    }

    /// <summary>Terms of the words of the article's first <paramref name="count"/> names (its strongest first).</summary>
    private HashSet<int> NameTerms(StoryArticleState article, int count)
    {
        var terms = new HashSet<int>();
        for (var i = 0; i < Math.Min(count, article.Entities.Length); i++)
        {
            foreach (var t in EntityTerms(article.Entities[i])) terms.Add(t);
        }
        return terms;
    }

    /// <summary>A name's words as terms (cached: a name's spelling never changes).</summary>
    private int[] EntityTerms(int entity)
    {
        if (_entityTerms.TryGetValue(entity, out var known)) return known;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        TermCounter.Count(_entities[entity].Name, 16, 1, counts);
        var ids = TermIds(counts.Keys);
        _entityTerms[entity] = ids;
        return ids;
    }

    /// <summary>
    /// Whether the article's headline shares a term with the headline of one of the story's articles (true when either
    /// side has no headline terms: nothing to judge by). Words of the piece's form (<see cref="CorpusRules.HeadlineFormWords"/>:
    /// "key", "takeaways", "live") are not shared subjects.
    /// </summary>
    private bool SharesHeadlineTerm(StoryClusterState story, StoryArticleState article)
    {
        if (article.HeadlineTerms.Length == 0 || story.HeadlineTerms.Count == 0) return true;
        foreach (var t in article.HeadlineTerms)
        {
            // "7 key questions" and "Key moments from the hearing" share a form of piece, not a happening.
            if (story.HeadlineTerms.ContainsKey(t) && !CorpusRules.HeadlineFormWords.Contains(_terms[t])) return true;
        }
        return false;
    }

    /// <summary>How far a story names an entity: fully once <see cref="CoreEntityShare"/> of its articles do, less when only a few of many do.</summary>
    internal static double StoryEntityWeight(int articlesNaming, int members) =>
        members <= 0 ? 0 : Math.Min(1, articlesNaming / (CoreEntityShare * members));

    private static double GapDays(StoryClusterState story, DateTimeOffset? date)
    {
        if (date is not { } d || story.First is not { } first || story.Last is not { } last) return 0;
        if (d < first) return (first - d).TotalDays;
        if (d > last) return (d - last).TotalDays;
        return 0;
    }

    /// <summary>Days between two stories' date spans (0 when they overlap or a story has no dates).</summary>
    private static double SpanGapDays(StoryClusterState a, StoryClusterState b)
    {
        if (a.First is not { } af || a.Last is not { } al || b.First is not { } bf || b.Last is not { } bl) return 0;
        if (al < bf) return (bf - al).TotalDays;
        if (bl < af) return (af - bl).TotalDays;
        return 0;
    }

    private int CreateStory(string founderDocId)
    {
        var id = StoryIdFor(founderDocId);
        var index = _stories.Count;
        _stories.Add(new StoryClusterState(id));
        _storyIndex.Add(id, index);
        return index;
    }

    /// <summary>Short, stable id derived from the founding article, so rebuilding in the same order gives the same ids.</summary>
    private string StoryIdFor(string founderDocId)
    {
        var h = 14695981039346656037UL;
        foreach (var c in founderDocId) h = (h ^ c) * 1099511628211UL;
        var id = "s" + (TextHashing.Mix(h) & 0xFFFFFFFFFFFFUL).ToString("x12");
        for (var k = 2; _storyIndex.ContainsKey(id); k++)
        {
            id = "s" + (TextHashing.Mix(h + (ulong)k) & 0xFFFFFFFFFFFFUL).ToString("x12");
        }
        return id;
    }

    private void Join(StoryArticleState article, int storyIndex)
    {
        var story = _stories[storyIndex];
        story.Members.Add(_articleIndex[article.DocId]);
        for (var i = 0; i < article.Terms.Length; i++)
        {
            var t = article.Terms[i];
            story.TermSum[t] = story.TermSum.TryGetValue(t, out var v) ? v + article.Tf[i] : article.Tf[i];
            if (_options.CentroidBurstsNow) story.RawSum[t] = story.RawSum.GetValueOrDefault(t) + article.RawTf[i];
            story.TermMembers[t] = story.TermMembers.GetValueOrDefault(t) + 1;
            var postings = _termPostings[t];
            if (postings.Count == 0 || postings[^1] != storyIndex) postings.Add(storyIndex);
            if (_options.NearestArticleThreshold <= 1) _articlePostings[t].Add((_articleIndex[article.DocId], article.RawTf[i]));
        }
        foreach (var t in article.HeadlineTerms) story.HeadlineTerms[t] = story.HeadlineTerms.GetValueOrDefault(t) + 1;
        foreach (var t in article.LedeTerms)
        {
            _ledePostings[t].Add(_articleIndex[article.DocId]);
            if (article.Published is not null) _ledeKept[t]++;
        }
        foreach (var e in article.Entities)
        {
            story.EntityArticles[e] = story.EntityArticles.TryGetValue(e, out var c) ? c + 1 : 1;
            var postings = _entityPostings[e];
            if (postings.Count == 0 || postings[^1] != storyIndex) postings.Add(storyIndex);
        }
        if (article.Published is { } d)
        {
            if (story.First is not { } f || d < f) story.First = d;
            if (story.Last is not { } l || d > l) story.Last = d;
            var day = DayOf(d);
            if (_options.BurstsCountStories)
            {
                CountStoryDay(story, day);
                foreach (var t in article.Terms) CountStoryTerm(story, t, day);
            }
            else
            {
                _dayArticles[day] = _dayArticles.GetValueOrDefault(day) + 1;
                var counts = DayTerms(day);
                foreach (var t in article.Terms)
                {
                    counts[t] = counts.GetValueOrDefault(t) + 1;
                    _termKept[t]++;
                }
                _datedArticles++;
            }
        }
    }

    private Dictionary<int, int> DayTerms(long day)
    {
        if (!_dayTerms.TryGetValue(day, out var counts)) _dayTerms[day] = counts = [];
        return counts;
    }

    /// <summary>
    /// With <see cref="StoryClustererOptions.BurstsCountStories"/>: a story counts once on each day it has articles (the
    /// "articles" of a day and of the corpus become story-days), and once for each term, on the earliest day one of its
    /// articles keeps it. The counts then depend only on which articles are in which story, not on the order they came
    /// in, so a restored clusterer rebuilds exactly the same counts.
    /// </summary>
    private void CountStoryDay(StoryClusterState story, long day)
    {
        var members = story.DayMembers.GetValueOrDefault(day);
        if (members == 0)
        {
            _dayArticles[day] = _dayArticles.GetValueOrDefault(day) + 1;
            _datedArticles++;
        }
        story.DayMembers[day] = members + 1;
    }

    private void CountStoryTerm(StoryClusterState story, int term, long day)
    {
        if (!story.TermFirstDay.TryGetValue(term, out var first))
        {
            story.TermFirstDay[term] = day;
            var counts = DayTerms(day);
            counts[term] = counts.GetValueOrDefault(term) + 1;
            _termKept[term]++;
        }
        else if (day < first)
        {
            story.TermFirstDay[term] = day;
            _dayTerms[first][term]--;
            var counts = DayTerms(day);
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>Keeps the story counts of <see cref="CountStoryDay"/> and <see cref="CountStoryTerm"/> when <paramref name="source"/> joins <paramref name="target"/>.</summary>
    private void MergeStoryCounts(StoryClusterState target, StoryClusterState source)
    {
        foreach (var (day, c) in source.DayMembers)
        {
            if (target.DayMembers.TryGetValue(day, out var k))
            {
                _dayArticles[day]--;
                _datedArticles--;
            }
            target.DayMembers[day] = k + c;
        }
        foreach (var (t, day) in source.TermFirstDay)
        {
            if (!target.TermFirstDay.TryGetValue(t, out var first))
            {
                target.TermFirstDay[t] = day;
                continue;
            }
            _termKept[t]--;
            // Both counted the term once: the later of the two days gives its count up.
            _dayTerms[Math.Max(day, first)][t]--;
            if (day < first) target.TermFirstDay[t] = day;
        }
        source.DayMembers.Clear();
        source.TermFirstDay.Clear();
    }

    private Story Describe(StoryClusterState story)
    {
        var members = story.Members
            .Select(m => _articles[m])
            .OrderBy(a => a.Published is null)
            .ThenBy(a => a.Published ?? DateTimeOffset.MinValue)
            .ThenBy(a => _articleIndex[a.DocId])
            .ToList();
        var title = members.Select(a => a.Headline).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h)) ?? "";
        var top = NamesOnce(RankNames(members), _options.TopEntityCount);
        return new Story(
            story.Id,
            title,
            members.Select(a => new StoryArticle(a.DocId, a.Source, a.Url, a.Headline, a.Published)).ToList(),
            story.First,
            story.Last,
            top);
    }

    /// <summary>
    /// The names a story shows, best first, each with the number of its articles that name it: the analysis's full, typed
    /// names for the articles it read, the guessed ones for the rest (alike when normalised, they count as one). One-word
    /// nationality and party words (<see cref="CorpusRules.ShownLastOneWordTypes"/>) come after every other name; then the
    /// names more articles give, then those mentioned more often, typed before guessed, the one some article names most
    /// often (each article's names are in order of their counts), so that a two-article story is not described by
    /// alphabetical accidents.
    /// </summary>
    private IEnumerable<StoryEntity> RankNames(List<StoryArticleState> members)
    {
        var tallies = new Dictionary<string, NameTally>(StringComparer.Ordinal);
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            if (member.ShownNames is { } shown)
            {
                for (var i = 0; i < shown.Length; i++)
                {
                    var (key, name) = _shownNames[shown[i]];
                    Tally(tallies, key, name, m, member.ShownMentions![i], i);
                }
                continue;
            }
            for (var i = 0; i < member.Entities.Length; i++)
            {
                var name = _entities[member.Entities[i]];
                // The guessed names' mentions are not kept: each article counts one.
                Tally(tallies, NormaliseName(name.Name), name, m, 1, i);
            }
        }
        return tallies.Values
            .Select(t => (Tally: t, Shown: t.Shown()))
            .OrderBy(t => ShownLast(t.Shown))
            .ThenByDescending(t => t.Tally.Articles)
            .ThenByDescending(t => t.Tally.Mentions)
            .ThenByDescending(t => t.Shown.Type is not null)
            .ThenBy(t => t.Tally.BestRank)
            .ThenBy(t => t.Shown.Name, StringComparer.Ordinal)
            .Select(t => t.Shown with { Count = t.Tally.Articles });
    }

    private static void Tally(Dictionary<string, NameTally> tallies, string key, StoryEntity name, int member, int mentions, int rank)
    {
        key = WithoutMiddleInitials(key);
        if (!tallies.TryGetValue(key, out var tally)) tallies.Add(key, tally = new NameTally());
        tally.Add(name, member, mentions, rank);
    }

    /// <summary>"donald j. trump" is "donald trump": one article writes the middle initial, the next does not.</summary>
    private static string WithoutMiddleInitials(string key)
    {
        if (!key.Contains(". ", StringComparison.Ordinal)) return key;
        var words = key.Split(' ');
        if (words.Length < 3) return key;
        var kept = words.Where((w, i) => i == 0 || i == words.Length - 1 || !(w.Length == 2 && char.IsLetter(w[0]) && w[1] == '.'));
        return string.Join(' ', kept);
    }

    private static bool ShownLast(StoryEntity name) =>
        name.Type is not null && CorpusRules.ShownLastOneWordTypes.Contains(name.Type) && !name.Name.Contains(' ');

    /// <summary>One name's count over a story's articles, and the form it shows: that of the type most of them give.</summary>
    private sealed class NameTally
    {
        private readonly List<(StoryEntity Form, int Articles, int LastMember)> _byType = [];
        private int _lastMember = -1;

        public int Articles { get; private set; }
        public int Mentions { get; private set; }
        public int BestRank { get; private set; } = int.MaxValue;

        public void Add(StoryEntity name, int member, int mentions, int rank)
        {
            if (member != _lastMember) Articles++;
            _lastMember = member;
            Mentions += mentions;
            BestRank = Math.Min(BestRank, rank);
            var type = _byType.FindIndex(f => f.Form.Type == name.Type);
            if (type < 0) _byType.Add((name, 1, member));
            else if (_byType[type].LastMember != member) _byType[type] = (_byType[type].Form, _byType[type].Articles + 1, member);
        }

        // A typed form beats a guessed one; among typed ones, the type more articles give, the first seen on a tie.
        public StoryEntity Shown()
        {
            var best = _byType[0];
            foreach (var f in _byType)
            {
                if ((f.Form.Type is not null, f.Articles).CompareTo((best.Form.Type is not null, best.Articles)) > 0) best = f;
            }
            return best.Form;
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> names, each person or body once: a name that ends another ("Trump" and
    /// "Donald Trump", "Times" and "New York Times") is the same one, shown by its longer form at the better rank.
    /// </summary>
    internal static List<StoryEntity> NamesOnce(IEnumerable<StoryEntity> ranked, int count)
    {
        var top = new List<StoryEntity>();
        foreach (var entity in ranked)
        {
            var shorter = top.FindIndex(kept => EndsWithWords(entity.Name, kept.Name));
            if (shorter >= 0)
            {
                top[shorter] = entity with { Count = Math.Max(entity.Count, top[shorter].Count), Type = entity.Type ?? top[shorter].Type };
                continue;
            }
            if (top.Any(kept => EndsWithWords(kept.Name, entity.Name))) continue;
            if (top.Count == count) break;
            top.Add(entity);
        }
        return top;
    }

    /// <summary>"Donald Trump" ends with the words "Trump"; "Trumpet" does not, nor does "Trump" end with itself.</summary>
    private static bool EndsWithWords(string name, string tail) =>
        name.Length > tail.Length + 1 && name.EndsWith(tail, StringComparison.OrdinalIgnoreCase) && name[name.Length - tail.Length - 1] is ' ' or '-' or '.';

    private int TermId(string term)
    {
        if (_termIds.TryGetValue(term, out var id)) return id;
        id = _terms.Count;
        _termIds.Add(term, id);
        _terms.Add(term);
        _termDf.Add(0);
        _termPostings.Add([]);
        _articlePostings.Add([]);
        _termKept.Add(0);
        _ledePostings.Add([]);
        _ledeKept.Add(0);
        return id;
    }

    private int EntityId(StoryEntity entity)
    {
        var key = NormaliseName(entity.Name);
        if (_entityIds.TryGetValue(key, out var id))
        {
            // A typed mention (from analysis) beats a guessed one for display.
            if (_entities[id].Type is null && entity.Type is not null) _entities[id] = _entities[id] with { Type = entity.Type };
            return id;
        }
        id = _entities.Count;
        _entityIds.Add(key, id);
        _entities.Add(new StoryEntity(entity.Name.Trim(), entity.Type, 0));
        _entityDf.Add(0);
        _entityPostings.Add([]);
        return id;
    }

    /// <summary>The analysis's names of an article, alike ones (normalised name and type) merged, most mentioned first; null when there are none.</summary>
    private static List<(string Key, StoryEntity Name)>? ShownNamesOf(IReadOnlyList<StoryEntity>? analysed)
    {
        if (analysed is null || analysed.Count == 0) return null;
        var names = new List<(string Key, StoryEntity Name)>(analysed.Count);
        foreach (var e in analysed)
        {
            if (string.IsNullOrWhiteSpace(e.Name)) continue;
            var key = NormaliseName(e.Name);
            var same = names.FindIndex(n => n.Key == key && n.Name.Type == e.Type);
            if (same >= 0) names[same] = (key, names[same].Name with { Count = names[same].Name.Count + Math.Max(1, e.Count) });
            else names.Add((key, new StoryEntity(e.Name.Trim(), e.Type, Math.Max(1, e.Count))));
        }
        if (names.Count == 0) return null;
        // A stable sort: equal counts keep the analysis's order.
        var ordered = names.OrderByDescending(n => n.Name.Count).ToList();
        if (ordered.Count > ShownNamesPerArticle) ordered.RemoveRange(ShownNamesPerArticle, ordered.Count - ShownNamesPerArticle);
        return ordered;
    }

    private (int[] Ids, int[] Mentions) ShownIds(List<(string Key, StoryEntity Name)> names)
    {
        var ids = new int[names.Count];
        var mentions = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            ids[i] = ShownId(names[i].Key, names[i].Name);
            mentions[i] = names[i].Name.Count;
        }
        return (ids, mentions);
    }

    private int ShownId(string key, StoryEntity name)
    {
        if (_shownIds.TryGetValue((key, name.Type), out var id)) return id;
        id = _shownNames.Count;
        _shownIds.Add((key, name.Type), id);
        _shownNames.Add((key, name with { Count = 0 }));
        return id;
    }

    // Gives the guessed names the analysis's types where it names them alike (kept in the state with the names), so
    // that a story's top entities read "PER", "ORG"…; no name is added or counted, so scoring is what guessing alone gives.
    private void TypeNames(IReadOnlyList<StoryEntity> analysed)
    {
        foreach (var e in analysed)
        {
            if (string.IsNullOrWhiteSpace(e.Name) || e.Type is null || !_entityIds.TryGetValue(NormaliseName(e.Name), out var id)) continue;
            if (_entities[id].Type is null) _entities[id] = _entities[id] with { Type = e.Type };
        }
    }

    private static string NormaliseName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
