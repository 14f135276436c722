namespace Lede.Analysis.Entities;

/// <summary>
/// First-pass tags of every word of a document, counted per lower-case word form, so the second pass can ask
/// how the same word was tagged elsewhere ("Kowalczyk" alone after "Marta Kowalczyk").
/// </summary>
internal sealed class DocumentTagIndex
{
    // Per word: its count under each tag, then under each case class (WordTagCounts.CaseOffset): one array a word.
    private readonly Dictionary<ulong, int[]> _counts = new();
    private readonly List<(SentenceView View, int[] Tags)> _sentences = [];

    public void Add(SentenceView view, int[] tags)
    {
        _sentences.Add((view, tags));
        for (var i = 0; i < view.Count; i++)
        {
            var w = view.Words[i];
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            if (!_counts.TryGetValue(view.Lower[i], out var counts))
                _counts[view.Lower[i]] = counts = new int[WordTagCounts.Length];
            counts[tags[i]]++;
            counts[WordTagCounts.CaseOffset + CaseClass(view, i)]++;
        }
    }

    /// <summary>Counts over the other occurrences of a word (hash of its lower-cased form) than token i of sentence s.</summary>
    public WordTagCounts Others(ulong lower, int sentence, int i)
    {
        if (!_counts.TryGetValue(lower, out var all)) return WordTagCounts.Empty;
        var (view, tags) = _sentences[sentence];
        var own = view.Lower[i] == lower && view.Words[i].Length > 0 && char.IsLetter(view.Words[i][0]);
        return new WordTagCounts(all, own ? tags[i] : -1, own ? CaseClass(view, i) : 0);
    }

    // 1: capitalised mid-sentence, 2: lower-case mid-sentence, 0: first word or all-caps sentence.
    private static int CaseClass(SentenceView view, int i) =>
        i == 0 || view.AllCaps ? 0 : char.IsUpper(view.Words[i][0]) ? 1 : 2;
}
