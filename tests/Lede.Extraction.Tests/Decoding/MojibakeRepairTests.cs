using System.Text;
using Lede.Extraction.Decoding;

namespace Lede.Extraction.Tests.Decoding;

public class MojibakeRepairTests
{
    static MojibakeRepairTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // What a crawler saves when it reads UTF-8 bytes as Windows-1252 and writes the characters back as UTF-8.
    private static string Garble(string text) => Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Detainees held at Guantánamo Bay were moved, officials in Ciudad Juárez said.")]
    [InlineData("The minister, Ségolène Marchetti, said she didn’t expect “a quick deal” — not this year.")]
    [InlineData("Prices rose 5 € in Kraków and Łódź; the café’s owner shrugged. 🚢")]
    [InlineData("Вести: 中文新闻 and עברית and ™ ½")]
    [InlineData("Wybory się odbyły, a potem à la carte.")]
    public void Text_read_once_too_often_as_Windows_1252_comes_back(string original)
    {
        var garbled = Garble(original);
        Assert.NotEqual(original, garbled);
        var repaired = MojibakeRepair.Repair(garbled, out var count);
        Assert.Equal(original, repaired);
        Assert.True(count > 0);
    }

    [Theory]
    [InlineData("SÃO PAULO — A cidade de São Paulo amanheceu com chuva.")]
    [InlineData("Ã la carte is not a word, but Âge and Ôtez are French capitals.")]
    [InlineData("Plain ASCII text with no accents at all.")]
    [InlineData("Straße, Ærø, Ñandú, naïve, déjà vu — all of them written right.")]
    [InlineData("Er ließ“ den Satz stehen, und sie ließ\u00A0ihn gehen.")]
    [InlineData("NESTLÉ® and NESCAFÉ® are brands.")]
    [InlineData("Sie nannten ihre Ä… nicht beim Namen.")]
    [InlineData("L’état s’est aggravé\u00A0», a-t-il dit.")]
    public void Text_that_is_right_stays_as_it_is(string text)
    {
        Assert.Same(text, MojibakeRepair.Repair(text, out var count));
        Assert.Equal(0, count);
    }

    [Fact]
    public void An_accent_that_normalisation_split_into_a_space_and_a_mark_is_read_as_its_byte()
    {
        // "naïve" garbled to "naÃ¯ve", then compatibility normalisation wrote "¯" as a space and a combining macron.
        Assert.Equal("Ã¯", Garble("ï"));
        Assert.Equal("naïve", MojibakeRepair.Repair("naÃ \u0304ve", out _));
        Assert.Equal("Ségolène", MojibakeRepair.Repair("SÃ©golÃ \u0308ne", out _));
    }

    [Fact]
    public void Garbled_text_that_was_later_decomposed_comes_back()
    {
        // "Peña" garbled to "PeÃ±a", then canonical decomposition (NFD) split "Ã" into "A" and a combining tilde.
        var decomposed = Garble("Enrique Peña and Gabriel García").Normalize(NormalizationForm.FormD);
        Assert.Contains("A\u0303", decomposed);
        Assert.Equal("Enrique Peña and Gabriel García", MojibakeRepair.Repair(decomposed, out var count).Normalize());
        Assert.True(count > 0);
        // Decomposed letters of correct text are not touched.
        const string right = "Pen\u0303a and Garci\u0301a";
        Assert.Same(right, MojibakeRepair.Repair(right, out _));
    }

    [Fact]
    public void A_garbled_hyphen_or_closing_quote_whose_last_byte_was_dropped_comes_back()
    {
        // U+2010 is E2 80 90 and U+201D is E2 80 9D: Windows-1252 has no character for 0x90 or 0x9D, so they vanish.
        Assert.Equal("the real\u2010world cost of long\u2010term debt", MojibakeRepair.Repair("the realâ€world cost of longâ€term debt", out _));
        Assert.Equal("“We will appeal,\u201D she said.", MojibakeRepair.Repair("“We will appeal,â€ she said.", out var count));
        Assert.Equal(1, count);
    }

    [Fact]
    public void Text_garbled_twice_comes_back()
    {
        const string original = "The minister didn’t expect a “quick deal” in Guantánamo.";
        Assert.Equal(original, MojibakeRepair.Repair(Garble(Garble(original)), out _));
    }

    [Fact]
    public void Extraction_repairs_the_text_and_says_so()
    {
        var body = "The delegation flew from Guantánamo to Bogotá on Tuesday, the ministry’s spokesman said in a statement.";
        var text = "Delegation leaves for Bogotá\n\n" + string.Join("\n\n", Enumerable.Repeat(body, 4));
        var article = new ArticleExtractor().Extract(Encoding.UTF8.GetBytes(Garble(text)), new ExtractionRequest { Format = InputFormat.Text });
        Assert.Equal("Delegation leaves for Bogotá", article.Headline);
        Assert.Contains("Guantánamo", article.ArticleBody);
        Assert.DoesNotContain("Ã", article.ArticleBody);
        Assert.Contains(article.Warnings, w => w.Contains("garbled", StringComparison.Ordinal));
    }

    [Fact]
    public void Repair_is_linear_in_the_garbled_text()
    {
        // Every kind of sequence, each needing the look-ahead: two-, three- and four-byte, split accents, lone letters.
        var unit = Garble("Guantánamo 中文 ×ע ") + "Ä… naÃ \u0304ve ";
        Lede.Extraction.Tests.BadInput.GrowthCheck.AssertNotQuadratic(n =>
        {
            var text = string.Concat(Enumerable.Repeat(unit, n));
            Assert.True(MojibakeRepair.Repair(text, out var count).Length < text.Length);
            Assert.True(count >= n);
        }, 50_000);
    }
}
