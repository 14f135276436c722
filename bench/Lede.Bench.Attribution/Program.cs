using System.Diagnostics;
using Lede.Analysis;
using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Bench.Attribution;
using Lede.Extraction;

// Attribution benchmark on PolNeAR: who said what, scored by word overlap of content spans.
// Usage: dotnet run -c Release --project bench/Lede.Bench.Attribution -- [DATA] [--split dev|train] [--errors N] [--dump FILE] [--slice K] [--cues FILE] [--content FILE]
// --cues FILE / --content FILE score with other cue / content-end models (ones trained with `--hold-out K`, for tuning on `--split train --slice K`).
// --cue-heads also scores the cue classifier on the gold cue heads (precision/recall of heads; how many missed attributions it saw);
// with --errors it also prints each missed attribution whose head scored within the finder's margin (MISSED-HEAD), with its context.
// --languages [--labels FILE] [--errors N] [--heldout-errors]: direct quotes and speakers in German, French and Spanish development pages against
// the hand labels in Languages/quotes-de-fr-es.tsv (--labels Languages/quotes-pt-pl.tsv: Portuguese and Polish; see Languages/README.md),
// per language and for tuning and held-out pages apart.
// --web [--labels FILE] [--errors N] [--dump-text DIR]: attributions on English web pages against the hand labels in Web/attributions-en.tsv.
// --dump writes one JSON line per article with the predicted attributions (offsets only, no text) for error analysis.
// train-tags [DATA] --out FILE [--hold-out K] [--epochs N] [--min-count N] [--prune W]: trains the attribution tagger (src/Lede.Analysis/Models/attribution-tags-en.bin) on split train.
// --tags FILE scores with another attribution tagger (one trained with --hold-out K).
// train-tagged [DATA] --out FILE [--hold-out 5] [--threshold T] [--epochs N]: trains the chooser of tagged attributions
// (tried, not shipped: see src/Lede.Analysis/Models/README.md) on split train, from 5-fold jackknifed cue, content-end and tagger models;
// --hold-out 5 leaves out the articles `--split train --slice 5` scores; --fold-models DIR keeps the fold models there for reuse.
// --source-errors N lists the N most common kinds of speaker-boundary error (speaker overlaps the gold source but starts or
// ends elsewhere, with the extra or missing words), from matched pairs with a gold source.
// --no-speed skips the closing speed pass (quality figures only).
// --tagged FILE scores with such a chooser in place of the finder's hand rule (none ships), --tagged-threshold T with another threshold.
if (args.Contains("--languages"))
{
    // German, French and Spanish quotes against the hand labels (LanguageQuoteBench).
    var languageData = Lede.Bench.Common.DataPaths.DataRoot(args.FirstOrDefault(a => !a.StartsWith("--") && a != Option("--labels") && a != Option("--errors")));
    var labels = Option("--labels") ?? Path.Combine(RepoRoot(), "bench", "Lede.Bench.Attribution", "Languages", "quotes-de-fr-es.tsv");
    return LanguageQuoteBench.Run(languageData, labels, int.TryParse(Option("--errors"), out var languageErrors) ? languageErrors : 0,
        args.Contains("--heldout-errors"));
}

if (args.Contains("--web"))
{
    // English web pages off political news against the hand labels in Web/attributions-en.tsv (WebAttributionBench).
    var webData = Lede.Bench.Common.DataPaths.DataRoot(args.FirstOrDefault(a => !a.StartsWith("--") && a != Option("--labels") && a != Option("--errors") && a != Option("--dump-text") && a != Option("--tags")));
    var webLabels = Option("--labels") ?? Path.Combine(RepoRoot(), "bench", "Lede.Bench.Attribution", "Web", "attributions-en.tsv");
    return WebAttributionBench.Run(webData, webLabels, int.TryParse(Option("--errors"), out var webErrors) ? webErrors : 0, Option("--dump-text"),
        Option("--tags") == "none" ? new ArticleAnalyzer(null, CueModel.Default, ContentEndModel.Default) : new ArticleAnalyzer());
}

