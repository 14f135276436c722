using Lede.Analysis.Claims;
using Lede.Analysis.Entities;
using Lede.Analysis.Linking;
using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;
using Lede.Extraction.Metadata;

namespace Lede.Analysis;

/// <summary>
/// Understands an article body: sentences, named entities linked into people and organisations with
/// their titles, quotes with resolved speakers, and attributed figures. Thread-safe; reuse one instance.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly AnalysisOptions _options;
    private readonly NamedEntityTagger _tagger;
    private readonly CueModel? _cues;
    private readonly ContentEndModel? _contentEnds;
    private readonly AttributionTagger? _attributionTags;
    private readonly TaggedAttributionModel? _taggedAttributions;

    public ArticleAnalyzer(AnalysisOptions? options = null)
    {
        _options = options ?? new AnalysisOptions();
        var errors = _options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid analysis options: " + string.Join("; ", errors), nameof(options));
        _tagger = NamedEntityTagger.Default;
        _cues = CueModel.Default;
        _contentEnds = ContentEndModel.Default;
        _attributionTags = AttributionTagger.Default;
    }

    /// <summary>
    /// An analyzer with other attribution models (a benchmark's held-out ones), or none: the rules alone. A
    /// <see cref="TaggedAttributionModel"/> (none ships: see Models/README.md) decides on the tagger's contents in place of the hand rule.
    /// </summary>
    internal ArticleAnalyzer(AnalysisOptions? options, CueModel? cues, ContentEndModel? contentEnds, AttributionTagger? attributionTags = null,
        TaggedAttributionModel? taggedAttributions = null) : this(options)
    {
        _cues = cues;
        _contentEnds = contentEnds;
        _attributionTags = attributionTags;
        _taggedAttributions = taggedAttributions;
    }

    public AnalysisOptions Options => _options;

    /// <summary>
    /// Languages (primary subtags) the entity, quote and figure models were trained on. Bodies in other languages
    /// get sentences only: an English tagger reads every capitalised German noun as a name.
    /// </summary>
    public static IReadOnlyList<string> ModelLanguages { get; } = ["en"];

    /// <summary>
    /// Languages (primary subtags) outside <see cref="ModelLanguages"/> whose direct quotes and speakers are found by
    /// speech-tag word rules (<c>Rules/SpeechTagRules.*.cs</c>); entities, indirect speech and figures are not.
    /// </summary>
    public static IReadOnlyList<string> QuoteRuleLanguages => SpeechTagRules.Languages;

    /// <summary>Whether the models read <paramref name="language"/> (BCP 47); an unknown language (null) is read as English.</summary>
    public static bool ReadsLanguage(string? language) =>
        language is null || ModelLanguages.Contains(LanguageIdentifier.Primary(language));

    /// <summary>Analyses an English body; every offset in the result is a UTF-16 position into <paramref name="articleBody"/>.</summary>
    public ArticleAnalysis Analyze(string articleBody) => Analyze(articleBody, null, null);

    /// <summary>
    /// Analyses a body written in <paramref name="language"/> (BCP 47, e.g. the extracted <c>inLanguage</c>; null when
    /// unknown, read as English). In a language outside <see cref="ModelLanguages"/> only sentences are found, and
    /// <see cref="ArticleAnalysis.Warnings"/> says why the rest is empty.
    /// </summary>
    public ArticleAnalysis Analyze(string articleBody, string? language) => Analyze(articleBody, language, null);

    /// <summary>The same analysis, charging each stage's time and allocations to <paramref name="clock"/> when given.</summary>
    internal ArticleAnalysis Analyze(string articleBody, string? language, AnalysisStageClock? clock)
    {
        ArgumentNullException.ThrowIfNull(articleBody);
        clock?.Start();
        // A bounded view keeps offsets valid: the analysed text is a prefix of the body.
        var text = articleBody.Length > _options.MaxBodyChars ? articleBody[.._options.MaxBodyChars] : articleBody;
        var tokens = Tokenizer.Tokenize(text);
        clock?.Lap(AnalysisStageClock.Tokenize);
        var sentences = SentenceSplitter.Split(text, tokens);
        clock?.Lap(AnalysisStageClock.Sentences);
        if (!ReadsLanguage(language))
        {
            return WordRuleAnalysis(text, tokens, sentences, language!, clock);
        }
        var mentions = _tagger.Tag(text, sentences, tokens);
        clock?.Lap(AnalysisStageClock.Entities);
        var linked = EntityLinker.Link(text, mentions, tokens);
        clock?.Lap(AnalysisStageClock.Linking);
        if (!_options.FindQuotes) return new ArticleAnalysis(sentences, linked.Mentions, linked.Entities, [], []);

        var quoted = QuoteMarkScanner.Scan(text);
        var attributions = AttributionFinder.Find(text, tokens, sentences, quoted, _cues, _contentEnds, _attributionTags, _taggedAttributions);
        if (!_options.IncludeUnattributedQuotes) attributions = attributions.Where(a => !a.Source.IsEmpty).ToArray();
        var quotes = QuoteAssembler.Assemble(text, attributions, quoted, new SpeakerResolver(text, linked, quoted), out var speakers);
        clock?.Lap(AnalysisStageClock.Quotes);
        var claims = _options.FindClaims ? ClaimFinder.Find(text, tokens, attributions, speakers) : [];
        clock?.Lap(AnalysisStageClock.Claims);
        return new ArticleAnalysis(sentences, linked.Mentions, linked.Entities, quotes, claims);
    }

    /// <summary>
    /// A language the trained models do not read: people, organisations and places (German, French, Spanish) and direct
    /// quotes with speech tags (German, French, Spanish, Portuguese, Polish) from word rules, sentences only elsewhere; a
    /// warning says what was found by rules and what was not looked for.
    /// </summary>
    private ArticleAnalysis WordRuleAnalysis(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, string language, AnalysisStageClock? clock)
    {
        var nameRules = NameRules.For(language);
        var speechRules = SpeechTagRules.ForLanguage(LanguageIdentifier.Primary(language));
        var models = $"the models read {string.Join(", ", ModelLanguages)}, the article is in {language}";
        if (nameRules is null && speechRules is null)
            return new ArticleAnalysis(sentences, [], [], [], []) { Warnings = [$"entities, quotes and figures were not looked for: {models}"] };

        IReadOnlyList<Mention> mentions = [];
        IReadOnlyList<Entity> entities = [];
        var found = new List<string>();
        var notLookedFor = new List<string>();
        if (nameRules is not null)
        {
            var names = RuleBasedNameTagger.Tag(text, tokens, sentences, nameRules);
            clock?.Lap(AnalysisStageClock.Entities);
            var named = RuleBasedNameTagger.Link(text, tokens, names);
            clock?.Lap(AnalysisStageClock.Linking);
            (mentions, entities) = (named.Mentions, named.Entities);
            found.Add(RuleBasedNameTagger.Found);
        }
        else
        {
            notLookedFor.Add("entities");
        }
        IReadOnlyList<Quote> quotes = [];
        if (speechRules is not null && _options.FindQuotes)
        {
            quotes = WithSpeakerEntities(SpeechTagFinder.Find(text, sentences, speechRules), entities);
            clock?.Lap(AnalysisStageClock.Quotes);
            found.Add(SpeechTagFinder.Found);
            notLookedFor.Add("indirect speech");
        }
        else
        {
            notLookedFor.Add("quotes");
        }
        notLookedFor.Add("figures");
        var warning = $"{string.Join(" and ", found)} were found by word rules for {language}, not by a trained model: what no rule covers is missed " +
            $"and some found may be wrong; {Listed(notLookedFor)} were not looked for ({models})";
        return new ArticleAnalysis(sentences, mentions, entities, quotes, []) { Warnings = [warning] };
    }

    // "a, b and c"
    private static string Listed(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>A speech-tag speaker named as a person the name rules found carries that person's entity id.</summary>
    private static IReadOnlyList<Quote> WithSpeakerEntities(IReadOnlyList<Quote> quotes, IReadOnlyList<Entity> entities)
    {
        if (entities.Count == 0 || quotes.Count == 0) return quotes;
        var persons = entities.Where(e => e.Type == "PER").GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return quotes.Select(q => q.Speaker is { Name: { } name, Entity: null } speaker && persons.TryGetValue(name, out var id)
            ? q with { Speaker = speaker with { Entity = id } }
            : q).ToList();
    }
}
