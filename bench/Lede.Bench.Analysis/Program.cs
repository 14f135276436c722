using Lede.Bench.Analysis;

// Analysis benchmarks and training. Figures are printed; nothing here is a test.
//   train [DATA] [--out FILE] [--epochs N] [--min-count N] [--prune W] [--seed N]
//                               train the entity model on DATA/conll2003-train/train.txt
//   ner [DATA] [--model FILE]   entity-level P/R/F1 on DATA/conll2003-dev, tagging speed, load time
//   ner-i18n [DATA] [--show] [--split tuned|heldout] [--bodies DIR] [--candidates LANG] [--peek LIST]  per-type P/R/F1 of the rule-based tagger on hand-labelled German, French and
//                               Spanish dev pages (bench/ner-i18n-gold.tsv); --bodies writes the labelled body windows to DIR
//   ner-web [DATA] [--show] [--split tuned|heldout] [--bodies DIR] [--candidates LANG]  the same on hand-labelled English news pages of
//                               zyte-aeb-dev (bench/ner-web-en-gold.tsv; PER, ORG and LOC scored: MISC is not labelled)
//   show [FILE|DIR] [--model FILE]  print sentences and mentions of text files (default: the seed story)
//   errors [DATA] [--model FILE] [--top N]  most frequent tagging mistakes on conll2003-dev
//   profile [DATA] [--model FILE] [--rounds N]  thread CPU time per tagging stage
//   split [DATA]                sentence-splitter agreement with conll2003-dev sentence boundaries
//   clusters --vectors FILE [--out FILE] [--words N] [--branching N] [--levels N] [--rounds N]
//                               cluster word vectors (GloVe text format) into the word-cluster list the tagger reads
//   speed [DATA] [--rounds N] [--dump FILE] [--only html|text|english|rules]  one-thread articles/s, ms per stage, KB allocated; dev HTML pages and PolNeAR texts
var verb = args.Length > 0 ? args[0] : "ner";
var rest = args.Skip(1).ToArray();
var data = rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(rest, a)) ?? RepoPaths.DefaultData();
string? Option(string name)
{
    var i = Array.IndexOf(rest, name);
    return i >= 0 && i + 1 < rest.Length ? rest[i + 1] : null;
}
static bool IsOptionValue(string[] a, string value)
{
    var i = Array.IndexOf(a, value);
    return i > 0 && a[i - 1].StartsWith("--", StringComparison.Ordinal);
}

return verb switch
{
    "train" => TrainRun.Run(data, Option("--out") ?? Path.Combine(RepoPaths.Root(), "src/Lede.Analysis/Models/ner-en.bin"), Option("--epochs"), Option("--min-count"), Option("--prune"), Option("--seed"), rest.Contains("--no-reference"), Option("--models"), rest.Contains("--no-clusters")),
    "clusters" => WordClusterBuild.Run(Option("--vectors") ?? throw new ArgumentException("clusters needs --vectors FILE"),
        Option("--out") ?? Path.Combine(RepoPaths.Root(), "src/Lede.Analysis/Models/word-clusters-en.txt.gz"),
        int.Parse(Option("--words") ?? "1000000"), int.Parse(Option("--branching") ?? "16"), int.Parse(Option("--levels") ?? "3"), int.Parse(Option("--rounds") ?? "20")),
    "ner" => NerBenchmark.Run(data, Option("--model"), Option("--dump")),
    "ner-i18n" => Option("--candidates") is { } language ? NerI18nBenchmark.Candidates(data, language) : Option("--peek") is { } list ? NerI18nBenchmark.Peek(data, list) : NerI18nBenchmark.Run(data, Option("--bodies"), rest.Contains("--show"), Option("--split")),
    // English news of 2019 (zyte-aeb-dev), hand-labelled like ner-i18n: the trained tagger on modern web text, not 1996 Reuters.
    "ner-web" => Option("--candidates") is { } webLanguage ? NerI18nBenchmark.Candidates(data, webLanguage, "zyte-aeb-dev")
        : NerI18nBenchmark.Run(data, Option("--bodies"), rest.Contains("--show"), Option("--split"), "ner-web-en-gold.tsv", new HashSet<string> { "PER", "ORG", "LOC" }),
    "split" => SplitBenchmark.Run(data),
    "speed" => SpeedBenchmark.Run(data, int.Parse(Option("--rounds") ?? "1"), Option("--dump"), Option("--only")),
    "errors" => ErrorReport.Run(data, Option("--model"), int.Parse(Option("--top") ?? "60")),
    "profile" => StageProfile.Run(data, Option("--model"), int.Parse(Option("--rounds") ?? "5")),
    "show" => ShowRun.Run(rest.FirstOrDefault() ?? Path.Combine(RepoPaths.Root(), "../shared/seed"), Option("--model")),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Lede.Bench.Analysis (train|ner|ner-i18n|ner-web|errors|profile|show|split|speed) [DATA] [--out FILE] [--model FILE] [--epochs N] [--min-count N] [--prune W] [--seed N] [--top N] [--rounds N] [--dump FILE] [--only html|text|english|rules]");
    return 2;
}
