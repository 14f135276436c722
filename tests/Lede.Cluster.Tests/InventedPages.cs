using System.Net;
using System.Net.Sockets;

namespace Lede.Cluster.Tests;

/// <summary>Invented news pages (distinct stories, with people and quotes) and free local ports for silos.</summary>
internal static class InventedPages
{
    private static readonly string[] People = ["Mara Quillon", "Teodor Vasko", "Ilse Brandt", "Oskar Lindqvist", "Priya Anand", "Lucas Ferreira"];
    private static readonly string[] Places = ["Harwick", "Elsmere", "Tollbridge", "Norham", "Castlereagh", "Weyford"];
    private static readonly string[] Things = ["harbour wall", "railway museum", "flood barrier", "night ferry", "river bridge", "market hall"];

    public static string Page(int n)
    {
        var person = People[n % People.Length];
        var place = Places[(n / People.Length) % Places.Length];
        var thing = Things[(n * 5 + 1) % Things.Length];
        return $$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>{{place}} council approves the {{thing}} plan (story {{n}}) | The Invented Courier</title>
            <meta property="og:title" content="{{place}} council approves the {{thing}} plan (story {{n}})">
            <meta property="article:published_time" content="2025-03-{{1 + n % 27:00}}T08:00:00Z">
            <link rel="canonical" href="https://courier.example.com/news/{{n}}"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>{{place}} council approves the {{thing}} plan (story {{n}})</h1>
            <p class="byline">By Jane Doe</p>
            <p>{{place.ToUpperInvariant()}} — Councillors in {{place}} voted on Tuesday to approve the {{thing}} plan, story number {{n}}, after a debate that lasted {{n + 3}} hours.</p>
            <p>"We will start the work before winter," said {{person}}, who chairs the works committee. "The town has waited long enough."</p>
            <p>Officials said about {{40 + n}} residents had written to the council, most of them in favour of the {{thing}}.</p>
            <p>{{person}} told reporters that the first stage would cost {{2 + n % 7}} million and take {{n % 11 + 4}} months.</p>
            </article><footer>Copyright The Invented Courier. <a href="/privacy">Privacy</a></footer></body></html>
            """;
    }

    /// <summary>Writes <paramref name="count"/> pages into a new folder under <paramref name="root"/>.</summary>
    public static string WriteFolder(string root, int count)
    {
        var folder = Path.Combine(root, "pages");
        Directory.CreateDirectory(folder);
        for (var n = 0; n < count; n++) File.WriteAllText(Path.Combine(folder, $"story-{n:000}.html"), Page(n));
        return folder;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
