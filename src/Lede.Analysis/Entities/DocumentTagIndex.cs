using System.Buffers;

namespace Lede.Analysis.Entities;

/// <summary>
/// First-pass tags of every word of a document, counted per lower-case word form, so the second pass can ask
/// how the same word was tagged elsewhere ("Kowalczyk" alone after "Marta Kowalczyk").
/// </summary>
internal sealed class DocumentTagIndex
{
    // Per word: where its counts start in one shared store (its count under each tag, then under each case class,
    // WordTagCounts.Length in all). One pooled store rather than an array a word: a document has hundreds of words.
    private readonly Dictionary<ulong, int> _offsets;
    private int[] _store = [];
    private int _used;
    private readonly List<(SentenceView View, int[] Tags)> _sentences = [];

    /// <param name="words">About how many distinct words the document has, when known: the index is sized once.</param>
    public DocumentTagIndex(int words = 0) => _offsets = new Dictionary<ulong, int>(words);

    public void Add(SentenceView view, int[] tags)
    {
        _sentences.Add((view, tags));
        for (var i = 0; i < view.Count; i++)
        {
            var w = view.Words[i];
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            if (!_offsets.TryGetValue(view.Lower[i], out var offset))
                _offsets[view.Lower[i]] = offset = NewCounts();
            _store[offset + tags[i]]++;
            _store[offset + WordTagCounts.CaseOffset + CaseClass(view, i)]++;
        }
    }

    // A zeroed run of counts for a new word; a fuller store is rented, the old one's counts copied and it returned.
    private int NewCounts()
    {
        if (_used + WordTagCounts.Length > _store.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(Math.Max(64 * WordTagCounts.Length, _store.Length * 2));
            _store.AsSpan(0, _used).CopyTo(larger);
            if (_store.Length > 0) ArrayPool<int>.Shared.Return(_store);
            _store = larger;
        }
        var offset = _used;
        _store.AsSpan(offset, WordTagCounts.Length).Clear();
        _used += WordTagCounts.Length;
        return offset;
    }

    /// <summary>Counts over the other occurrences of a word (hash of its lower-cased form) than token i of sentence s.</summary>
    /// <remarks>The counts read the store as it is: ask once every sentence is added.</remarks>
    public WordTagCounts Others(ulong lower, int sentence, int i)
    {
        if (!_offsets.TryGetValue(lower, out var offset)) return WordTagCounts.Empty;
        var (view, tags) = _sentences[sentence];
        var own = view.Lower[i] == lower && view.Words[i].Length > 0 && char.IsLetter(view.Words[i][0]);
        return new WordTagCounts(_store, offset, own ? tags[i] : -1, own ? CaseClass(view, i) : 0);
    }

    /// <summary>Gives the store back to the pool; the index and counts read from it are not to be used after.</summary>
    public void Release()
    {
        if (_store.Length > 0) ArrayPool<int>.Shared.Return(_store);
        _store = [];
        _used = 0;
        _offsets.Clear();
        _sentences.Clear();
    }

    // 1: capitalised mid-sentence, 2: lower-case mid-sentence, 0: first word or all-caps sentence.
    private static int CaseClass(SentenceView view, int i) =>
        i == 0 || view.AllCaps ? 0 : char.IsUpper(view.Words[i][0]) ? 1 : 2;
}