if (args.Length > 0 && args[0] == "train-tags")
{
    var trainData = args.Length > 1 && !args[1].StartsWith("--") ? args[1] : Path.Combine(RepoRoot(), "..", "shared", "data");
    var target = Option("--out") ?? "attribution-tags-en.bin";
    var trainer = new AttributionTaggerTrainer
    {
        HoldOutEvery = int.TryParse(Option("--hold-out"), out var every) ? every : 0,
        Epochs = int.TryParse(Option("--epochs"), out var epochs) ? epochs : new AttributionTaggerTrainer().Epochs,
        MinFeatureCount = int.TryParse(Option("--min-count"), out var minCount) ? minCount : new AttributionTaggerTrainer().MinFeatureCount,
        PruneBelow = float.TryParse(Option("--prune"), System.Globalization.CultureInfo.InvariantCulture, out var prune) ? prune : new AttributionTaggerTrainer().PruneBelow,
    };
    WriteModel(target, file => trainer.Train(Path.Combine(trainData, "polnear-train-dev"), file, Console.WriteLine));
    return 0;
}

if (args.Length > 0 && args[0] == "train-tagged")
{
    var trainData = args.Length > 1 && !args[1].StartsWith("--") ? args[1] : Path.Combine(RepoRoot(), "..", "shared", "data");
    var target = Option("--out") ?? "tagged-attributions-en.bin";
    var trainer = new TaggedAttributionTrainer
    {
        HoldOutFirstFold = Option("--hold-out") is { } holdOut && holdOut != "0",
        Threshold = float.TryParse(Option("--threshold"), System.Globalization.CultureInfo.InvariantCulture, out var threshold) ? threshold : new TaggedAttributionTrainer().Threshold,
        Epochs = int.TryParse(Option("--epochs"), out var epochs) ? epochs : new TaggedAttributionTrainer().Epochs,
        FoldModelFolder = Option("--fold-models"),
        MinFeatureCount = int.TryParse(Option("--min-count"), out var minCount) ? minCount : new TaggedAttributionTrainer().MinFeatureCount,
    };
    if (Option("--hold-out") is { } every && every != "0" && every != trainer.Folds.ToString())
    {
        Console.Error.WriteLine($"--hold-out must be {trainer.Folds} (the first of the jackknife's folds is left out)");
        return 2;
    }
    WriteModel(target, file => trainer.Train(Path.Combine(trainData, "polnear-train-dev"), file, Console.WriteLine));
    return 0;
}

var data = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault()
    ?? Path.Combine(RepoRoot(), "..", "shared", "data");
var split = Option("--split") ?? "dev";
var showErrors = int.TryParse(Option("--errors"), out var n) ? n : 0;
var folder = Path.Combine(data, "polnear-train-dev");
// --slice K keeps every K-th article (the ones `lede train --model cues --hold-out K` leaves out): a validation slice of train.
var slice = int.TryParse(Option("--slice"), out var k) && k > 0 ? k : 1;
var documents = GoldDocument.Load(folder, split).Where((_, i) => i % slice == 0).ToList();
if (documents.Count == 0)
{
    Console.Error.WriteLine($"no '{split}' documents in {folder}");
    return 1;
}

const double MatchThreshold = 0.5;
var tagged = Option("--tagged") is { } taggedPath ? Load(taggedPath, TaggedAttributionModel.Read) : null;
if (tagged is not null && float.TryParse(Option("--tagged-threshold"), System.Globalization.CultureInfo.InvariantCulture, out var taggedThreshold))
    tagged = tagged.WithThreshold(taggedThreshold);
var cueModel = Option("--cues") is { } cuesPath ? Load(cuesPath, CueModel.Read) : CueModel.Default;
var contentModel = Option("--content") is { } contentPath ? Load(contentPath, ContentEndModel.Read) : ContentEndModel.Default;
var tagModel = Option("--tags") is { } tagsPath ? (tagsPath == "none" ? null : Load(tagsPath, AttributionTagger.Read)) : AttributionTagger.Default;
var analyzer = Option("--cues") is null && Option("--content") is null && Option("--tags") is null && Option("--tagged") is null && Option("--tagged-threshold") is null
    ? new ArticleAnalyzer()
    : new ArticleAnalyzer(null, cueModel, contentModel, tagModel, tagged);
