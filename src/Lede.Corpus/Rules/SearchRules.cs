using System.Collections.Frozen;

namespace Lede.Corpus.Rules;

/// <summary>Word lists of the search index. Data only: <see cref="Search.Index.CommonPairFilter"/> and the query writer read them.</summary>
internal static class SearchRules
{
    // The most frequent words of the languages the corpus mostly holds. Their position lists are long
    // (most articles hold them many times), so a phrase that contains one is matched through the
    // indexed pair ("of the", "the senate") instead of walking them; a phrase of other words is
    // matched through positions, which is cheap because at least one of its words is rarer.
    public static readonly FrozenSet<string> CommonWords = new[]
    {
        // English
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "i", "in", "is", "it", "its", "not", "of", "on", "or", "said", "she", "that", "the", "their", "they", "this",
        "to", "was", "we", "were", "which", "who", "will", "with", "would",
        // German
        "auf", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "es", "ist", "mit", "nicht", "sich", "und", "von", "zu",
        // French
        "au", "d", "dans", "du", "est", "et", "l", "la", "le", "les", "par", "pour", "qu", "que", "qui", "se", "sur", "un", "une",
        // Spanish, Italian, Portuguese, Dutch
        "con", "del", "el", "en", "los", "las", "lo", "por", "se", "y", "di", "il", "che", "per", "da", "do", "dos", "em", "o", "os",
        "de", "een", "het", "van", "op", "te", "voor",
    }.ToFrozenSet(StringComparer.Ordinal);
}
