using Lede.Extraction.Metadata;

namespace Lede.Extraction.Tests.Metadata;

/// <summary>Running times, photo credits and web addresses in byline markup name no writer; user names and names do.</summary>
public class NoWriterTextTests
{
    [Theory]
    [InlineData("01:30 Min.")]
    [InlineData("27:37 Min.")]
    [InlineData("Bild © hr")]
    [InlineData("events.harbour-radio.de")]
    public void NamesNoWriter(string text) => Assert.Null(MetadataReader.VerbatimAuthor(text));

    [Theory]
    [InlineData("Mara Lindqvist")]
    [InlineData("tidewatcher42")]
    public void AUserNameOrANameStands(string text) => Assert.Equal(text, MetadataReader.VerbatimAuthor(text));
}
