namespace Lede.Analysis.Entities;

/// <summary>
/// First-pass tags of every word of a document, counted per lower-case word form, so the second pass can ask
/// how the same word was tagged elsewhere ("Leavitt" alone after "Karoline Leavitt").
/// </summary>
internal sealed class DocumentTagIndex
{
    private readonly Dictionary<string, WordTagCounts> _counts = new(StringComparer.Ordinal);
    private readonly List<(FeatureExtractor.SentenceView View, int[] Tags)> _sentences = [];

    public void Add(FeatureExtractor.SentenceView view, int[] tags)
    {
        _sentences.Add((view, tags));
        for (var i = 0; i < view.Count; i++)
        {
            var w = view.Words[i];
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            if (!_counts.TryGetValue(view.Lower[i], out var counts))
                _counts[view.Lower[i]] = counts = new WordTagCounts();
            counts.Add(Contribution(view, tags, i), 1);
        }
    }

    /// <summary>Counts over the other occurrences of <paramref name="lower"/> than token i of sentence s.</summary>
    public WordTagCounts Others(string lower, int sentence, int i)
    {
        if (!_counts.TryGetValue(lower, out var all)) return WordTagCounts.Empty;
        var (view, tags) = _sentences[sentence];
        var result = all.Clone();
        result.Add(Contribution(view, tags, i), -1);
        return result;
    }

    private static (int Tag, int CaseClass) Contribution(FeatureExtractor.SentenceView view, int[] tags, int i)
    {
        var caseClass = 0;
        if (i > 0 && !view.AllCaps)
            caseClass = char.IsUpper(view.Words[i][0]) ? 1 : 2;
        return (tags[i], caseClass);
    }
}
