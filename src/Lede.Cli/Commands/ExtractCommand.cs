using System.CommandLine;
using Lede.Cli.Batch;
using Lede.Extraction;
using Lede.Extraction.Output;

namespace Lede.Cli.Commands;

/// <summary><c>lede extract</c>: one structured article per input.</summary>
public static class ExtractCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = new PageOptions();
        var command = new Command("extract", "Extract the article (headline, authors, dates, images, clean body) from each input");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var extractor = new ArticleExtractor();
            using var loader = new PageLoader(extractor, stdin, parse.GetValue(options.Url), PageOptions.ParseInputFormat(parse.GetValue(options.InputFormat)!));
            return ArticleBatch.Run(parse, options, stdout, stderr, item =>
            {
                var article = loader.Load(item);
                return (ArticleJson.ToJsonObject(article), article);
            });
        });
        return command;
    }
}
