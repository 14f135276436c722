using Lede.Corpus.Duplicates;

namespace Lede.Corpus.Tests.Duplicates;

public sealed class TextHashingTests
{
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        TextHashing.HashWords(text, words);
        return words;
    }

    [Fact]
    public void WordsIgnoreCasePunctuationAndSpacing()
    {
        Assert.Equal(Words("The Mayor said: \"no.\""), Words("the   MAYOR said no"));
        Assert.Equal(4, Words("the mayor's office, today").Count);
        Assert.NotEqual(Words("mayor said"), Words("said mayor"));
    }

    [Fact]
    public void ExactHashDependsOnWordOrder()
    {
        Assert.Equal(TextHashing.HashSequence(Words("a b c")), TextHashing.HashSequence(Words("A, b; c!")));
        Assert.NotEqual(TextHashing.HashSequence(Words("a b c")), TextHashing.HashSequence(Words("c b a")));
    }

    [Fact]
    public void ShinglesAreDistinctAndSorted()
    {
        var shingles = TextHashing.DistinctShingles(Words("one two three one two three one two three"), 3);
        Assert.Equal(3, shingles.Length); // "one two three", "two three one", "three one two"
        Assert.True(shingles.SequenceEqual(shingles.Order()));
        Assert.Single(TextHashing.DistinctShingles(Words("too short"), 4));
        Assert.Empty(TextHashing.DistinctShingles(Words(""), 4));
    }

    [Fact]
    public void MinHashEstimatesJaccard()
    {
        var hasher = new MinHasher(256, 7);
        var a = Enumerable.Range(0, 1000).Select(i => TextHashing.Mix((ulong)i)).Order().ToArray();
        var b = Enumerable.Range(500, 1000).Select(i => TextHashing.Mix((ulong)i)).Order().ToArray();
        // |A∩B| = 500, |A∪B| = 1500: J = 1/3.
        var estimate = MinHasher.Similarity(hasher.Sign(a), hasher.Sign(b));
        Assert.InRange(estimate, 0.25, 0.42);
        Assert.Equal(1.0, MinHasher.Similarity(hasher.Sign(a), hasher.Sign(a)));
        var c = Enumerable.Range(5000, 1000).Select(i => TextHashing.Mix((ulong)i)).ToArray();
        Assert.InRange(MinHasher.Similarity(hasher.Sign(a), hasher.Sign(c)), 0, 0.03);
    }
}
