namespace Lede.Extraction.Tests.Html;

public class RecipeIngredientsTests
{
    private const string Method =
        "<div class=\"preparation\"><h2>Method</h2>" + ExtractionHarness.Story + "</div>";

    [Fact]
    public void IngredientListBesideTheMethodJoinsInPageOrder()
    {
        var result = ExtractionHarness.Extract(
            "<body><main><article><h1>Apple cake</h1><div class=\"recipe-ingredients\"><h2>Ingredients</h2><ul>" +
            "<li><a href=\"/shop/flour\">250 g flour</a></li><li><a href=\"/shop/apples\">4 sour apples</a></li><li>1 pinch of salt</li></ul></div>" +
            Method + "</article></main></body>");
        var flour = result.Text.IndexOf("250 g flour", StringComparison.Ordinal);
        var method = result.Text.IndexOf("The orchard cooperative", StringComparison.Ordinal);
        Assert.True(flour >= 0, result.Text);
        Assert.True(method > flour, "ingredients come before the method, as on the page");
        Assert.Contains("4 sour apples", result.Text);
    }

    [Fact]
    public void ListsWithoutAnIngredientNameStayOut()
    {
        var result = ExtractionHarness.Extract(
            "<body><main><article><h1>Apple cake</h1><div class=\"shop-links\"><ul>" +
            "<li><a href=\"/shop/flour\">250 g flour</a></li><li><a href=\"/shop/apples\">4 sour apples</a></li></ul></div>" +
            Method + "</article></main></body>");
        Assert.DoesNotContain("250 g flour", result.Text);
        Assert.Contains("The orchard cooperative", result.Text);
    }

    [Fact]
    public void IngredientTableNamedWithALayoutWordStillJoins()
    {
        // "header" beside "ingredients" is a layout word; the list is still the recipe's.
        var result = ExtractionHarness.Extract(
            "<body><main><article><h1>Plum tart</h1><div class=\"recipe-ingredients\"><table class=\"ingredients table-header\">" +
            "<tr><td>300 g</td><td>ripe plums</td></tr><tr><td>2</td><td>eggs from the farm</td></tr></table></div>" +
            Method + "</article></main></body>");
        Assert.Contains("ripe plums", result.Text);
        Assert.Contains("eggs from the farm", result.Text);
        Assert.Contains("The orchard cooperative", result.Text);
    }
}
