namespace Lede.Analysis.Entities;

/// <summary>
/// Names seen in the training data with the types they carried ("new york" → LOC, "washington" → PER|LOC),
/// keyed by the hash of their lower-cased tokens. Gives the tagger span boundaries and type evidence for
/// multi-word names. During training each document only sees names harvested from other folds, so the
/// tagger learns how far an unseen document's match can be trusted.
/// </summary>
internal sealed class NameGazetteer
{
    public const int MaxLength = 6;

    /// <summary>Type bits of a name: 1 PER, 2 ORG, 4 LOC, 8 MISC, then the reference lists' bits.</summary>
    public const byte TypeMask = 0x3F;

    /// <summary>A name on the reference list of places (<see cref="ReferenceNames"/>), apart from the types training gave it.</summary>
    public const byte ReferencePlace = 0x10;

    /// <summary>A name on the reference list of languages ("German", "Swahili"), which CoNLL tags MISC as adjectives.</summary>
    public const byte ReferenceLanguage = 0x20;

    /// <summary>Type bits a feature reads: the four entity types and the two reference lists.</summary>
    public const int TypeBits = 6;

    /// <summary>
    /// Set on every proper prefix of a known name ("new" and "new york" for "New York Times"), so a lookup stops at
    /// the first token sequence no name starts with instead of trying all lengths.
    /// </summary>
    private const byte Continues = 0x80;
    private readonly Dictionary<ulong, byte> _types;
    // The same types laid out for the lookups per token.
    private readonly ByteLookupTable _table;

    public NameGazetteer(Dictionary<ulong, byte> types)
    {
        _types = types;
        _table = new ByteLookupTable(types);
    }

    public static NameGazetteer Empty { get; } = new([]);

    public int Count => _types.Count;

    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _types;

    private const ulong EmptyKey = 0x47415AUL;

    /// <summary>The key of a token sequence one token longer than the one <paramref name="key"/> stands for.</summary>
    private static ulong Extend(ulong key, ulong lowerHash) => TaggerHash.Feature(60, key, lowerHash);

    /// <summary>Asks for the memory <see cref="TypesByLength"/> reads first for names starting with this word, ahead of the lookup.</summary>
    public void Prefetch(ulong lowerHash) => _table.Prefetch(Extend(EmptyKey, lowerHash));

    /// <summary>
    /// Type bits (1 PER, 2 ORG, 4 LOC, 8 MISC, 0 for none) of every name starting at the first of <paramref name="lowerHashes"/>, by length (lengths[k] for
    /// k + 1 tokens, up to <see cref="MaxLength"/>); each longer key extends the shorter one instead of starting over.
    /// </summary>
    public void TypesByLength(ReadOnlySpan<ulong> lowerHashes, Span<byte> lengths)
    {
        lengths.Clear();
        var h = EmptyKey;
        for (var k = 0; k < lowerHashes.Length && k < MaxLength; k++)
        {
            h = Extend(h, lowerHashes[k]);
            var value = _table.GetValueOrDefault(h);
            lengths[k] = (byte)(value & TypeMask);
            if ((value & Continues) == 0) return;
        }
    }

    public static NameGazetteer Harvest(IEnumerable<TrainingSentence> sentences, IEnumerable<(string[] Words, byte Bits)>? reference = null)
    {
        var types = new Dictionary<ulong, byte>();
        foreach (var sentence in sentences)
        {
            var tags = EntityTagSet.FromIob(sentence.Tags);
            foreach (var (first, last, type) in EntityTagSet.Spans(tags))
            {
                var length = last - first + 1;
                if (length <= MaxLength) Add(types, sentence.Words, first, length, (byte)(1 << type));
            }
        }
        if (reference is not null)
            foreach (var (words, bits) in reference)
                Add(types, words, 0, Math.Min(words.Length, MaxLength), bits);
        return new NameGazetteer(types);
    }

    private static void Add(Dictionary<ulong, byte> types, IReadOnlyList<string> words, int first, int length, byte bits)
    {
        var key = EmptyKey;
        for (var k = 0; k < length; k++)
        {
            key = Extend(key, TaggerHash.Lower(words[first + k]));
            var own = k + 1 < length ? Continues : bits;
            types[key] = (byte)(types.GetValueOrDefault(key) | own);
        }
    }
}
