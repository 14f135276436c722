using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Text;

/// <summary>Random punctuation-heavy text: tokens and sentences stay ordered, in bounds and faithful to the text.</summary>
public sealed class RandomTextTests
{
    private const string Palette = "aZ9 .,;:!?'\"’“”‘—–-…()[]$%/\n\t\u00A0é😀Mr.U.S.n't's";

    [Fact]
    public void Tokens_sentences_and_mentions_are_well_formed()
    {
        var rng = new Random(42);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[rng.Next(0, 300)];
            for (var i = 0; i < chars.Length; i++) chars[i] = Palette[rng.Next(Palette.Length)];
            var text = new string(chars);

            var tokens = Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length, $"bad token {t} in {text}");
                Assert.Equal(text[t.Start..t.End], t.Text);
                previousEnd = t.End;
            }
            Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), tokens.Sum(t => t.Text.Count(c => !char.IsWhiteSpace(c))));

            var sentences = SentenceSplitter.Split(text);
            previousEnd = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length);
                previousEnd = s.End;
            }
            Assert.Equal(tokens.Count, sentences.Sum(s => Tokenizer.Tokenize(text, s.Start, s.End).Count));

            foreach (var m in NamedEntityTagger.Default.Tag(text, sentences))
                Assert.Equal(text[m.Start..m.End], m.Text);
        }
    }
}
