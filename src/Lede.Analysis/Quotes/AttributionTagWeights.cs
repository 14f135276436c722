using System.Runtime.CompilerServices;

namespace Lede.Analysis.Quotes;

/// <summary>One feature's weight for each of the <see cref="AttributionTagger"/>'s tags, read with one table lookup.</summary>
[InlineArray(AttributionTagger.TagCount)]
internal struct AttributionTagWeights
{
    private float _first;
}
