namespace Lede.Analysis.Linking;

/// <summary>What the analysis knows of the words of people's names, for other stages (the corpus's name guesser).</summary>
public static class PersonNameWords
{
    /// <summary>Whether <paramref name="word"/> is a listed given name ("Donald", "Marta"), as written or without accents.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => GivenNames.Knows(word);

    /// <summary>Whether <paramref name="word"/> opens an address or exclamation, never a name ("Hey", "Oh", "Dear").</summary>
    public static bool IsInterjection(ReadOnlySpan<char> word) => Rules.EntityRules.Interjections.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
