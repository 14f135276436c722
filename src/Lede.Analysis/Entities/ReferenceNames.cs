namespace Lede.Analysis.Entities;

/// <summary>
/// Names from reference lists outside the training data (places, languages; <c>Models/Gazetteers</c>), which the
/// entity tagger's gazetteer carries as type bits of their own. CoNLL's dev set names places its training set never
/// does, and held-out news names more; a list of the world's cities and countries tells the tagger that an unseen
/// capitalised word is a place where no training sentence could. Only the trainer reads these lists: the names
/// end up hashed in the model file.
/// </summary>
internal static class ReferenceNames
{
    /// <summary>The lists shipped with the library, each with the gazetteer bit its names carry.</summary>
    public static IEnumerable<(string[] Words, byte Bits)> Shipped()
    {
        foreach (var (resource, bits) in new[] { ("places-en.txt", NameGazetteer.ReferencePlace), ("languages-en.txt", NameGazetteer.ReferenceLanguage) })
        {
            using var stream = typeof(ReferenceNames).Assembly.GetManifestResourceStream("Lede.Analysis.Models.Gazetteers." + resource)
                ?? throw new InvalidOperationException($"The reference name list {resource} is not embedded in this build.");
            using var reader = new StreamReader(stream);
            foreach (var words in Read(reader)) yield return (words, bits);
        }
    }

    /// <summary>Names of a list, one per line, split into words as the tokenizer splits a name (on spaces); "#" lines are comments.</summary>
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= NameGazetteer.MaxLength) yield return words;
        }
    }
}
