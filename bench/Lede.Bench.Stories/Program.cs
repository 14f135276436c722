using Lede.Bench.Stories;

// Usage: dotnet run -c Release --project bench/Lede.Bench.Stories -- [DATA] [--seed N] [--only duplicates|stories|real|wire|web] [--list] [--pairs] [--dump FILE] [--features FILE] [--explain N] [--causes] [--show N]
//        duplicate thresholds to explore: [--min-similarity J] [--min-containment C] [--shingle N]
//        story settings to explore: [--join T] [--pair-join T] [--nearest T] [--nearest-support 1|2] [--entity-weight W] [--time-penalty P] [--terms K] [--burst B] [--burst-support K] [--burst-window D] [--max-gap D] [--merge T] [--body-words N] [--headline-weight N] [--signature W] [--headline-miss P] [--signature-terms K] [--bursts-now | --no-bursts-now]
//        [--loose-merge T (above 1: off)] [--key-name-miss P] [--key-names K] [--number-miss P] [--number-words N] [--loose-gap D] [--loose-cohesion C] [--loose-articles N]
//        real news squeezed into N days, a dense stream of one topic (stress check for chaining): [--compress-days N]
//        [--anchor-stories K (0: off)] [--anchor-burst R] [--anchor-share S] [--anchor-words N] [--anchor-gap D]
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var data = DevelopmentTexts.FindDataFolder(positional.FirstOrDefault());
var seed = int.TryParse(Option("--seed"), out var s) ? s : 20260526;
var only = Option("--only");

var polnear = DevelopmentTexts.PolNear(data);
var zyte = DevelopmentTexts.Zyte(data);
var trafilatura = DevelopmentTexts.Trafilatura(data).Where(t => t.WordCount >= 60).ToList();
var originals = polnear.Concat(zyte).Concat(trafilatura).ToList();
Console.WriteLine($"Data: {data}");
Console.WriteLine($"Originals: {polnear.Count} PolNeAR, {zyte.Count} Zyte, {trafilatura.Count} trafilatura (>= 60 words)");
Console.WriteLine("Timings come from a shared 2-core machine with other builds running: treat them as rough.");
Console.WriteLine();

