using Lede.Analysis.Quotes;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Bench.Attribution;

/// <summary>
/// How the cue classifier does on the gold cue heads (the first word of a cue that is no auxiliary, as the
/// trainer defines them), and how many of the attributions the finder missed had a head it scored as a cue.
/// </summary>
internal sealed class CueHeadReport(CueModel model)
{
    private int _truePositives, _falsePositives, _falseNegatives, _missed, _missedSeen, _missedNoHead;

    public void Add(GoldDocument document, bool[] matched)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        var quotes = QuoteMarkScanner.Scan(document.Text);
        var hashes = CueFeatures.WordHashes(tokens);
        var heads = new Dictionary<int, List<int>>();
        for (var g = 0; g < document.Attributions.Count; g++)
        {
            var head = Head(tokens, document.Attributions[g].Cue);
            if (head < 0) continue;
            if (!heads.TryGetValue(head, out var list)) heads[head] = list = [];
            list.Add(g);
        }
        var scored = new HashSet<int>();
        Span<ulong> features = stackalloc ulong[CueFeatures.Count];
        var q = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation) continue;
            while (q < quotes.Count && quotes[q].End <= tokens[i].Start) q++;
            if (q < quotes.Count && quotes[q].Start < tokens[i].Start) continue;
            CueFeatures.Extract(tokens, hashes, i, features);
            var cue = model.Score(features) > model.Threshold;
            if (cue) scored.Add(i);
            var gold = heads.ContainsKey(i);
            if (cue && gold) _truePositives++; else if (cue) _falsePositives++; else if (gold) _falseNegatives++;
        }
        for (var g = 0; g < document.Attributions.Count; g++)
        {
            if (matched[g]) continue;
            _missed++;
            var head = Head(tokens, document.Attributions[g].Cue);
            if (head < 0) _missedNoHead++;
            else if (scored.Contains(head)) _missedSeen++;
        }
    }

    public void Print()
    {
        Console.WriteLine($"cue heads (classifier alone, words outside quotes): precision {(double)_truePositives / Math.Max(1, _truePositives + _falsePositives):F3}, recall {(double)_truePositives / Math.Max(1, _truePositives + _falseNegatives):F3}");
        Console.WriteLine($"missed attributions: {_missed}, of which the classifier scored the cue head as a cue: {_missedSeen}, no word cue head (colon, inside quotes, none): {_missedNoHead}");
    }

    private static int Head(IReadOnlyList<Token> tokens, (int Start, int End)[] cue)
    {
        if (cue.Length == 0) return -1;
        var (start, end) = cue[0];
        var first = -1;
        for (var k = TokenPositions.FirstAt(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
        {
            if (tokens[k].IsPunctuation) continue;
            if (first < 0) first = k;
            if (!AttributionRules.CueAuxiliaries.Contains(tokens[k].Text)) { first = k; break; }
        }
        return first;
    }
}
