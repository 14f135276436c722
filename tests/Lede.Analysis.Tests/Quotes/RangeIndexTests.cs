using Lede.Analysis.Quotes;

namespace Lede.Analysis.Tests.Quotes;

/// <summary>The range indexes attribution asks, checked against asking every range in turn.</summary>
public class RangeIndexTests
{
    private static List<TextRange> RandomRanges(Random random, int count, int span) =>
        [.. Enumerable.Range(0, count).Select(_ =>
        {
            var kind = random.Next(10);
            if (kind == 0) return TextRange.None;
            var start = random.Next(span);
            // Mostly short ranges, some long ones holding many others, some empty.
            var length = kind == 1 ? 0 : kind == 2 ? random.Next(span) : random.Next(1, 12);
            return new TextRange(start, start + length);
        })];

    [Theory, InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    public void ContainingRanges_finds_every_holder_in_list_order(int seed)
    {
        var random = new Random(seed);
        var ranges = RandomRanges(random, 300, 400);
        var index = new ContainingRanges(ranges);
        var found = new List<int>();
        for (var position = -2; position < 420; position++)
        {
            index.Find(position, found);
            Assert.Equal(Enumerable.Range(0, ranges.Count).Where(i => ranges[i].Contains(position)), found);
        }
    }

    [Fact]
    public void ContainingRanges_of_nothing_finds_nothing()
    {
        var found = new List<int> { 7 };
        new ContainingRanges([]).Find(3, found);
        Assert.Empty(found);
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3), InlineData(4), InlineData(5)]
    public void CoveredText_answers_as_the_ranges_one_by_one_however_they_were_added(int seed)
    {
        var random = new Random(seed);
        var ranges = RandomRanges(random, 60, 400);
        var covered = new CoveredText(ranges);
        var addedInTurn = new CoveredText();
        foreach (var r in ranges) addedInTurn.Add(r);
        for (var position = -2; position < 420; position++)
        {
            Assert.Equal(ranges.Any(r => r.Contains(position)), covered.Covers(position));
            Assert.Equal(ranges.Any(r => r.Contains(position)), addedInTurn.Covers(position));
        }
        foreach (var probe in RandomRanges(random, 2_000, 420).Append(TextRange.None).Append(new TextRange(5, 5)))
        {
            Assert.Equal(ranges.Any(r => r.Overlaps(probe)), covered.Overlaps(probe));
            Assert.Equal(ranges.Any(r => r.Overlaps(probe)), addedInTurn.Overlaps(probe));
        }
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void FoundContents_keeps_up_with_a_growing_list(int seed)
    {
        var random = new Random(seed);
        var found = new List<Attribution>();
        var contents = new FoundContents(found);
        foreach (var range in RandomRanges(random, 200, 400))
        {
            var probe = RandomRanges(random, 1, 420)[0];
            Assert.Equal(found.Any(f => f.Content == probe), contents.Has(probe));
            Assert.Equal(found.Any(f => f.Content.Overlaps(probe)), contents.Overlap(probe));
            Assert.Equal(found.Any(f => f.Content == range), contents.Has(range));
            found.Add(new Attribution(range, TextRange.None, TextRange.None));
        }
    }
}
