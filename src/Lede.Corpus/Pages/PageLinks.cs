namespace Lede.Corpus.Pages;

/// <summary>
/// What a hosting application (the web UI) adds to a report page: a navigation bar (trusted HTML the host
/// writes), where a story's timeline lives and, optionally, where a stored article's page lives. Pages written for
/// files (the CLI) have none.
/// </summary>
public sealed record PageLinks(string NavigationHtml, Func<string, string> StoryTimelineHref, Func<long, string>? ArticleHref = null);
