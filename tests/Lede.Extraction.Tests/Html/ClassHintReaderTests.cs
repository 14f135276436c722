using Lede.Extraction.Html;
using Lede.Extraction.Html.Parsing;

namespace Lede.Extraction.Tests.Html;

public class ClassHintReaderTests
{
    private static ClassHint Read(string element) =>
        ClassHintReader.Read(HtmlTreeBuilder.Parse($"<body>{element}</body>".AsMemory()).Body!.FirstElementChild!);

    [Theory]
    [InlineData("<div class=\"share-bar\"></div>")]
    [InlineData("<div class=\"relatedArticles\"></div>")]
    [InlineData("<div class=\"article__newsletter_signup\"></div>")]
    [InlineData("<p class=\"byline\"></p>")]
    [InlineData("<div id=\"comments\"></div>")]
    public void FurnitureWordsAreFoundInAnySpelling(string element) => Assert.True((Read(element) & ClassHint.Boilerplate) != 0);

    [Theory]
    [InlineData("<div itemprop=\"articleBody\"></div>")]
    [InlineData("<div class=\"article-body\"></div>")]
    [InlineData("<div class=\"entry-content clear\"></div>")]
    [InlineData("<section class=\"articleBody hidden-print\"></section>")]
    public void BodyContainersAreRecognised(string element) => Assert.True((Read(element) & ClassHint.BodyContainer) != 0);

    [Fact]
    public void BodyContainerOutweighsFurnitureWords()
    {
        var hint = Read("<div class=\"story-body share-enabled\"></div>");
        Assert.True((hint & ClassHint.BodyContainer) != 0);
        Assert.Equal(ClassHint.None, hint & (ClassHint.Boilerplate | ClassHint.Unlikely));
    }

    [Fact]
    public void AHiddenLabelDoesNotHideItsBox()
    {
        Assert.Equal(ClassHint.None, Read("<div class=\"field field--label-hidden\"></div>") & ClassHint.Negative);
        Assert.Equal(ClassHint.None, Read("<div class=\"teaser-title-hidden\"></div>") & ClassHint.Negative);
        Assert.True((Read("<div class=\"box hidden\"></div>") & ClassHint.Negative) != 0);
        Assert.True((Read("<div class=\"is-hidden\"></div>") & ClassHint.Negative) != 0);
    }

    [Theory]
    [InlineData("<div class=\"elementor-widget-container\"></div>")]
    [InlineData("<div class=\"elementor-widget-wrap\"></div>")]
    public void APageBuildersWidgetIsABlockNotASidebarWidget(string element) => Assert.Equal(ClassHint.None, Read(element) & ClassHint.Negative);

    [Theory]
    [InlineData("<div class=\"widget-container\"></div>")]
    [InlineData("<section class=\"sidebar-widgets\"></section>")]
    [InlineData("<div class=\"elementor-widget-sidebar\"></div>")]
    public void WidgetsOutsideAPageBuildersNamesStayNegative(string element) => Assert.True((Read(element) & ClassHint.Negative) != 0);

    [Fact]
    public void GeneratedClassNamesSayNothing() => Assert.Equal(ClassHint.None, Read("<p class=\"tagStyle_z4kqwb-o_O-style_1tcxgp3\"></p>"));

    [Fact]
    public void HeadingIdsAreAnchorsNotRoles() => Assert.Equal(ClassHint.None, Read("<h3 id=\"nav_the_last_stop\"></h3>"));

    [Fact]
    public void SidebarContentIsNotUnlikely()
    {
        Assert.True((Read("<div class=\"sidebar\"></div>") & ClassHint.Unlikely) != 0);
        Assert.Equal(ClassHint.None, Read("<div class=\"sidebar-content\"></div>") & ClassHint.Unlikely);
    }

    [Theory]
    [InlineData("<div style=\"display: none\"></div>")]
    [InlineData("<div hidden></div>")]
    [InlineData("<div aria-hidden=\"true\"></div>")]
    public void HiddenElementsAreMarked(string element) => Assert.True((Read(element) & ClassHint.Hidden) != 0);
}