var types = new[] { "direct", "mixed", "indirect" };
var goldByType = types.ToDictionary(t => t, _ => 0);
var matchedByGoldType = types.ToDictionary(t => t, _ => 0);
var predictedByKind = types.ToDictionary(t => t, _ => 0);
var matchedByKind = types.ToDictionary(t => t, _ => 0);
int gold = 0, predicted = 0, matched = 0, withSource = 0, speakerOverlap = 0, nameChecked = 0, nameRight = 0;
var analysisTicks = 0L;
var errorsShown = 0;
var showExtent = int.TryParse(Option("--extent"), out var extentLimit) ? extentLimit : 0;
var extentShown = 0;
var speakerBoundaries = new SourceBoundaryReport("speaker");
var sourceBoundaries = new SourceBoundaryReport("source phrase");
var cueHeads = args.Contains("--cue-heads") ? new CueHeadReport(Option("--cues") is { } headCuesPath ? Load(headCuesPath, CueModel.Read) : CueModel.Default!, showErrors > 0 ? Console.Out : null) : null;
using var dump = Option("--dump") is { } dumpPath ? new StreamWriter(dumpPath) : null;

foreach (var document in documents)
{
    var started = Stopwatch.GetTimestamp();
    var analysis = analyzer.Analyze(document.Text);
    analysisTicks += Stopwatch.GetTimestamp() - started;

    // The finder's source phrases as read (claims show them as they are; a quote's speaker narrows to the name in them).
    var sourcePhrases = SourcePhrases(document.Text);
    var predictions = Group(analysis.Quotes, sourcePhrases);
    dump?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
    {
        id = document.Id,
        predicted = predictions.Select(p => new
        {
            content = p.Content.Select(r => new[] { r.Start, r.End }),
            speaker = p.Speaker is { } s ? new[] { s.Start, s.End } : null,
            kind = p.Kind,
            name = p.SpeakerName,
            cue = p.Cue is { } c ? new[] { c.Start, c.End } : null,
        }),
    }));
    var overlap = new ContentWordOverlap(document.Text);
    var goldWords = document.Attributions.Select(a => overlap.Words(a.Content)).ToArray();
    var predictedWords = predictions.Select(p => overlap.Words(p.Content)).ToArray();
    var pairs = new List<(double F1, int P, int G)>();
    for (var p = 0; p < predictions.Count; p++)
        for (var g = 0; g < goldWords.Length; g++)
        {
            var f1 = ContentWordOverlap.F1(predictedWords[p], goldWords[g]);
            if (f1 >= MatchThreshold) pairs.Add((f1, p, g));
        }
    var usedP = new bool[predictions.Count];
    var usedG = new bool[goldWords.Length];
    foreach (var (_, p, g) in pairs.OrderByDescending(x => x.F1))
    {
        if (usedP[p] || usedG[g]) continue;
        usedP[p] = usedG[g] = true;
        var goldAttribution = document.Attributions[g];
        var prediction = predictions[p];
        matched++;
        matchedByGoldType[goldAttribution.Type]++;
        matchedByKind[prediction.Kind]++;
        if (goldAttribution.Source.Length > 0)
        {
            withSource++;
            var overlaps = prediction.Speaker is { } s && goldAttribution.Source.Any(r => r.Start < s.End && s.Start < r.End);
            speakerBoundaries.Add(document.Text, goldAttribution.Source, prediction.Speaker);
            sourceBoundaries.Add(document.Text, goldAttribution.Source, prediction.SourcePhrase);
            if (overlaps) speakerOverlap++;
            else if (errorsShown < showErrors)
            {
                errorsShown++;
                Console.WriteLine($"SPEAKER {document.Id}: gold '{Text(document.Text, goldAttribution.Source)}' predicted '{(prediction.Speaker is { } sp ? document.Text[sp.Start..sp.End] : "-")}' :: {Snippet(document.Text, prediction.Content)}");
            }
            if (goldAttribution.Type == "direct")
            {
                var expected = FullNameOracle.FullName(document.Text, Text(document.Text, goldAttribution.Source));
                if (expected is not null)
                {
                    nameChecked++;
                    if (prediction.SpeakerName == expected) nameRight++;
                    else if (errorsShown < showErrors)
                    {
                        errorsShown++;
                        Console.WriteLine($"NAME {document.Id}: expected '{expected}' got '{prediction.SpeakerName}' from '{(prediction.Speaker is { } ps ? document.Text[ps.Start..ps.End] : "-")}' :: {Snippet(document.Text, prediction.Content)}");
                    }
                }
            }
        }
    }
    cueHeads?.Add(document, usedG);
    gold += goldWords.Length;
    predicted += predictions.Count;
    foreach (var a in document.Attributions) goldByType[a.Type]++;
    foreach (var p in predictions) predictedByKind[p.Kind]++;
    for (var g = 0; g < goldWords.Length && errorsShown < showErrors; g++)
        if (!usedG[g]) { errorsShown++; Console.WriteLine($"MISSED {document.Id} [{document.Attributions[g].Type}] cue '{Text(document.Text, document.Attributions[g].Cue)}' src '{Text(document.Text, document.Attributions[g].Source)}' :: {Snippet(document.Text, document.Attributions[g].Content)}"); }
    for (var p = 0; p < predictions.Count && errorsShown < showErrors; p++)
        if (!usedP[p]) { errorsShown++; Console.WriteLine($"EXTRA {document.Id} [{predictions[p].Kind}] :: {Snippet(document.Text, predictions[p].Content)}"); }
    // --extent N: unmatched predictions that overlap a gold content too little, with the words past the gold's end (too long) or short of it.
    for (var p = 0; p < predictions.Count && extentShown < showExtent; p++)
    {
        if (usedP[p]) continue;
        var best = -1; var bestF1 = 0.0;
        for (var g = 0; g < goldWords.Length; g++)
        {
            var f1 = ContentWordOverlap.F1(predictedWords[p], goldWords[g]);
            if (f1 > bestF1) { bestF1 = f1; best = g; }
        }
        if (best < 0) continue;
        extentShown++;
        var goldContent = document.Attributions[best].Content;
        var goldEnd = goldContent.Max(r => r.End);
        var predictedEnd = predictions[p].Content.Max(r => r.End);
        var side = predictedEnd > goldEnd ? "LONG" : "SHORT";
        var tail = predictedEnd > goldEnd ? document.Text[goldEnd..predictedEnd] : document.Text[predictedEnd..Math.Min(goldEnd, predictedEnd + 120)];
        Console.WriteLine($"{side} {document.Id} [{predictions[p].Kind}/{document.Attributions[best].Type}] f1 {bestF1:F2} gold '{Snippet(document.Text, goldContent)}' :: tail '{tail.Replace('\n', ' ')}' :: predicted '{Snippet(document.Text, predictions[p].Content)}' cue '{(predictions[p].Cue is { } pc ? document.Text[pc.Start..pc.End] : "-")}'");
    }
}

