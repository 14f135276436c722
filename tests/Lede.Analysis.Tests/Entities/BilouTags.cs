using Lede.Analysis.Entities;

namespace Lede.Analysis.Tests.Entities;

/// <summary>Tag arrays written as "U-PER", "B-ORG", "O" for the tests of what runs after tagging.</summary>
internal static class BilouTags
{
    public static int[] Parse(params string[] bilou) =>
        bilou.Select(t => t == "O" ? EntityTagSet.Outside
            : EntityTagSet.Tag(Array.IndexOf(EntityTagSet.Types, t[2..]), "BILU".IndexOf(t[0]))).ToArray();

    public static string[] Names(int[] tags) => tags.Select(EntityTagSet.Name).ToArray();
}
