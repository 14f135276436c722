using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Analysis;
using Lede.Analysis.Model;
using Lede.Cli.Batch;
using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Decoding;
using Lede.Extraction.Model;
using Lede.Extraction.Output;
using Lede.Extraction.Text;

namespace Lede.Cli.Commands;

/// <summary><c>lede analyze</c>: the extracted article plus sentences, entities, quotes and attributed figures.</summary>
public static class AnalyzeCommand
{
    public static readonly string[] AnalyzeFormats = ["json", "jsonl"];

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = new PageOptions();
        var asBody = new Option<bool>("--as-body")
        {
            Description = "Take each input's text verbatim as the article body (no structure detection): offsets refer to the input itself",
        };
        var command = new Command("analyze", "Extract each input's article and find who is in it, who said what, and which figures come from whom");
        options.AddTo(command);
        command.Options.Add(asBody);
        // The shared option offers every extract format; analyze writes JSON only, and its help says so.
        options.Format.HelpName = string.Join('|', AnalyzeFormats);
        options.Format.Description = $"{string.Join(" | ", AnalyzeFormats)} (default: json for one input, jsonl for several)";
        options.Format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !AnalyzeFormats.Contains(value)) result.AddError($"analyze writes json or jsonl, not '{value}'");
        });
        command.SetAction(parse =>
        {
            var analyzer = new ArticleAnalyzer();
            var verbatim = parse.GetValue(asBody);
            var url = parse.GetValue(options.Url);
            var extractor = new ArticleExtractor();
            using var loader = new PageLoader(extractor, stdin, url, PageOptions.ParseInputFormat(parse.GetValue(options.InputFormat)!));
            var fetcher = new Lazy<PageFetcher>(() => new PageFetcher(), LazyThreadSafetyMode.ExecutionAndPublication);
            try
            {
                return ArticleBatch.Run(parse, options, stdout, stderr, item =>
                {
                    var article = verbatim ? ReadVerbatim(item, url, fetcher, stdin, extractor.Options) : loader.Load(item);
                    return (ToJson(article, analyzer.Analyze(article.ArticleBody, article.InLanguage)), article);
                });
            }
            finally
            {
                if (fetcher.IsValueCreated) fetcher.Value.Dispose();
            }
        });
        return command;
    }

    /// <summary>The extract object with the analysis fields beside it.</summary>
    public static JsonObject ToJson(NewsArticle article, ArticleAnalysis analysis)
    {
        var json = ArticleJson.ToJsonObject(article);
        AnalysisJson.AddTo(json, analysis);
        return json;
    }

    /// <summary>--as-body: the input's text as it is, so every offset points into the input.</summary>
    private static NewsArticle ReadVerbatim(InputItem item, string? url, Lazy<PageFetcher> fetcher, TextReader stdin, ExtractionOptions options)
    {
        string text;
        switch (item.Kind)
        {
            case InputKind.Missing:
                throw new FileNotFoundException($"no such file or directory: {item.Source}", item.Source);
            case InputKind.Empty:
                text = "";
                break;
            case InputKind.Stdin:
                text = stdin.ReadToEnd();
                break;
            case InputKind.Url:
                var page = fetcher.Value.FetchAsync(new Uri(item.Source)).GetAwaiter().GetResult();
                text = CharsetDecoder.Decode(page.Content, page.ContentType).Text;
                url ??= page.Url.ToString();
                break;
            default:
                // The same reader and decoder as extraction: size caps, gzip-bomb guard, browser-like charset.
                using (var file = new FileStream(item.Source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                    text = CharsetDecoder.Decode(InputReader.ReadAll(file, options)).Text;
                break;
        }
        return VerbatimArticle.FromText(text, item.Source, url);
    }
}
