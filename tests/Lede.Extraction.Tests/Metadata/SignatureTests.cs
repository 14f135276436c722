using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>Stories signed at their foot, and logins written first.last.</summary>
public class SignatureTests
{
    private const string Body =
        "The lights along the old pier were switched on again on Friday evening after a long repair.\n\n"
        + "Engineers replaced every cable under the boardwalk and fitted new lamps.";

    [Theory]
    [InlineData("DPA", "Deutsche Presse-Agentur")]
    [InlineData("(dpa/AFP)", "Deutsche Presse-Agentur")]
    [InlineData("aja/PAP", "Polska Agencja Prasowa")]
    [InlineData("Reuters", "Reuters")]
    public void AnAgencyCreditUnderTheStoryNamesTheWireAgency(string last, string agency) =>
        Assert.Equal(agency, MetadataReader.ClosingAgencyCredit(Body + "\n\n" + last));

    [Theory]
    [InlineData("Tove Berg")]
    [InlineData("The ferry will run again from Monday, the AP learned.")]
    public void APersonOrASentenceUnderTheStoryCreditsNoAgency(string last) =>
        Assert.Null(MetadataReader.ClosingAgencyCredit(Body + "\n\n" + last));

    [Fact]
    public void AFullNameAloneUnderTheStorySignsIt() => Assert.Equal("Tove Berg", MetadataReader.Signature(Body + "\n\nTove Berg")?.Name);

    [Fact]
    public void ASignOffMarksASingleNameAsTheWriter() => Assert.Equal("PierWatcher", MetadataReader.Signature(Body + "\n\nEuer PierWatcher")?.Name);

    [Theory]
    [InlineData("© 2019 Tove Berg")]
    [InlineData("(c) Tove Berg 2019")]
    [InlineData("Copyright Tove Berg")]
    public void ACopyrightLineNamingAPersonSignsTheStory(string last) => Assert.Equal("Tove Berg", MetadataReader.Signature(Body + "\n\n" + last)?.Name);

    [Theory]
    [InlineData("Tove Berg\n10. September 2017")]
    [InlineData("Tove Berg\n12.03.2021")]
    public void ASignatureWithItsDateBelowSignsTheStory(string last) => Assert.Equal("Tove Berg", MetadataReader.Signature(Body + "\n\n" + last)?.Name);

    [Theory]
    [InlineData("© 2019 Harbour Media GmbH")]
    [InlineData("© 2019")]
    [InlineData("Harbourton\n10. September 2017")]
    [InlineData("Tove Berg\nThe pier reopens in May.")]
    public void CopyrightAndDateLinesWithoutAPersonSignNothing(string last) => Assert.Null(MetadataReader.Signature(Body + "\n\n" + last));

    [Theory]
    [InlineData("Harbour News")]
    [InlineData("Photo: Tove Berg")]
    [InlineData("Tove")]
    [InlineData("The pier reopens in May.")]
    public void OtherClosingLinesSignNothing(string last) => Assert.Null(MetadataReader.Signature(Body + "\n\n" + last));

    [Fact]
    public void AStorySignedAtItsFootGetsItsAuthor()
    {
        var a = PageFixture.Extract("<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1>"
            + "<p>The lights along the old pier were switched on again on Friday evening after a repair that took most of the winter. "
            + "Engineers replaced the cables under the boardwalk, and the harbour board paid for new lamps that use far less power than the old ones.</p>"
            + "<p>Residents gathered at the gate to watch, and the brass band played until the last lamp at the end of the pier came on.</p>"
            + "<p><strong>Tove Berg</strong></p></article></body></html>");
        Assert.Equal("Tove Berg", Assert.Single(a.Authors).Name);
    }

    [Theory]
    [InlineData("tove.berg", "Tove Berg")]
    [InlineData("ines.de.vall", "Ines de Vall")]
    public void ADottedLoginIsReadAsAName(string handle, string name) => Assert.Equal(name, MetadataReader.DottedHandleName(handle));

    [Theory]
    [InlineData("pierwatcher")]
    [InlineData("Tove.Berg")]
    [InlineData("t.berg")]
    public void OtherUserNamesAreNotRewritten(string handle) => Assert.Null(MetadataReader.DottedHandleName(handle));

    private const string FirstPersonBody =
        "I walked the old pier again on Friday evening, the first time since the repair.\n\n"
        + "My favourite lamp at the end still flickers, and I hope it stays that way.";

    [Theory]
    [InlineData("Benno\n10. September 2017")]
    [InlineData("Benno\n12.03.2021")]
    public void AFirstNameAboveTheDateSignsAPostToldInTheFirstPerson(string last) =>
        Assert.Equal("Benno", MetadataReader.Signature(FirstPersonBody + "\n\n" + last)?.Name);

    [Theory]
    [InlineData("Update\n10. September 2017")]
    [InlineData("Freitag\n10. September 2017")]
    [InlineData("Quelle\n10. September 2017")]
    public void ALabelOrDayAboveTheDateSignsNothingEvenInTheFirstPerson(string last) =>
        Assert.Null(MetadataReader.Signature(FirstPersonBody + "\n\n" + last));

    [Fact]
    public void AFirstNameAboveTheDateOfAThirdPersonReportSignsNothing() =>
        Assert.Null(MetadataReader.Signature(Body + "\n\nBenno\n10. September 2017"));

    [Theory]
    [InlineData("The vote was counted twice (Tove K. Berg)", "Tove K. Berg")]
    [InlineData("Tove Berg wrote this. Tove K. Berg", "Tove K. Berg")]
    [InlineData("The vote was counted twice.", "Tove Berg")]
    [InlineData("Tove K. Berg and Tove L. Berg wrote it.", "Tove Berg")]
    public void ALoginsNameTakesTheInitialsTheStoryPrints(string story, string expected) =>
        Assert.Equal(expected, MetadataReader.WithPrintedInitials("Tove Berg", story));
}
