using System.CommandLine;
using System.Globalization;
using Lede.Corpus.Output;
using Lede.Corpus.Pages;
using Lede.Corpus.Stories;
using Lede.Extraction.Output;

namespace Lede.Cli.Commands;

/// <summary><c>lede stories</c>: the corpus's articles clustered into stories, as they arrived.</summary>
public static class StoriesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var format = new Option<string>("--format") { Description = "text | jsonl | html (a self-contained page: when each story ran, then each story with its entities and articles)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl", "html");
        var minArticles = new Option<int>("--min-articles") { Description = "Only stories with at least this many articles", DefaultValueFactory = _ => 2 };
        var command = new Command("stories", "Articles grouped into stories (the same event or developing story), with first and last dates and top entities");
        database.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(minArticles);
        command.SetAction(parse =>
        {
            if (parse.GetValue(minArticles) < 1)
            {
                stderr.WriteLine("lede: --min-articles must be at least 1");
                return Program.UsageError;
            }
            using var corpus = database.OpenExisting(parse, stderr);
            if (corpus is null) return Program.UsageError;
            var stories = corpus.Stories(parse.GetValue(minArticles));
            if (parse.GetValue(format) == "html")
            {
                StoryListHtmlWriter.Write(stories, stdout);
                return Program.Ok;
            }
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var json in CorpusJson.Stories(corpus, stories)) stdout.WriteLine(json.ToJsonString(ArticleJson.Compact));
                return Program.Ok;
            }
            var dates = CorpusJson.DatesAsGiven(corpus, stories);
            if (stories.Count == 0)
            {
                var min = parse.GetValue(minArticles);
                stdout.WriteLine(corpus.Count == 0
                    ? "The corpus is empty: nothing has been ingested yet."
                    : min == 1 ? "No stories yet." : $"No story has {min} articles or more ({corpus.Count:N0} article{(corpus.Count == 1 ? "" : "s")} in the corpus; --min-articles 1 lists every story).");
            }
            foreach (var story in stories)
            {
                var span = story.FirstSeen is { } first ? $"{first:yyyy-MM-dd} … {story.LastSeen:yyyy-MM-dd}" : "undated";
                stdout.WriteLine($"Story {story.Id}: {story.Title}  ({Counted.Of(story.Articles.Count, "article")}, {span})");
                if (story.TopEntities.Count > 0) stdout.WriteLine($"  about: {string.Join(", ", story.TopEntities.Take(6).Select(e => e.Name))}");
                foreach (var article in story.Articles)
                    stdout.WriteLine($"  [{article.DocId}] {dates.GetValueOrDefault(article.DocId) ?? "(no date)",-25} {article.Source ?? "?"}  {article.Headline ?? article.Url}");
                stdout.WriteLine();
            }
            return Program.Ok;
        });
        return command;
    }
}
