namespace Lede.Analysis.Linking;

/// <summary>
/// The entity drafts a mention could join, found through the words they share, where trying every draft for each
/// mention made linking quadratic in the number of distinct names (1 MB of quotes by distinct people: 9 s). A mention
/// joins a draft whose words hold all of its words (the draft is listed under each of them, so the shortest list holds
/// it), a draft whose words it holds all of (listed under its first word), or, when one of the two is a single word, an
/// acronym of the other's capitals (listed under those letters). The candidates come in draft order and include every draft that
/// matches; the linker still tests each one, so which draft a mention joins is unchanged.
/// </summary>
internal sealed class DraftIndex
{
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    // One-word drafts by their letters ("U.N." as "UN"), longer ones by the initials of their capitalised words: a mention
    // of one word looks among the longer names, a longer mention among the one-word ones, as an acronym joins only so.
    private readonly Dictionary<string, List<int>> _oneWordByLetters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _longerByInitials = new(StringComparer.Ordinal);
    private readonly List<int> _candidates = [];

    // Names sharing one acronym's letters that a mention of it is tried against, the latest ones: more in one article
    // (hostile text: 20,000 agencies whose initials spell a few hundred acronyms) made linking quadratic (1 MB: 7 s, 3 GB).
    internal const int MaxAcronymCandidates = 64;

    /// <summary>Lists draft <paramref name="draft"/> (its position) under <paramref name="words"/>; again when its words grow.</summary>
    public void Add(int draft, string[] words)
    {
        if (words.Length == 0) return;
        foreach (var word in words) Append(_byWord, word, draft);
        Append(_byFirstWord, words[0], draft);
        Append(words.Length == 1 ? _oneWordByLetters : _longerByInitials, Letters(words), draft);
    }

    /// <summary>The positions of the drafts a mention of <paramref name="words"/> could join, ascending; valid until the next call.</summary>
    public List<int> Candidates(string[] words)
    {
        _candidates.Clear();
        if (words.Length == 0) return _candidates;
        List<int>? shortest = null;
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var list)) { shortest = null; break; }
            if (shortest is null || list.Count < shortest.Count) shortest = list;
        }
        if (shortest is not null) _candidates.AddRange(shortest);
        foreach (var word in words)
            if (_byFirstWord.TryGetValue(word, out var list)) _candidates.AddRange(list);
        if ((words.Length == 1 ? _longerByInitials : _oneWordByLetters).TryGetValue(Letters(words), out var acronyms))
            for (var k = Math.Max(0, acronyms.Count - MaxAcronymCandidates); k < acronyms.Count; k++) _candidates.Add(acronyms[k]);
        _candidates.Sort();
        var kept = 0;
        for (var i = 0; i < _candidates.Count; i++)
            if (kept == 0 || _candidates[i] != _candidates[kept - 1]) _candidates[kept++] = _candidates[i];
        _candidates.RemoveRange(kept, _candidates.Count - kept);
        return _candidates;
    }

    // One word is an acronym's letters ("U.N." → "UN"); a longer name gives the initials of its capitalised words.
    private static string Letters(string[] words) =>
        words.Length == 1 ? words[0].Replace(".", "") : string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static void Append(Dictionary<string, List<int>> index, string key, int draft)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || list[^1] != draft) list.Add(draft);
    }
}
