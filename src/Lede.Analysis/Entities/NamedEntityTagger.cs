using Lede.Analysis.Model;
using Lede.Analysis.Text;

namespace Lede.Analysis.Entities;

/// <summary>
/// Finds names of people, organisations, places and other proper names (CoNLL-2003's PER, ORG, LOC, MISC)
/// with a two-pass averaged-perceptron tagger. Thread-safe after load.
/// </summary>
public sealed class NamedEntityTagger
{
    private const string ResourceName = "Lede.Analysis.Models.ner-en.bin";
    private static readonly Lazy<NamedEntityTagger> DefaultTagger = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly TwoPassTagger _tagger;

    private NamedEntityTagger(EntityModel model) => _tagger = new TwoPassTagger(model);

    /// <summary>The English model shipped with Lede (trained on CoNLL-2003), loaded on first use.</summary>
    public static NamedEntityTagger Default => DefaultTagger.Value;

    /// <summary>Loads a model written by <see cref="NamedEntityTrainer"/>.</summary>
    public static NamedEntityTagger Load(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new NamedEntityTagger(EntityModel.Read(model));
    }

    /// <summary>The names in <paramref name="text"/>, sentence by sentence; mentions have no entity yet.</summary>
    public IReadOnlyList<Mention> Tag(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var tokens = new IReadOnlyList<Token>[sentences.Count];
        var words = new IReadOnlyList<string>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = Math.Clamp(sentences[s].Start, 0, text.Length);
            var end = Math.Clamp(sentences[s].End, start, text.Length);
            tokens[s] = Tokenizer.Tokenize(text, start, end);
            var w = new string[tokens[s].Count];
            for (var i = 0; i < w.Length; i++) w[i] = tokens[s][i].Text;
            words[s] = w;
        }
        var tags = _tagger.Tag(words);
        var mentions = new List<Mention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var (first, last, type) in EntityTagSet.Spans(tags[s]))
            {
                var start = tokens[s][first].Start;
                var end = tokens[s][last].End;
                mentions.Add(new Mention(text[start..end], start, end, EntityTagSet.Types[type]));
            }
        }
        return mentions;
    }

    /// <summary>IOB tags for pre-tokenised sentences of one document (benchmarks against token-level gold).</summary>
    internal IReadOnlyList<string[]> TagTokens(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var tags = _tagger.Tag(sentences);
        return tags.Select(ToIob).ToList();
    }

    internal static string[] ToIob(int[] bilou)
    {
        var iob = new string[bilou.Length];
        for (var i = 0; i < bilou.Length; i++)
        {
            var t = bilou[i];
            iob[i] = t == EntityTagSet.Outside ? "O"
                : (EntityTagSet.IsBegin(t) || EntityTagSet.IsUnit(t) ? "B-" : "I-") + EntityTagSet.Types[EntityTagSet.TypeOf(t)];
        }
        return iob;
    }

    private static NamedEntityTagger LoadEmbedded()
    {
        using var stream = typeof(NamedEntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded entity model '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }
}
