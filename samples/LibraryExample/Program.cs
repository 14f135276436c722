// Lede as a library: extract one page, analyse it, then keep pages in a corpus and search it.
// Run from the repository root: dotnet run --project samples/LibraryExample -- samples/harbour-bridge.html
using Lede.Analysis;
using Lede.Corpus;
using Lede.Corpus.Search;
using Lede.Extraction;

var path = args.Length > 0 ? args[0] : "samples/harbour-bridge.html";

// 1. Extract: one extractor serves any number of pages, from any number of threads.
var extractor = new ArticleExtractor();
var article = extractor.Extract(File.ReadAllBytes(path), new ExtractionRequest { Source = path });
Console.WriteLine($"{article.Headline}");
Console.WriteLine($"  by {string.Join(", ", article.Authors.Select(a => a.Name))}; published {article.DatePublished} (from {article.DatePublishedSource})");

// 2. Understand: entities, quotes with their speakers, attributed figures. The model loads once.
var analyzer = new ArticleAnalyzer();
var analysis = analyzer.Analyze(article.ArticleBody, article.InLanguage);
foreach (var quote in analysis.Quotes)
    Console.WriteLine($"  {quote.Speaker?.Name ?? "(unattributed)"} [{quote.Kind}]: {quote.Text}");
foreach (var claim in analysis.Claims)
    Console.WriteLine($"  figure: {claim.Text} = {claim.Value} {claim.Unit} (source: {claim.Source?.Text ?? "none"})");

// 3. Follow the story: ingest into an embedded corpus (idempotent), then search it.
var database = Path.Combine(Path.GetTempPath(), "lede-library-example.db");
using var corpus = NewsCorpus.Open(new CorpusOptions { DatabasePath = database });
var report = corpus.Ingest([path], a => analyzer.Analyze(a.ArticleBody, a.InLanguage));
Console.WriteLine($"corpus: {report.Stored} new, {corpus.Count} articles in {database}");
foreach (var hit in corpus.Search(new SearchQuery { Text = "bridge" }))
    Console.WriteLine($"  hit: {hit.Headline} ({hit.DatePublished})");
