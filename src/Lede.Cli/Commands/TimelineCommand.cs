using System.CommandLine;
using Lede.Corpus.Output;
using Lede.Corpus.Timeline;

namespace Lede.Cli.Commands;

/// <summary><c>lede timeline</c>: what happened when in a story or around an entity — articles, quotes by speaker, figures over time.</summary>
public static class TimelineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var database = new CorpusDatabaseOptions();
        var story = new Option<string?>("--story") { Description = "A story id from 'lede stories'" };
        var entity = new Option<string?>("--entity") { Description = "A person, organisation or place" };
        var format = new Option<string>("--format") { Description = "text | jsonl (the timeline as one JSON object) | html (a self-contained page with a chart per reported figure)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl", "html");
        var command = new Command("timeline", "Articles by date, quotes by speaker and reported figures over time, for a story or an entity");
        database.AddTo(command);
        foreach (var option in new Option[] { story, entity, format }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var storyId = parse.GetValue(story);
            var entityName = parse.GetValue(entity);
            if ((storyId is null) == (entityName is null) || string.IsNullOrWhiteSpace(storyId ?? entityName))
            {
                stderr.WriteLine("lede: give exactly one of --story ID or --entity NAME");
                return Program.UsageError;
            }
            using var corpus = database.OpenExisting(parse, stderr);
            if (corpus is null) return Program.UsageError;
            Timeline? timeline = storyId is not null ? corpus.StoryTimeline(storyId) : corpus.EntityTimeline(entityName!);
            if (timeline is null)
            {
                stderr.WriteLine($"lede: no story with id {storyId} (see 'lede stories')");
                return Program.InputFailed;
            }
            switch (parse.GetValue(format))
            {
                case "jsonl": stdout.WriteLine(CorpusJson.Timeline(timeline)); break;
                case "html": TimelineHtmlWriter.Write(timeline, stdout); break;
                // An empty list under a name reads like a broken corpus: say that no article names it, and what to try.
                case "text" when entityName is not null && timeline.Articles.Count == 0:
                    stdout.WriteLine($"No article in the corpus names \"{entityName}\". Try the spelling 'lede analyze' gives the name in an article's entities, or 'lede search' for the words.");
                    break;
                default: TimelineTextWriter.Write(timeline, stdout); break;
            }
            return Program.Ok;
        });
        return command;
    }
}
