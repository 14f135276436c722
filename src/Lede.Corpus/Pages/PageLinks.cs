namespace Lede.Corpus.Pages;

/// <summary>
/// What a hosting application (the web UI) adds to a report page: a navigation bar (trusted HTML the host
/// writes) and where a story's timeline lives. Pages written for files (the CLI) have none.
/// </summary>
public sealed record PageLinks(string NavigationHtml, Func<string, string> StoryTimelineHref);
