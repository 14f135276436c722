namespace Lede.Corpus.Duplicates;

/// <summary>How a document duplicates another.</summary>
public enum DuplicateKind
{
    /// <summary>The same words in the same order (case, punctuation and spacing aside).</summary>
    Exact,

    /// <summary>Mostly the same text: an edited, trimmed, re-headlined or updated copy.</summary>
    Near,
}
