using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Analysis.Quotes;

/// <summary>
/// Each token's crude stem and three-letter suffix (lower-cased, hashed and mixed) and its <see cref="CueFeatures.Shape"/>:
/// the cue classifier and the attribution tagger read them for the same tokens, and the cue classifier reads a token's
/// shape for five neighbours, so an article's are made once.
/// </summary>
internal sealed record TokenAffixes(FeatureValue[] Stems, FeatureValue[] Suffixes, FeatureValue[] Shapes)
{
    public static TokenAffixes Of(IReadOnlyList<Token> tokens)
    {
        var stems = new FeatureValue[tokens.Count];
        var suffixes = new FeatureValue[tokens.Count];
        var shapes = new FeatureValue[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            stems[i] = CueFeatures.StemHash(token.Text);
            suffixes[i] = CueFeatures.SuffixHash(token.Text);
            shapes[i] = FeatureValue.Small(CueFeatures.Shape(token));
        }
        return new TokenAffixes(stems, suffixes, shapes);
    }
}