if (only is null or "duplicates")
{
    var duplicateOptions = new Lede.Corpus.Duplicates.DuplicateDetectorOptions();
    if (double.TryParse(Option("--min-similarity"), System.Globalization.CultureInfo.InvariantCulture, out var ms)) duplicateOptions = duplicateOptions with { MinSimilarity = ms };
    if (double.TryParse(Option("--min-containment"), System.Globalization.CultureInfo.InvariantCulture, out var mc)) duplicateOptions = duplicateOptions with { MinContainment = mc };
    if (int.TryParse(Option("--shingle"), out var sz)) duplicateOptions = duplicateOptions with { ShingleSize = sz };
    DuplicateBenchmark.Run(originals, DevelopmentTexts.Conll(data), seed, duplicateOptions);
    Console.WriteLine();
}
var storyOptions = new Lede.Corpus.Stories.StoryClustererOptions();
var inv = System.Globalization.CultureInfo.InvariantCulture;
if (double.TryParse(Option("--join"), inv, out var jt)) storyOptions = storyOptions with { JoinThreshold = jt };
if (double.TryParse(Option("--pair-join"), inv, out var pj)) storyOptions = storyOptions with { PairJoinThreshold = pj };
if (double.TryParse(Option("--nearest"), inv, out var na)) storyOptions = storyOptions with { NearestArticleThreshold = na };
if (int.TryParse(Option("--nearest-support"), out var ns)) storyOptions = storyOptions with { NearestArticleSupport = ns };
if (double.TryParse(Option("--entity-weight"), inv, out var ew)) storyOptions = storyOptions with { EntityWeight = ew };
if (double.TryParse(Option("--time-penalty"), inv, out var tp)) storyOptions = storyOptions with { TimePenalty = tp };
if (double.TryParse(Option("--burst"), inv, out var bw)) storyOptions = storyOptions with { BurstWeight = bw };
if (double.TryParse(Option("--burst-support"), inv, out var bsu)) storyOptions = storyOptions with { BurstSupport = bsu };
if (double.TryParse(Option("--burst-window"), inv, out var bd)) storyOptions = storyOptions with { BurstWindowDays = bd };
if (double.TryParse(Option("--max-gap"), inv, out var mg)) storyOptions = storyOptions with { MaxGapDays = mg };
if (double.TryParse(Option("--merge"), inv, out var mt)) storyOptions = storyOptions with { MergeThreshold = mt };
if (int.TryParse(Option("--body-words"), out var bwds)) storyOptions = storyOptions with { MaxBodyWords = bwds };
if (int.TryParse(Option("--headline-weight"), out var hw)) storyOptions = storyOptions with { HeadlineWeight = hw };
if (double.TryParse(Option("--signature"), inv, out var sgw)) storyOptions = storyOptions with { SignatureWeight = sgw };
if (double.TryParse(Option("--headline-miss"), inv, out var hmp)) storyOptions = storyOptions with { HeadlineMissPenalty = hmp };
if (double.TryParse(Option("--merge-slack"), inv, out var msl)) storyOptions = storyOptions with { MergeCandidateSlack = msl };
if (int.TryParse(Option("--signature-terms"), out var sgt)) storyOptions = storyOptions with { SignatureTerms = sgt };
if (int.TryParse(Option("--anchor-stories"), out var ank)) storyOptions = storyOptions with { EventAnchorStories = ank };
if (double.TryParse(Option("--anchor-burst"), inv, out var anb)) storyOptions = storyOptions with { EventAnchorBurst = anb };
if (double.TryParse(Option("--anchor-share"), inv, out var ans)) storyOptions = storyOptions with { EventAnchorShare = ans };
if (int.TryParse(Option("--anchor-words"), out var anw)) storyOptions = storyOptions with { EventAnchorLedeWords = anw };
if (double.TryParse(Option("--anchor-gap"), inv, out var ang)) storyOptions = storyOptions with { EventAnchorGapDays = ang };
if (double.TryParse(Option("--loose-merge"), inv, out var lm)) storyOptions = storyOptions with { LooseMergeThreshold = lm };
if (double.TryParse(Option("--key-name-miss"), inv, out var knm)) storyOptions = storyOptions with { KeyNameMissPenalty = knm };
if (double.TryParse(Option("--number-miss"), inv, out var nm)) storyOptions = storyOptions with { NumberMissPenalty = nm };
if (int.TryParse(Option("--number-words"), out var nw)) storyOptions = storyOptions with { NumberLedeWords = nw };
if (int.TryParse(Option("--key-names"), out var kn)) storyOptions = storyOptions with { KeyNames = kn };
if (double.TryParse(Option("--loose-gap"), inv, out var lg)) storyOptions = storyOptions with { LooseMergeGapDays = lg };
if (double.TryParse(Option("--loose-cohesion"), inv, out var lc)) storyOptions = storyOptions with { LooseMergeMaxCohesion = lc };
if (int.TryParse(Option("--loose-articles"), out var la)) storyOptions = storyOptions with { LooseMergeMaxArticles = la };
if (args.Contains("--burst-stories")) storyOptions = storyOptions with { BurstsCountStories = true };
if (args.Contains("--bursts-now")) storyOptions = storyOptions with { CentroidBurstsNow = true };
if (args.Contains("--no-bursts-now")) storyOptions = storyOptions with { CentroidBurstsNow = false };
if (int.TryParse(Option("--terms"), out var tk)) storyOptions = storyOptions with { TermsPerArticle = tk };
if (only is null or "stories")
{
    StoryBenchmark.Run(originals, seed, storyOptions, int.TryParse(Option("--show"), out var show) ? show : 5);
    Console.WriteLine();
}
if (only is null or "real")
{
    if (int.TryParse(Option("--compress-days"), out var cdays))
    {
        // A stress check, not a score: the campaign's year squeezed into a few days is as dense as a busy news week of
        // one topic, which none of the checks is; it shows whether merges chain (the labels' events then mix).
        var ordered = polnear.OrderBy(a => a.Date).ToList();
        var start = ordered[0].Date!.Value;
        polnear = ordered.Select((a, i) => a with { Date = start.AddDays(cdays * (double)i / ordered.Count) }).ToList();
    }
    RealNewsCheck.Run(polnear, storyOptions, args.Contains("--list"), int.TryParse(Option("--explain"), out var ex) ? ex : 0, args.Contains("--analysis"), Option("--features"), args.Contains("--causes"));
}
if (only is null or "wire")
{
    Console.WriteLine();
    WireNewsCheck.Run(data, storyOptions, args.Contains("--list"), args.Contains("--pairs"));
}
if (only is null or "web")
{
    Console.WriteLine();
    WebNewsCheck.Run(data, storyOptions, args.Contains("--list"), args.Contains("--pairs"), Option("--dump"), Option("--features"));
}
