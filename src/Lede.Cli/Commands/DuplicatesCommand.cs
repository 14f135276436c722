using System.CommandLine;
using System.Globalization;
using Lede.Corpus.Duplicates;
using Lede.Corpus.Output;
using Lede.Extraction.Output;

namespace Lede.Cli.Commands;

/// <summary><c>lede duplicates</c>: groups of exact and near-duplicate articles, each with its earliest version.</summary>
public static class DuplicatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var format = new Option<string>("--format") { Description = "text | jsonl | html (a self-contained page: the groups at a glance, then each group's copies)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl", "html");
        var command = new Command("duplicates", "Groups of copies: the same wire story on many sites, re-headlined or trimmed copies, updated versions");
        database.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            using var corpus = database.OpenExisting(parse, stderr);
            if (corpus is null) return Program.UsageError;
            var groups = corpus.Duplicates();
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var json in CorpusJson.Duplicates(corpus, groups)) stdout.WriteLine(json.ToJsonString(ArticleJson.Compact));
                return Program.Ok;
            }
            var articles = CorpusJson.DuplicateArticles(corpus, groups);
            if (parse.GetValue(format) == "html")
            {
                DuplicateListHtmlWriter.Write(groups, articles, stdout);
                return Program.Ok;
            }
            if (groups.Count == 0) stdout.WriteLine("No duplicates.");
            foreach (var group in groups)
            {
                var earliest = articles.GetValueOrDefault(group.EarliestDocId);
                stdout.WriteLine($"Group {group.Id}: {group.Members.Count} copies of \"{earliest?.Article.Headline ?? "(no headline)"}\"");
                foreach (var member in group.Members)
                {
                    var article = articles.GetValueOrDefault(member.DocId)?.Article;
                    var mark = member.DocId == group.EarliestDocId ? "*" : " ";
                    var how = member.Match is { } m ? $"{m.Kind.ToString().ToLowerInvariant()} {m.Similarity:0.00}" : "first";
                    stdout.WriteLine($"  {mark} [{member.DocId}] {article?.DatePublished ?? "(no date)",-25} {how,-16} {article?.Url ?? article?.Source}");
                }
                stdout.WriteLine();
            }
            return Program.Ok;
        });
        return command;
    }
}
