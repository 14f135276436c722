using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Lede.Corpus.Storage;
using Lede.Extraction.Output;

namespace Lede.Cli.Commands;

/// <summary><c>lede duplicates</c>: groups of exact and near-duplicate articles, each with its earliest version.</summary>
public static class DuplicatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var format = new Option<string>("--format") { Description = "text | jsonl", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("duplicates", "Groups of copies: the same wire story on many sites, re-headlined or trimmed copies, updated versions");
        database.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            using var corpus = database.Open(parse, stderr);
            if (corpus is null) return Program.UsageError;
            var groups = corpus.Duplicates();
            var ids = groups.SelectMany(g => g.Members).Select(m => long.Parse(m.DocId, CultureInfo.InvariantCulture)).ToList();
            var articles = corpus.GetArticles(ids).ToDictionary(a => a.Id.ToString(CultureInfo.InvariantCulture));
            var jsonl = parse.GetValue(format) == "jsonl";
            if (!jsonl && groups.Count == 0) stdout.WriteLine("No duplicates.");
            foreach (var group in groups)
            {
                if (jsonl)
                {
                    var members = new JsonArray();
                    foreach (var member in group.Members)
                    {
                        var item = Describe(articles.GetValueOrDefault(member.DocId), member.DocId);
                        item["earliest"] = member.DocId == group.EarliestDocId;
                        if (member.Match is { } match)
                        {
                            item["kind"] = match.Kind.ToString().ToLowerInvariant();
                            item["matchedId"] = long.Parse(match.MatchedDocId, CultureInfo.InvariantCulture);
                            item["similarity"] = Math.Round(match.Similarity, 3);
                            item["containment"] = Math.Round(match.Containment, 3);
                        }
                        members.Add(item);
                    }
                    var json = new JsonObject
                    {
                        ["id"] = long.Parse(group.Id, CultureInfo.InvariantCulture),
                        ["earliestId"] = long.Parse(group.EarliestDocId, CultureInfo.InvariantCulture),
                        ["articles"] = members,
                    };
                    stdout.WriteLine(json.ToJsonString(ArticleJson.Compact));
                    continue;
                }
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

    private static JsonObject Describe(CorpusArticle? stored, string id)
    {
        var json = new JsonObject { ["id"] = long.Parse(id, CultureInfo.InvariantCulture) };
        if (stored?.Article is not { } article) return json;
        if (article.Source is not null) json["source"] = article.Source;
        if (article.Url is not null) json["url"] = article.Url;
        if (article.Headline is not null) json["headline"] = article.Headline;
        if (article.DatePublished is not null) json["datePublished"] = article.DatePublished;
        return json;
    }
}
