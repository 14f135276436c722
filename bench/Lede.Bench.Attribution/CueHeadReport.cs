using Lede.Analysis.Quotes;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Bench.Attribution;

/// <summary>
/// How the cue classifier does on the gold cue heads (the first word of a cue that is no auxiliary, as the
/// trainer defines them), and how many of the attributions the finder missed had a head it scored as a cue.
/// </summary>
internal sealed class CueHeadReport(CueModel model, TextWriter? misses = null)
{
    // Margins (score less threshold) that split the missed heads into bands: how far below the threshold they score.
    private static readonly float[] Bands = [0f, -1.5f, -5f, -10f];
    private readonly int[] _missedByBand = new int[Bands.Length + 1];
    private int _truePositives, _falsePositives, _falseNegatives, _missed, _missedSeen, _missedNoHead;

    public void Add(GoldDocument document, bool[] matched)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        var quotes = QuoteMarkScanner.Scan(document.Text);
        var hashes = CueFeatures.WordHashes(tokens);
        var context = CueContext.Of(tokens);
        var heads = new Dictionary<int, List<int>>();
        for (var g = 0; g < document.Attributions.Count; g++)
        {
            var head = Head(tokens, document.Attributions[g].Cue);
            if (head < 0) continue;
            if (!heads.TryGetValue(head, out var list)) heads[head] = list = [];
            list.Add(g);
        }
        var scored = new HashSet<int>();
        var margins = new Dictionary<int, float>();
        Span<ulong> features = stackalloc ulong[CueFeatures.Count];
        var q = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsPunctuation) continue;
            while (q < quotes.Count && quotes[q].End <= tokens[i].Start) q++;
            if (q < quotes.Count && quotes[q].Start < tokens[i].Start) continue;
            CueFeatures.Extract(tokens, hashes, i, features, context: context);
            var margin = model.Score(features) - model.Threshold;
            margins[i] = margin;
            var cue = margin > 0;
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
            if (head >= 0 && margins.TryGetValue(head, out var m))
            {
                if (misses is not null && m > Bands[1])
                {
                    var (from, to) = (Math.Max(0, tokens[head].Start - 160), Math.Min(document.Text.Length, tokens[head].End + 160));
                    misses.WriteLine($"MISSED-HEAD {m:F1} '{tokens[head].Text}' {document.Id} :: {document.Text[from..tokens[head].Start]}[{tokens[head].Text}]{document.Text[tokens[head].End..to]}".Replace('\n', ' '));
                }
                var band = 0;
                while (band < Bands.Length && m <= Bands[band]) band++;
                _missedByBand[band]++;
            }
        }
    }

    public void Print()
    {
        Console.WriteLine($"cue heads (classifier alone, words outside quotes): precision {(double)_truePositives / Math.Max(1, _truePositives + _falsePositives):F3}, recall {(double)_truePositives / Math.Max(1, _truePositives + _falseNegatives):F3}");
        Console.WriteLine($"missed attributions: {_missed}, of which the classifier scored the cue head as a cue: {_missedSeen}, no word cue head (colon, inside quotes, none): {_missedNoHead}");
        Console.WriteLine("missed heads by classifier margin: " + string.Join(", ", _missedByBand.Select((n, b) =>
            (b == 0 ? $"> {Bands[0]}" : b == Bands.Length ? $"<= {Bands[^1]}" : $"({Bands[b]}, {Bands[b - 1]}]") + $": {n}")));
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
