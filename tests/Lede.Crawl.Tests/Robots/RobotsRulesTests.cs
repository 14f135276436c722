using Lede.Crawl.Robots;

namespace Lede.Crawl.Tests.Robots;

public sealed class RobotsRulesTests
{
    private static bool Allowed(RobotsRules rules, string path) => rules.IsAllowed(new Uri("https://news.example.org" + path));

    [Fact]
    public void The_group_naming_the_crawler_replaces_the_star_group()
    {
        var rules = RobotsRules.Parse("""
            User-agent: *
            Disallow: /

            User-agent: otherbot
            User-agent: Lede/2.0
            Disallow: /private/
            Crawl-delay: 3
            """);

        Assert.True(Allowed(rules, "/world/story"));
        Assert.False(Allowed(rules, "/private/notes"));
        Assert.Equal(TimeSpan.FromSeconds(3), rules.CrawlDelay);
    }

    [Fact]
    public void Without_a_named_group_the_star_group_applies()
    {
        var rules = RobotsRules.Parse("User-agent: somebot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\nCrawl-delay: 1.5\nSitemap: https://news.example.org/sitemap.xml\n");

        Assert.True(Allowed(rules, "/world/story"));
        Assert.False(Allowed(rules, "/search?q=storm"));
        Assert.Equal(TimeSpan.FromSeconds(1.5), rules.CrawlDelay);
        Assert.Equal("https://news.example.org/sitemap.xml", Assert.Single(rules.Sitemaps).AbsoluteUri);
    }

    [Fact]
    public void The_longest_match_decides_and_allow_wins_a_tie()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /tie\nAllow: /tie\n");

        Assert.False(Allowed(rules, "/news/secret"));
        Assert.True(Allowed(rules, "/news/public/story"));
        Assert.True(Allowed(rules, "/tie"));
    }

    [Fact]
    public void Wildcards_and_end_anchors_match_as_rfc_9309_says()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print\n# a comment line\nDisallow: /drafts # trailing comment\n");

        Assert.False(Allowed(rules, "/files/report.pdf"));
        Assert.True(Allowed(rules, "/files/report.pdf?download=1"));
        Assert.False(Allowed(rules, "/world/story/print"));
        Assert.False(Allowed(rules, "/drafts/one"));
        Assert.True(Allowed(rules, "/world/story"));
    }

    [Fact]
    public void An_empty_disallow_in_the_named_group_allows_everything()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: lede\nDisallow:\n");

        Assert.True(Allowed(rules, "/anything"));
        Assert.False(Allowed(RobotsRules.DisallowAll, "/anything"));
        Assert.True(Allowed(RobotsRules.DisallowAll, "/robots.txt"));
    }
}
