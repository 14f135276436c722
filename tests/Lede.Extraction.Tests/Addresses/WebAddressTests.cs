using Lede.Extraction.Addresses;

namespace Lede.Extraction.Tests.Addresses;

public class WebAddressTests
{
    [Theory]
    [InlineData("https://example.com/news/story")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://Example.COM/a?b=c#d")]
    [InlineData("http://127.0.0.1:8080/")]
    public void AbsoluteHttpAndHttpsAddressesAreWebAddresses(string text)
    {
        Assert.True(WebAddress.TryParse(text, out var address));
        Assert.True(address.IsAbsoluteUri);
        Assert.Contains(address.Scheme, new[] { "http", "https" });
        Assert.True(WebAddress.IsWebAddress(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/news/story")]
    [InlineData("news/story.html")]
    [InlineData("example.com/story")]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("http//example.com")]
    public void AnythingElseIsNot(string? text)
    {
        Assert.False(WebAddress.TryParse(text, out var address));
        Assert.Null(address);
        Assert.False(WebAddress.IsWebAddress(text));
    }

    [Fact]
    public void TextIsTakenAsGivenSoCallersChooseWhetherToTrim()
    {
        // Uri itself forgives surrounding spaces; what matters is that the parsed address is the trimmed one.
        Assert.True(WebAddress.TryParse(" https://example.com/a ", out var address));
        Assert.Equal("https://example.com/a", address.AbsoluteUri);
    }

    [Fact]
    public void TheSchemeCheckAloneTakesAnAbsoluteAddress()
    {
        Assert.True(WebAddress.HasWebScheme(new Uri("https://example.com/")));
        Assert.False(WebAddress.HasWebScheme(new Uri("ftp://example.com/")));
    }
}
