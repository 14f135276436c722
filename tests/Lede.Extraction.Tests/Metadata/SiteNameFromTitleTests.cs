namespace Lede.Extraction.Tests.Metadata;

public class SiteNameFromTitleTests
{
    [Fact]
    public void TheTitlePartThatIsTheDomainNamesTheSite()
    {
        var m = PageFixture.Read("""
            <html><head><title>Tide tables - Seabreeze</title></head><body><article><h1>Tide tables</h1><p>Text.</p></article></body></html>
            """, "https://en.seabreeze.example/wiki/Tide_tables");
        Assert.Equal("Seabreeze", m.SiteName);
        Assert.Equal("Seabreeze", m.Publisher);
    }

    [Fact]
    public void WithoutADomainMatchAnEvenTitleNamesNoSite()
    {
        var m = PageFixture.Read("""
            <html><head><title>Tide tables - Seabreeze</title></head><body><article><h1>Tide tables</h1><p>Text.</p></article></body></html>
            """, "https://harbourlog.example/tides");
        Assert.Null(m.SiteName);
    }
}