var seconds = (double)analysisTicks / Stopwatch.Frequency;
Console.WriteLine($"PolNeAR attribution, split '{split}': {documents.Count} articles, {gold} gold attributions, {predicted} predicted");
Console.WriteLine($"match: content word-overlap F1 >= {MatchThreshold}, one-to-one, greedy by overlap");
Console.WriteLine();
Console.WriteLine("| content | precision | recall | F1 | gold | predicted | matched |");
Console.WriteLine("|---|---|---|---|---|---|---|");
Row("all", matched, predicted, matched, gold);
foreach (var t in types) Row(t, matchedByKind[t], predictedByKind[t], matchedByGoldType[t], goldByType[t]);
Console.WriteLine();
Console.WriteLine($"speaker overlaps gold source (matched pairs with a gold source): {Ratio(speakerOverlap, withSource)} ({speakerOverlap}/{withSource})");
Console.WriteLine($"speaker name = full name (matched direct quotes whose gold source names a person): {Ratio(nameRight, nameChecked)} ({nameRight}/{nameChecked})");
speakerBoundaries.Print(Console.Out, 0);
sourceBoundaries.Print(Console.Out, int.TryParse(Option("--source-errors"), out var sourceErrors) ? sourceErrors : 0);
cueHeads?.Print();
if (args.Contains("--no-speed")) return 0;

