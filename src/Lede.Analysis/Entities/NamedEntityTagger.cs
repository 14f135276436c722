using Lede.Analysis.Model;
using Lede.Analysis.Rules;
using Lede.Analysis.Text;

namespace Lede.Analysis.Entities;

/// <summary>
/// Finds names of people, organisations, places and other proper names (CoNLL-2003's PER, ORG, LOC, MISC)
/// with a two-pass averaged-perceptron tagger. Thread-safe after load.
/// </summary>
public sealed class NamedEntityTagger
{
    private const string ResourceName = "Lede.Analysis.Models.ner-en.bin";
    private const int MaxWindow = 400; // tokens tagged at once; CoNLL's longest sentence has 124
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
        return Tag(text, sentences, null);
    }

    /// <param name="textTokens">
    /// The tokens of the whole text, when the caller has them and the sentences are the splitter's: its
    /// boundaries fall between whitespace-separated chunks, so a sentence's tokens are the text's tokens inside it.
    /// </param>
    internal IReadOnlyList<Mention> Tag(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token>? textTokens)
    {
        // Very long "sentences" (lists, text without punctuation) are tagged in windows: memory stays bounded.
        var tokens = new List<(IReadOnlyList<Token> Tokens, int Offset, int Count)>(sentences.Count);
        var words = new List<IReadOnlyList<string>>(sentences.Count);
        var next = 0;
        foreach (var sentence in sentences)
        {
            var start = Math.Clamp(sentence.Start, 0, text.Length);
            var end = Math.Clamp(sentence.End, start, text.Length);
            IReadOnlyList<Token> sentenceTokens;
            int first, last;
            if (textTokens is null)
            {
                sentenceTokens = Tokenizer.Tokenize(text, start, end);
                (first, last) = (0, sentenceTokens.Count);
            }
            else
            {
                sentenceTokens = textTokens;
                while (next < textTokens.Count && textTokens[next].Start < start) next++;
                first = last = next;
                while (last < textTokens.Count && textTokens[last].End <= end) last++;
                next = last;
            }
            for (var offset = first; offset < last; offset += MaxWindow)
            {
                var count = Math.Min(MaxWindow, last - offset);
                var w = new string[count];
                for (var i = 0; i < count; i++) w[i] = sentenceTokens[offset + i].Text;
                tokens.Add((sentenceTokens, offset, count));
                words.Add(w);
            }
        }
        var tags = _tagger.Tag(words);
        NameOpenings.Apply(words, tags);
        KnownOrganizations.Apply(words, tags);
        CompanyNames.Apply(words, tags);
        NewsNameForms.Apply(words, tags);
        SurnameConsistency.Apply(words, tags);
        PlaceConsistency.Apply(words, tags);
        var mentions = new List<Mention>();
        for (var s = 0; s < tokens.Count; s++)
        {
            var (sentenceTokens, offset, _) = tokens[s];
            foreach (var (spanFirst, last, type) in EntityTagSet.Spans(tags[s]))
            {
                var first = spanFirst;
                var typeName = EntityTagSet.Types[type];
                if (IsTitledName(words[s], first, last)) (first, typeName) = (first + 1, "PER");
                var start = sentenceTokens[offset + first].Start;
                var end = sentenceTokens[offset + last].End;
                mentions.Add(new Mention(text[start..end], start, end, typeName));
            }
        }
        return mentions;
    }

    /// <summary>
    /// A span that opens with a person's title followed by one to three capitalised words ("Senator Jane Roe"): the
    /// title is not part of the name, and the name is a person's, whatever type the tagger gave the whole.
    /// </summary>
    internal static bool IsTitledName(IReadOnlyList<string> words, int first, int last)
    {
        if (last == first || last - first > 3 || !EntityRules.PersonTitles.Contains(words[first])) return false;
        for (var i = first + 1; i <= last; i++)
            if (words[i].Length < 2 || !char.IsUpper(words[i][0]) || !char.IsLetter(words[i][^1]) && words[i][^1] != '.') return false;
        return true;
    }

    /// <summary>IOB tags for pre-tokenised sentences of one document (benchmarks against token-level gold).</summary>
    internal IReadOnlyList<string[]> TagTokens(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var tags = _tagger.Tag(sentences);
        NameOpenings.Apply(sentences, tags);
        KnownOrganizations.Apply(sentences, tags);
        CompanyNames.Apply(sentences, tags);
        NewsNameForms.Apply(sentences, tags);
        SurnameConsistency.Apply(sentences, tags);
        PlaceConsistency.Apply(sentences, tags);
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
        // The word clusters (read once, ~0.1 s) load on another core while the model file is read; the model waits for them.
        _ = Task.Run(() => WordClusters.Default);
        using var stream = typeof(NamedEntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded entity model '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }
}
