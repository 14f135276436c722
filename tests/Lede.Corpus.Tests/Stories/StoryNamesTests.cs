using Lede.Corpus.Stories;

namespace Lede.Corpus.Tests.Stories;

/// <summary>A story's top names: each person or body once, by its longer form.</summary>
public sealed class StoryNamesTests
{
    private static List<string> Names(params (string Name, string? Type, int Count)[] ranked) =>
        StoryClusterer.NamesOnce(ranked.Select(r => new StoryEntity(r.Name, r.Type, r.Count)), 4).Select(e => e.Name).ToList();

    [Fact]
    public void ASurnameAndTheFullNameAreOneNameShownInFull() =>
        Assert.Equal(["Marta Velez", "Harbour Board", "Ostend"],
            Names(("Velez", null, 3), ("Harbour Board", "ORG", 2), ("Marta Velez", "PER", 2), ("Ostend", "LOC", 1), ("Board", null, 1)));

    [Fact]
    public void DifferentPeopleWithOneSurnameStayApart() =>
        Assert.Equal(["Ada Velez", "Tom Velez", "Ostend"], Names(("Ada Velez", "PER", 2), ("Tom Velez", "PER", 2), ("Velez", null, 2), ("Ostend", "LOC", 1)));

    [Fact]
    public void AWordInsideAnotherWordIsNotItsName() =>
        Assert.Equal(["Velez", "Lopez-Velezo", "Ostend"], Names(("Velez", "PER", 3), ("Lopez-Velezo", "PER", 2), ("Ostend", "LOC", 1)));

    [Fact]
    public void NamesFoldedAwayLeaveRoomForOthers() =>
        Assert.Equal(4, Names(("Velez", null, 3), ("Marta Velez", "PER", 3), ("Ostend", "LOC", 2), ("Bruges", "LOC", 2), ("Harbour Board", "ORG", 1), ("Ghent", "LOC", 1)).Count);
}