// Speed: extraction of the plain text plus analysis of its body, one thread, after a warm-up pass.
var extractor = new ArticleExtractor();
var request = new ExtractionRequest { Format = InputFormat.Text };
foreach (var document in documents.Take(10)) analyzer.Analyze(extractor.Extract(document.Text, request).ArticleBody);
var allocated = GC.GetAllocatedBytesForCurrentThread();
var clock = Stopwatch.StartNew();
foreach (var document in documents) analyzer.Analyze(extractor.Extract(document.Text, request).ArticleBody);
clock.Stop();
allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
Console.WriteLine($"speed (one thread, extract + analyze): {documents.Count / clock.Elapsed.TotalSeconds:F0} articles/s, {allocated / 1048576.0 / documents.Count:F2} MB allocated per article");
Console.WriteLine($"speed (analysis only, first pass incl. warm-up): {documents.Count / seconds:F0} articles/s");
return 0;

void Row(string label, int matchedPredicted, int predictedCount, int matchedGold, int goldCount)
{
    var p = predictedCount == 0 ? 0 : (double)matchedPredicted / predictedCount;
    var r = goldCount == 0 ? 0 : (double)matchedGold / goldCount;
    var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    Console.WriteLine($"| {label} | {p:F3} | {r:F3} | {f:F3} | {goldCount} | {predictedCount} | {matchedGold} |");
}

// Trains into a temporary file and moves it into place, so a stopped run never leaves half a model.
static void WriteModel(string target, Action<Stream> train)
{
    var clock = Stopwatch.StartNew();
    using (var file = File.Create(target + ".tmp")) train(file);
    File.Move(target + ".tmp", target, overwrite: true);
    Console.WriteLine($"wrote {target} ({new FileInfo(target).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:N0} s");
}

static string Ratio(int x, int y) => y == 0 ? "n/a" : ((double)x / y).ToString("F3");

static string Text(string text, (int Start, int End)[] ranges) => string.Join(" … ", ranges.Select(r => text[r.Start..r.End]));

static string Snippet(string text, (int Start, int End)[] ranges)
{
    var s = Text(text, ranges).Replace('\n', ' ');
    return s.Length > 160 ? s[..160] + "…" : s;
}

// Quotes that share a cue are one attribution: "“A,” she said. “B.”" is one gold attribution with two fragments.
static List<PredictedAttribution> Group(IReadOnlyList<Quote> quotes, Dictionary<(int, int), (int, int)> sourcePhrases)
{
    var result = new List<PredictedAttribution>();
    foreach (var group in quotes.GroupBy(q => q.Cue is { } c ? (c.Start, c.End) : (-1 - q.Start, 0)))
    {
        var items = group.ToList();
        var kinds = items.Select(q => q.Kind).Distinct().ToList();
        var kind = kinds.Count == 1 ? kinds[0] : "mixed";
        var speaker = items[0].Speaker;
        (int Start, int End)? phrase = sourcePhrases.TryGetValue((items[0].Start, items[0].End), out var found) ? found : null;
        result.Add(new PredictedAttribution(items.Select(q => (q.Start, q.End)).ToArray(),
            speaker is null ? null : (speaker.Start, speaker.End), kind, speaker?.Name,
            items[0].Cue is { } cue ? (cue.Start, cue.End) : null, phrase));
    }
    return result;
}

// Each content's source phrase as the finder reads it, by the content's range, from the pipeline's own steps and models.
Dictionary<(int, int), (int, int)> SourcePhrases(string text)
{
    var tokens = Lede.Analysis.Text.Tokenizer.Tokenize(text);
    var sentences = Lede.Analysis.Text.SentenceSplitter.Split(text, tokens);
    var result = new Dictionary<(int, int), (int, int)>();
    foreach (var a in AttributionFinder.Find(text, tokens, sentences, QuoteMarkScanner.Scan(text), cueModel, contentModel, tagModel, tagged))
        if (!a.Source.IsEmpty) result.TryAdd((a.Content.Start, a.Content.End), (a.Source.Start, a.Source.End));
    return result;
}

static T Load<T>(string path, Func<Stream, T> read)
{
    using var file = File.OpenRead(path);
    return read(file);
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string RepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
