using System.Globalization;
using Lede.Extraction.Addresses;

namespace Lede.Crawl.Robots;

/// <summary>
/// What a site's robots.txt allows a crawler called <c>lede</c> (RFC 9309): the group naming the
/// crawler, else the <c>*</c> group; the longest matching rule decides and allow wins a tie; plus
/// the widely used Crawl-delay and Sitemap lines.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>RFC 9309 asks crawlers to read at least 500 KiB; more is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    /// <summary>Everything allowed: no robots.txt (a 4xx answer), or an empty one.</summary>
    public static readonly RobotsRules AllowAll = new([], null, []);

    /// <summary>Nothing allowed: what RFC 9309 says to assume when robots.txt is unreachable (5xx, network errors).</summary>
    public static readonly RobotsRules DisallowAll = new([new RobotsRule(Allow: false, "/")], null, []);

    /// <summary>Nothing allowed because robots.txt could not be read (<paramref name="reason"/>), as RFC 9309 asks.</summary>
    public static RobotsRules Unreachable(string reason) => new([new RobotsRule(Allow: false, "/")], null, []) { Unreadable = reason };

    private readonly IReadOnlyList<RobotsRule> _rules;

    private RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<Uri> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>The pause the site asks for between requests, when it asks for one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>The sitemaps robots.txt lists (they apply to every crawler).</summary>
    public IReadOnlyList<Uri> Sitemaps { get; }

    /// <summary>Why robots.txt could not be read, when it could not (then nothing is allowed); null when it was read or absent.</summary>
    public string? Unreadable { get; private init; }

    /// <summary>
    /// Why an address these rules do not allow is not fetched. A robots.txt that could not be read says so: the site
    /// disallowed nothing, and "disallows it" would send the reader to the wrong fix.
    /// </summary>
    public string Refusal => Unreadable is null
        ? "the site's robots.txt disallows it; not fetched"
        : $"not fetched: the site's robots.txt could not be read ({Unreadable}), and a crawler must then assume nothing is allowed (RFC 9309)";

    public bool IsAllowed(Uri url)
    {
        var path = string.IsNullOrEmpty(url.PathAndQuery) ? "/" : url.PathAndQuery;
        if (path == "/robots.txt") return true;
        RobotsRule? best = null;
        foreach (var rule in _rules)
        {
            if (!rule.Matches(path)) continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow)) best = rule;
        }
        return best?.Allow ?? true;
    }

    /// <param name="userAgent">The crawler's product token, matched case-insensitively.</param>
    public static RobotsRules Parse(string text, string userAgent = "lede")
    {
        if (text.Length > MaxBytes) text = text[..MaxBytes];
        var named = new List<RobotsRule>();
        var any = new List<RobotsRule>();
        TimeSpan? namedDelay = null, anyDelay = null;
        bool sawNamed = false, sawAny = false;
        var sitemaps = new List<Uri>();
        // The user agents of the group being read; a rule line after agent lines closes the agent list.
        var agents = new List<string>();
        var inRules = false;
        foreach (var raw in text.Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (inRules) { agents.Clear(); inRules = false; }
                    agents.Add(value.ToLowerInvariant());
                    break;
                case "allow" or "disallow":
                    inRules = true;
                    var forUs = agents.Any(a => Names(a, userAgent));
                    var forAll = agents.Contains("*");
                    sawNamed |= forUs;
                    sawAny |= forAll;
                    // An empty disallow allows everything: the group exists, with no rule.
                    if (value.Length == 0) break;
                    var rule = new RobotsRule(key == "allow", value);
                    if (forUs) named.Add(rule);
                    if (forAll) any.Add(rule);
                    break;
                case "crawl-delay":
                    inRules = true;
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0 || seconds > 86_400) break;
                    if (agents.Any(a => Names(a, userAgent))) { namedDelay = TimeSpan.FromSeconds(seconds); sawNamed = true; }
                    if (agents.Contains("*")) { anyDelay = TimeSpan.FromSeconds(seconds); sawAny = true; }
                    break;
                case "sitemap":
                    if (WebAddress.TryParse(value, out var sitemap)) sitemaps.Add(sitemap);
                    break;
            }
        }
        return sawNamed ? new RobotsRules(named, namedDelay, sitemaps)
            : sawAny ? new RobotsRules(any, anyDelay, sitemaps)
            : new RobotsRules([], null, sitemaps);
    }

    /// <summary>A group names this crawler when its user-agent's product token (before any "/" version) is the crawler's, in any case.</summary>
    private static bool Names(string agent, string userAgent) =>
        string.Equals(agent.Split('/', ' ')[0], userAgent, StringComparison.OrdinalIgnoreCase);
}
