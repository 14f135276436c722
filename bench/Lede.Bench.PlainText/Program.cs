using Lede.Bench.PlainText;
using Lede.Extraction;

// Plain-text mode benchmark. Usage: Lede.Bench.PlainText [data-folder] [--dump folder] [--misses N]
// zyte-aeb-dev: each HTML page flattened to visible text, read in text mode, scored against the gold body.
// htmldate-eval-dev: each page flattened to visible text, the publication day text mode finds.
// polnear-train-dev: headline exact-match, wire agency accuracy, author match, publication day.
var options = BenchOptions.Parse(args);
var extractor = new ArticleExtractor();

var zyte = Path.Combine(options.DataFolder, "zyte-aeb-dev");
if (Directory.Exists(zyte)) FlattenedPageBenchmark.Run(zyte, extractor, options);
else Console.WriteLine($"(no {zyte})");

var htmldate = Path.Combine(options.DataFolder, "htmldate-eval-dev");
if (Directory.Exists(htmldate)) FlattenedDateBenchmark.Run(htmldate, extractor, options);
else Console.WriteLine($"(no {htmldate})");

var polnear = Path.Combine(options.DataFolder, "polnear-train-dev");
if (Directory.Exists(polnear)) WireTextBenchmark.Run(polnear, extractor, options);
else Console.WriteLine($"(no {polnear})");
