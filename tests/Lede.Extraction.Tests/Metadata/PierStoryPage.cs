namespace Lede.Extraction.Tests.Metadata;

/// <summary>An invented one-story page for the author tests: the head and the byline markup vary, the story does not.</summary>
internal static class PierStoryPage
{
    public const string Story =
        "<p>The lights along the old pier were switched on again on Friday evening after a repair that took most of the winter. "
        + "Engineers replaced the cables under the boardwalk, and the harbour board paid for new lamps that use far less power than the old ones. "
        + "Residents gathered at the gate to watch, and the brass band played until the last lamp at the end of the pier came on. "
        + "The board said the lights will stay on until midnight through the summer, and that the cafe at the pier head will reopen in May.</p>";

    public static string With(string head, string body) =>
        $"<html><head><title>Pier lights return</title>{head}</head><body><article><h1>Pier lights return</h1>{body}{Story}</article></body></html>";
}
