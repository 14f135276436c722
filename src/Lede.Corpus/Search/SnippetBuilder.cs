using System.Text;
using Lede.Corpus.Search.Index;

namespace Lede.Corpus.Search;

/// <summary>
/// The snippet of a hit, made from its stored body: the window of <see cref="WindowTokens"/> tokens
/// that holds the most different query words and phrases (the earliest such window), with each matched
/// word or phrase between ** marks and "…" where the body was cut. Tokens follow the index rule
/// (<see cref="IndexTokenizer.IsTokenChar"/>, compared lower-cased), so a snippet marks exactly what matched.
/// Excluded parts of the query (NOT) are never marked.
/// </summary>
internal static class SnippetBuilder
{
    public const int WindowTokens = 24;

    // Context kept before the first match of the window.
    private const int LeadTokens = 3;

    // A match deep in a very long body is still found, but scanning stops somewhere.
    private const int MaxScannedChars = 200_000;

    private const string Mark = "**";
    private const string Cut = "…";

    private readonly record struct Target(string[] Tokens, bool Prefix);

    private readonly record struct Hit(int Token, int Length, int Target);

    public static string Build(string body, QueryNode query)
    {
        var targets = new List<Target>();
        Collect(query, targets);
        var starts = new List<int>();
        var ends = new List<int>();
        var limit = Math.Min(body.Length, MaxScannedChars);
        for (var i = 0; i < limit;)
        {
            if (!IndexTokenizer.IsTokenChar(body[i])) { i++; continue; }
            var start = i;
            while (i < limit && IndexTokenizer.IsTokenChar(body[i])) i++;
            starts.Add(start);
            ends.Add(i);
        }
        if (starts.Count == 0) return "";
        var hits = new List<Hit>();
        for (var t = 0; t < starts.Count; t++)
            for (var k = 0; k < targets.Count; k++)
                if (MatchesAt(body, starts, ends, t, targets[k]))
                {
                    hits.Add(new Hit(t, targets[k].Tokens.Length, k));
                    break;
                }
        var (first, last) = Window(hits, starts.Count);
        var text = new StringBuilder(Math.Min(body.Length, 400));
        if (first > 0) text.Append(Cut);
        var at = first > 0 ? starts[first] : 0;
        var end = last < starts.Count ? ends[last - 1] : limit;
        foreach (var hit in hits)
        {
            if (hit.Token < first) continue;
            if (hit.Token >= last) break;
            var hitStart = starts[hit.Token];
            if (hitStart < at) continue; // overlaps the phrase marked before it
            var hitEnd = ends[Math.Min(hit.Token + hit.Length, last) - 1];
            text.Append(body, at, hitStart - at).Append(Mark).Append(body, hitStart, hitEnd - hitStart).Append(Mark);
            at = hitEnd;
        }
        text.Append(body, at, end - at);
        if (end < body.Length) text.Append(Cut);
        return text.ToString();
    }

    /// <summary>Tokens [first, last) of the best window: most distinct targets, then most hits, then earliest.</summary>
    private static (int First, int Last) Window(List<Hit> hits, int tokenCount)
    {
        var best = (First: 0, Distinct: -1, Count: 0);
        var seen = new HashSet<int>();
        for (var h = 0; h < hits.Count; h++)
        {
            var first = Math.Max(0, hits[h].Token - LeadTokens);
            if (h > 0 && first == best.First) continue;
            seen.Clear();
            var count = 0;
            for (var j = h; j < hits.Count && hits[j].Token < first + WindowTokens; j++)
            {
                seen.Add(hits[j].Target);
                count++;
            }
            if (seen.Count > best.Distinct || (seen.Count == best.Distinct && count > best.Count)) best = (first, seen.Count, count);
        }
        // Keep the window full when the match is near the end.
        var start = Math.Max(0, Math.Min(best.First, tokenCount - WindowTokens));
        return (start, Math.Min(tokenCount, start + WindowTokens));
    }

    private static bool MatchesAt(string body, List<int> starts, List<int> ends, int token, Target target)
    {
        if (token + target.Tokens.Length > starts.Count) return false;
        for (var i = 0; i < target.Tokens.Length; i++)
        {
            var word = target.Tokens[i];
            var length = ends[token + i] - starts[token + i];
            var prefix = target.Prefix && i == target.Tokens.Length - 1;
            if (prefix ? length < word.Length : length != word.Length) return false;
            var from = starts[token + i];
            for (var c = 0; c < word.Length; c++)
                if (char.ToLowerInvariant(body[from + c]) != word[c]) return false;
        }
        return true;
    }

    private static void Collect(QueryNode node, List<Target> targets)
    {
        // Iterative: a query's nesting is bounded by the parser, but a walk need not rely on it.
        var pending = new Stack<QueryNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case TermNode term:
                    targets.Add(new Target([term.Token], term.Prefix));
                    break;
                case PhraseNode phrase when phrase.Tokens.Count > 0:
                    targets.Add(new Target([.. phrase.Tokens], false));
                    break;
                case OrNode or:
                    foreach (var part in or.Parts) pending.Push(part);
                    break;
                case AndNode and:
                    foreach (var part in and.Parts) pending.Push(part);
                    break;
            }
        }
        // Longer targets first, so a phrase wins over a word it starts with.
        targets.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }
}
