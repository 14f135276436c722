namespace Lede.Analysis.Entities;

/// <summary>
/// How each word is usually written in running text (mid-sentence, not in all-caps headlines): a capitalised
/// word at the start of a sentence or in a headline is a name if the word is usually capitalised.
/// Harvested from the training text; stored in the model keyed by the hash of the lower-cased word.
/// </summary>
internal sealed class CasingLexicon
{
    public const byte Unknown = 0;
    private static readonly string[] ClassNames = ["unk", "lower", "mostly-lower", "mixed", "mostly-cap", "cap", "caps"];
    private readonly Dictionary<ulong, byte> _classes;
    // The same classes laid out for the per-token lookup (Unknown is 0, what the table reads for absent words).
    private readonly ByteLookupTable _table;

    public CasingLexicon(Dictionary<ulong, byte> classes)
    {
        _classes = classes;
        _table = new ByteLookupTable(classes);
    }

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _classes;

    /// <summary>The class of a word given the hash of its lower-cased form.</summary>
    public byte ClassOf(ulong lowerHash) => _table.GetValueOrDefault(lowerHash);

    /// <summary>Asks for the memory <see cref="ClassOf(ulong)"/> reads for this word, ahead of the lookup.</summary>
    public void Prefetch(ulong lowerHash) => _table.Prefetch(lowerHash);

    public string ClassOf(string word) => ClassNames[ClassOf(TaggerHash.Lower(word))];

    public static CasingLexicon Harvest(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<ulong, (int Lower, int Cap, int Caps)>();
        foreach (var words in sentences)
        {
            if (FeatureExtractor.IsAllCapsSentence(words)) continue;
            for (var i = 1; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                if (words[i - 1] is "\"" or "``" or ":" or "-" or "(" or "“") continue; // a quote or heading may start here
                var key = TaggerHash.Lower(w);
                var c = counts.GetValueOrDefault(key);
                if (char.IsLower(w[0])) c.Lower++;
                else if (w.Length > 1 && IsAllUpper(w)) c.Caps++;
                else c.Cap++;
                counts[key] = c;
            }
        }
        var classes = new Dictionary<ulong, byte>(counts.Count);
        foreach (var (key, c) in counts)
        {
            var total = c.Lower + c.Cap + c.Caps;
            if (total < 2) continue;
            var cap = (double)(c.Cap + c.Caps) / total;
            byte cls = c.Caps * 2 > total ? (byte)6
                : cap < 0.05 ? (byte)1 : cap < 0.3 ? (byte)2 : cap < 0.7 ? (byte)3 : cap < 0.95 ? (byte)4 : (byte)5;
            classes[key] = cls;
        }
        return new CasingLexicon(classes);
    }

    private static bool IsAllUpper(string w)
    {
        foreach (var ch in w)
            if (char.IsLower(ch)) return false;
        return true;
    }
}
