using System.Text;

namespace Lede.Corpus.Tests.Storage;

/// <summary>
/// Invented news pages and articles for corpus tests (no real text): each page a different mix of
/// made-up words, so pages are distinct documents; some are re-headlined copies of others.
/// </summary>
internal static class InventedCorpus
{
    private static readonly string[] Words =
    [
        "harbour", "council", "vote", "bridge", "ferry", "budget", "mayor", "engineer", "repair", "detour", "market", "festival",
        "orchestra", "tour", "school", "library", "storm", "flood", "river", "railway", "station", "museum", "garden", "hospital",
        "election", "candidate", "debate", "tax", "harvest", "farmer", "factory", "workers", "strike", "union", "court", "judge",
        "police", "fire", "bakery", "cafe", "tunnel", "airport", "runway", "island", "coast", "lighthouse", "choir", "stadium",
    ];

    private static readonly string[] Places = ["Northwick", "Marlow Bay", "Eastfold", "Calder", "Brinmoor", "Wexham"];

    public static string Body(int seed, int paragraphs = 4)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0) text.Append("\n\n");
            var place = Places[random.Next(Places.Length)];
            text.Append($"The {Words[random.Next(Words.Length)]} in {place} said on Tuesday that the");
            for (var w = 0; w < 30; w++) text.Append(' ').Append(Words[random.Next(Words.Length)]);
            text.Append($" would cost {random.Next(2, 90)} million, officials in {place} said.");
        }
        return text.ToString();
    }

    public static string Headline(int seed)
    {
        var random = new Random(seed * 7919);
        return $"{Places[random.Next(Places.Length)]} {Words[random.Next(Words.Length)]} plan wins {Words[random.Next(Words.Length)]} vote";
    }

    /// <summary>An HTML page with metadata an extractor reads (title, canonical URL, author, date).</summary>
    public static string Page(int seed, string? headline = null, string? url = null, string date = "2025-03-05T09:00:00Z")
    {
        headline ??= Headline(seed);
        url ??= $"https://news{seed % 3}.example.com/story-{seed}";
        var paragraphs = string.Concat(Body(seed).Split("\n\n").Select(p => $"<p>{p}</p>"));
        return $"""
            <!DOCTYPE html><html lang="en"><head><title>{headline}</title>
            <link rel="canonical" href="{url}"><meta name="author" content="Reporter {seed % 5}">
            <meta property="article:published_time" content="{date}">
            <script type="application/ld+json">{"{"}"@type":"NewsArticle","headline":"{headline}","datePublished":"{date}"{"}"}</script>
            </head><body><nav>Home | World | Sport</nav><article><h1>{headline}</h1>{paragraphs}</article>
            <footer>Copyright Example News</footer></body></html>
            """;
    }

    /// <summary>Writes <paramref name="count"/> pages, every fifth a re-headlined copy of the page before it.</summary>
    public static void WritePages(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var html = i % 5 == 4
                ? Page(i - 1, headline: $"Copy: {Headline(i - 1)}", url: $"https://other.example.org/copy-{i}")
                : Page(i);
            File.WriteAllText(Path.Combine(folder, $"page-{i:D4}.html"), html);
        }
    }
}
