namespace Lede.Extraction.Tests.Metadata;

/// <summary>
/// A blog page that prints no byline: the comment WordPress marks as the post author's own ("bypostauthor") names the writer.
/// </summary>
public class PostAuthorCommentTests
{
    private const string Story =
        "<p>The lights along the old pier were switched on again on Friday evening after a long repair that took most of the winter.</p>"
        + "<p>Engineers replaced every cable under the boardwalk and fitted new lamps that use a fraction of the power.</p>";

    private static string[] Authors(string article, string comments) =>
        PageFixture.Extract($"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1>{article}{Story}</article><ol class=\"commentlist\">{comments}</ol></body></html>",
            "https://pierblog.example/2023/03/pier-lights").Authors.Select(a => a.Name).ToArray();

    private static string Comment(string classes, string name) =>
        $"""<li class="comment {classes}" id="comment-7"><div class="comment-author vcard"><img src="/avatar.png" class="avatar" width="32" height="32"><cite class="fn"><a href="https://pierblog.example" class="url">{name}</a></cite> <span class="says">says:</span></div><p>Thanks, glad you liked the photos!</p></li>""";

    [Fact]
    public void TheNameOnThePostAuthorsCommentIsTheWriter() =>
        Assert.Equal(["seafront_lou"], Authors("", Comment("byuser comment-author-lou bypostauthor odd", "seafront_lou")));

    [Fact]
    public void AReadersCommentNamesNobody() =>
        Assert.Empty(Authors("", Comment("byuser comment-author-marta even", "Marta Quist")));

    [Fact]
    public void APrintedBylineComesBeforeThePostAuthorsComment() =>
        Assert.Equal(["Ilse Brandt"], Authors("""<p class="byline">By <a class="author" href="/author/ilse-brandt">Ilse Brandt</a></p>""",
            Comment("byuser comment-author-lou bypostauthor odd", "seafront_lou")));

    [Fact]
    public void AnAdministratorAccountOnThePostAuthorsCommentNamesNobody() =>
        Assert.Empty(Authors("", Comment("byuser comment-author-admin bypostauthor odd", "admin")));

    [Fact]
    public void AThemeThatClassesTheNameAsTheCommentAuthorGivesItToo() =>
        Assert.Equal(["Lou Marten"], Authors("",
            """<div class="comment byuser comment-author-lou bypostauthor"><a href="/user/lou"><img src="/a.png" alt="avatar"></a><p class="comment-author">Lou Marten</p><p>Thanks!</p></div>"""));

    [Fact]
    public void ASignatureAtTheStorysFootComesBeforeThePostAuthorsComment() =>
        Assert.Equal(["Ilse Brandt"], PageFixture.Extract(
            $"<html><head><title>Pier lights return</title></head><body><article><h1>Pier lights return</h1>{Story}<p>Ilse Brandt</p></article>"
            + $"<ol class=\"commentlist\">{Comment("byuser comment-author-lou bypostauthor odd", "seafront_lou")}</ol></body></html>",
            "https://pierblog.example/2023/03/pier-lights").Authors.Select(a => a.Name).ToArray());

    [Fact]
    public void TheDateAndReplyLinkBesideTheCommentersNameAreNoName() =>
        Assert.Equal(["LouMarten"], Authors("",
            """<li class="comment byuser comment-author-lou bypostauthor odd"><div class="comment-author meta"><strong>LouMarten</strong> 19. Juni 2018 um 20:41 Uhr <a class="comment-reply-link" href="?replytocom=7#respond"> - Antworten</a></div><p>Danke!</p></li>"""));
}
