using Lede.Analysis.Model;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>
/// The seed story end to end. Its text is read at run time from ../shared/seed (it never enters the
/// repository); the body runs from the line that starts with the second dateline to the end.
/// </summary>
public class SeedAnalysisTests
{
    private static readonly Lazy<(string Body, ArticleAnalysis Analysis)> Seed = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "..", "shared", "seed", "000_87306dcbb4c07912.txt");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var lines = text.Split('\n');
        var datelines = lines.Select((line, index) => (line, index)).Where(l => l.line.StartsWith("WASHINGTON (AP)", StringComparison.Ordinal)).ToList();
        Assert.True(datelines.Count >= 2, "the seed has a teaser and a body dateline");
        var body = string.Join('\n', lines.Skip(datelines[1].index)).Trim();
        return (body, new ArticleAnalyzer().Analyze(body));
    });

    private static ArticleAnalysis Analysis => Seed.Value.Analysis;
    private static string Body => Seed.Value.Body;

    [Fact]
    public void The_three_quoted_passages_are_the_press_secretarys()
    {
        var quoted = Analysis.Quotes.Where(q => q.Kind is "direct" or "mixed").ToList();
        Assert.Equal(3, quoted.Count);
        Assert.All(quoted, q =>
        {
            Assert.Equal("Karoline Leavitt", q.Speaker?.Name);
            Assert.Equal(q.Text, Body[q.Start..q.End]);
            Assert.NotNull(q.Cue);
        });
        Assert.Single(quoted, q => q.Kind == "direct" && q.Speaker?.Text == "she");
    }

    [Fact]
    public void Declining_to_give_detail_is_not_a_quote()
    {
        var declined = Body.IndexOf(" declined ", StringComparison.Ordinal);
        Assert.True(declined > 0);
        Assert.DoesNotContain(Analysis.Quotes, q => q.Cue is { } cue && cue.Start <= declined + 1 && cue.End > declined + 1);
        var sentenceEnd = Body.IndexOf('.', declined);
        Assert.DoesNotContain(Analysis.Quotes, q => q.Start > declined && q.Start < sentenceEnd);
    }

    [Fact]
    public void Titles_are_the_roles_the_article_gives()
    {
        Assert.Contains("White House press secretary", Person("Leavitt").Titles);
        Assert.Contains("U.S. envoy", Person("Witkoff").Titles);
        Assert.Contains(Person("Boehler").Titles, t => t.EndsWith("nominee to be special envoy for hostage affairs", StringComparison.Ordinal) && t.StartsWith("Trump", StringComparison.Ordinal));
        Assert.DoesNotContain(Person("Leavitt").Titles, t => t.Contains("Leavitt", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mention_of_the_press_secretary_is_one_entity()
    {
        var leavitt = Person("Leavitt");
        Assert.Equal("Karoline Leavitt", leavitt.Name);
        var mentions = Analysis.Mentions.Where(m => m.Text.Contains("Leavitt", StringComparison.Ordinal)).ToList();
        Assert.True(mentions.Count >= 3);
        Assert.All(mentions, m => Assert.Equal(leavitt.Id, m.Entity));
    }

    [Fact]
    public void The_hostage_figures_are_claims_of_their_source()
    {
        var living = Assert.Single(Analysis.Claims, c => c.Value == 24);
        Assert.Equal("about", living.Qualifier);
        Assert.Equal("living hostages", living.Unit);
        Assert.Equal("Israeli officials", living.Source?.Text);
        var others = Assert.Single(Analysis.Claims, c => c.Value == 35);
        Assert.Equal("at least", others.Qualifier);
        Assert.Equal("Israeli officials", others.Source?.Text);
        Assert.Equal(others.Text, Body[others.Start..others.End]);
    }

    private static Entity Person(string surname) =>
        Assert.Single(Analysis.Entities, e => e.Type == "PER" && e.Name.EndsWith(surname, StringComparison.Ordinal));
}
