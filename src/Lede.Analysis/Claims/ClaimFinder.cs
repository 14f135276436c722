using Lede.Analysis.Model;
using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Claims;

/// <summary>
/// Attributed figures: each figure inside the content of an attribution that has a source becomes a
/// claim of that source ("Israeli officials say about 24 living hostages …"); inside nested contents, of the innermost.
/// </summary>
internal static class ClaimFinder
{
    public static IReadOnlyList<Claim> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Attribution> attributions, IReadOnlyList<Speaker?> speakers)
    {
        var claims = new List<Claim>();
        var seen = new HashSet<int>();
        // The innermost content first: a figure inside a quote that sits inside a longer report ("Partial transcript as
        // follows: … MAYOR: the pier will bring 650 jobs") is the claim of the one who said it, not of the report.
        var order = Enumerable.Range(0, attributions.Count).OrderBy(i => attributions[i].Content.End - attributions[i].Content.Start).ThenBy(i => i);
        foreach (var i in order)
        {
            var attribution = attributions[i];
            if (attribution.Source.IsEmpty) continue;
            var first = TokenPositions.FirstAt(tokens, attribution.Content.Start);
            var end = first;
            while (end < tokens.Count && tokens[end].End <= attribution.Content.End) end++;
            var source = new ClaimSource(text[attribution.Source.Start..attribution.Source.End], attribution.Source.Start, attribution.Source.End, speakers[i]?.Entity, speakers[i]?.Name);
            foreach (var figure in FigureParser.Parse(text, tokens, first, end))
            {
                if (!seen.Add(figure.Start)) continue;
                claims.Add(new Claim(text[figure.Start..figure.End], figure.Start, figure.End, figure.Value, figure.Qualifier, figure.Unit, source, figure.Measure));
            }
        }
        claims.Sort((x, y) => x.Start.CompareTo(y.Start));
        return claims;
    }
}
