using System.Text;
using Lede.Extraction.Decoding;

namespace Lede.Extraction.Tests.Decoding;

public class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8BomWins()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=iso-8859-1><p>Grüße</p>")).ToArray();
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Equal("bom", decoded.CharsetSource);
        Assert.Contains("Grüße", decoded.Text);
    }

    [Fact]
    public void ContentTypeHeaderBeatsMeta()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<meta charset=utf-8><p>caf\u00e9</p>");
        var decoded = CharsetDecoder.Decode(bytes, "text/html; charset=windows-1252");
        Assert.Equal("content-type", decoded.CharsetSource);
        Assert.Contains("café", decoded.Text);
    }

    [Fact]
    public void MetaCharsetIsHonoured()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body>Łódź</body></html>");
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Equal("meta", decoded.CharsetSource);
        Assert.Contains("Łódź", decoded.Text);
    }

    [Fact]
    public void Latin1LabelMeansWindows1252LikeBrowsers()
    {
        // 0x93/0x94 are curly quotes in windows-1252 but C1 controls in real ISO-8859-1.
        var bytes = new byte[] { (byte)'<', (byte)'m', (byte)'e', (byte)'t', (byte)'a', (byte)' ', (byte)'c', (byte)'h', (byte)'a', (byte)'r', (byte)'s', (byte)'e', (byte)'t', (byte)'=', (byte)'l', (byte)'a', (byte)'t', (byte)'i', (byte)'n', (byte)'1', (byte)'>', 0x93, (byte)'x', 0x94 };
        Assert.Contains("\u201cx\u201d", CharsetDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void UndeclaredValidUtf8IsUtf8()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("<p>Ελληνικά και 中文</p>"));
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Contains("Ελληνικά και 中文", decoded.Text);
    }

    [Fact]
    public void InvalidUtf8BytesAreReplacedNotFatal()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8><p>ok ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" end</p>")).ToArray();
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Contains("ok ", decoded.Text);
        Assert.Contains(" end", decoded.Text);
        Assert.Contains('\uFFFD', decoded.Text);
    }

    [Fact]
    public void APageDeclaredUtf8WhoseBytesAreWindows1252ReadsAsWindows1252()
    {
        var text = "<meta charset=\"utf-8\"><title>Ça coûte cher à Zürich</title><p>Les prix à Zürich ont augmenté, selon les économistes.</p>";
        var decoded = CharsetDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(text));
        Assert.Contains("Ça coûte cher à Zürich", decoded.Text);
        Assert.Contains("augmenté, selon les économistes", decoded.Text);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
        Assert.Equal("meta-not-utf8", decoded.CharsetSource);
    }

    [Fact]
    public void AFewBadBytesAmongUtf8StayReplaced()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Grüße aus Zürich, schöne Grüße ").Concat(new byte[] { 0xE9, (byte)' ', 0xE0, (byte)' ', 0xFC })
            .Concat(Encoding.UTF8.GetBytes(" und Ärger über Öl</p>")).ToArray();
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Contains("Grüße aus Zürich", decoded.Text);
        Assert.Contains("Ärger über Öl", decoded.Text);
        Assert.Equal("meta", decoded.CharsetSource);
    }

    [Fact]
    public void NulBytesAreDropped()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("<p>a\0b</p>"));
        Assert.Equal("<p>ab</p>", decoded.Text);
    }

    [Fact]
    public void UndeclaredWindows1252IsDetectedNotMangled()
    {
        var text = "<p>Le caf\u00e9 est tr\u00e8s appr\u00e9ci\u00e9 \u00e0 Paris, o\u00f9 l'on d\u00e9jeune souvent en terrasse pr\u00e8s de la gare.</p>";
        var decoded = CharsetDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(text));
        Assert.Contains("café est très apprécié", decoded.Text);
    }
}
