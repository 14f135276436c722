using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Lede.Corpus.Output;
using Lede.Corpus.Search;
using Lede.Extraction.Output;

namespace Lede.Cli.Commands;

/// <summary><c>lede search</c>: ranked full-text search with phrases, boolean operators, filters and snippets.</summary>
public static class SearchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words (each with its singular or plural), \"phrases\" (a quoted word as typed), AND / OR / NOT (or -word), (brackets), prefix*",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<string?>("--from") { Description = "Published on or after this day (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Published on or before this day (YYYY-MM-DD)" };
        var site = new Option<string?>("--site") { Description = "Host (example.com, with its subdomains) or site name" };
        var author = new Option<string?>("--author") { Description = "Part of an author's name" };
        var entity = new Option<string?>("--entity") { Description = "A person, organisation or place the article names (from the analysis)" };
        var language = new Option<string?>("--lang") { Description = "Language tag (en also matches en-US)" };
        var limit = new Option<int>("--limit", "-n") { Description = "Most results", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "text | jsonl", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("search", "Search the corpus: ranked (BM25) with highlighted snippets");
        command.Arguments.Add(query);
        database.AddTo(command);
        foreach (var option in new Option[] { from, to, site, author, entity, language, limit, format }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            if (!TryDay(parse.GetValue(from), "--from", stderr, out var fromDay) || !TryDay(parse.GetValue(to), "--to", stderr, out var toDay))
                return Program.UsageError;
            var search = new SearchQuery
            {
                Text = string.Join(' ', parse.GetValue(query)!),
                From = fromDay, To = toDay,
                Site = parse.GetValue(site), Author = parse.GetValue(author), Entity = parse.GetValue(entity), Language = parse.GetValue(language),
                Limit = parse.GetValue(limit),
            };
            if (search.Validate(parameter => "--" + parameter) is { Count: > 0 } errors)
            {
                foreach (var error in errors) stderr.WriteLine($"lede: {error}");
                return Program.UsageError;
            }
            using var corpus = database.OpenExisting(parse, stderr);
            if (corpus is null) return Program.UsageError;
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = corpus.Search(search);
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"lede: {e.Message}");
                return Program.UsageError;
            }
            if (parse.GetValue(format) == "jsonl")
                foreach (var hit in hits) stdout.WriteLine(CorpusJson.SearchHit(hit).ToJsonString(ArticleJson.Compact));
            else
                WriteText(stdout, hits);
            return Program.Ok;
        });
        return command;
    }

    private static void WriteText(TextWriter stdout, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            stdout.WriteLine("No matches.");
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var about = string.Join(" · ", new[] { hit.Site, hit.DatePublished?.Length >= 10 ? hit.DatePublished[..10] : hit.DatePublished }.Where(s => s is not null));
            stdout.WriteLine($"{i + 1}. {hit.Headline ?? "(no headline)"}" + (about.Length > 0 ? $"  ({about})" : ""));
            stdout.WriteLine($"   {hit.Url ?? hit.Source}");
            stdout.WriteLine($"   {hit.Snippet.ReplaceLineEndings(" ")}");
            stdout.WriteLine();
        }
    }

    private static bool TryDay(string? value, string option, TextWriter stderr, out DateOnly? day)
    {
        day = null;
        if (value is null) return true;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        stderr.WriteLine($"lede: {option} expects a day as YYYY-MM-DD, not \"{value}\"");
        return false;
    }
}
