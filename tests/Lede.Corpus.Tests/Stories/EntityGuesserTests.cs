using Lede.Corpus.Stories;

namespace Lede.Corpus.Tests.Stories;

/// <summary>Names guessed from capitals for the clusterer.</summary>
public sealed class EntityGuesserTests
{
    private static List<string> Guessed(string body) => EntityGuesser.Guess(body, 200).Select(e => e.Name).ToList();

    [Fact]
    public void AMiddleInitialIsPartOfNoOtherNameAndLeavesTheNameWhole()
    {
        var names = Guessed("Voters heard Marta J. Velez on Monday. Later, Marta Velez spoke again in Ostend.");
        Assert.Contains("Marta Velez", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Marta J", StringComparison.Ordinal));
        Assert.Equal(2, EntityGuesser.Guess("Voters heard Marta J. Velez on Monday. Later, Marta Velez spoke again in Ostend.", 200).First(e => e.Name == "Marta Velez").Count);
    }

    [Fact]
    public void ASentenceEndingOnACapitalLetterStillEndsTheName()
    {
        var names = Guessed("The vote went to Plan B. Ostend voters agreed on Monday.");
        Assert.DoesNotContain(names, n => n.Contains("Ostend", StringComparison.Ordinal) && n.Contains("Plan", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInterjectionOpensNoName()
    {
        var names = Guessed("The mayor answered the critics: “Hey Mastodon, the point is to be seen.” Users of Mastodon laughed.");
        Assert.Contains("Mastodon", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Hey", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInitialismKeepsItsLastFullStopOnDisplay()
    {
        var guessed = EntityGuesser.Guess("Officials in Ostend said the U.S. and the E.U. would talk. Later the U.S. delegation left for Ostend.", 200);
        Assert.Equal(2, guessed.Single(e => e.Name == "U.S.").Count);
        Assert.Contains(guessed, e => e.Name == "E.U.");
        Assert.DoesNotContain(guessed, e => e.Name == "U.S");
    }
}
