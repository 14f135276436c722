using System.Text;
using Lede.Corpus.Duplicates;
using Lede.Corpus.Output;
using Lede.Corpus.Pages;
using Lede.Corpus.Search;
using Lede.Corpus.Stories;
using Lede.Corpus.Timeline;
using Lede.Extraction.Addresses;
using Lede.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lede.Server.Web;

/// <summary>The web UI: server-written pages without scripts (search, stories, wire copies, timelines, articles, extraction).</summary>
public static class WebEndpoints
{
    /// <summary>The search form's fields, as the API names them.</summary>
    private static readonly string[] SearchFields = ["q", "from", "to", "site", "author", "entity", "lang", "limit"];

    public static void Map(WebApplication app)
    {
        app.MapRead("/", async (HttpContext c, CancellationToken cancellation) =>
        {
            var corpus = c.RequestServices.GetService<SharedCorpus>();
            var values = SearchFields.ToDictionary(f => f, f => c.Request.Query[f].ToString());
            if (corpus is null) return Page(SearchPage.Render(values, null, [], null));
            var description = await corpus.ReadAsync(x => x.Count == 0
                ? $"The corpus in {x.Description} is empty: add articles with lede ingest (pages, folders, WARC archives, JSON Lines, feeds, sitemaps), then search them here."
                : $"{Counted.Of(x.Count, "article")} in {x.Description}", cancellation);
            if (values["q"].Trim().Length == 0) return Page(SearchPage.Render(values, null, [], description));
            var (query, errors) = SearchParameters.Read(c.Request.Query);
            if (query is null) return Page(SearchPage.Render(values, null, errors, description), StatusCodes.Status400BadRequest);
            try
            {
                IReadOnlyList<SearchHit> hits = await corpus.ReadAsync(x => x.Search(query), cancellation);
                return Page(SearchPage.Render(values, hits, [], description, query.Limit));
            }
            catch (FormatException e)
            {
                return Page(SearchPage.Render(values, null, [e.Message], description), StatusCodes.Status400BadRequest);
            }
        });

        app.MapRead("/stories", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            IReadOnlyList<Story> stories = await corpus.ReadAsync(x => x.Stories(2), cancellation);
            return Page(StoryListHtmlWriter.ToHtml(stories, WebPages.Links));
        }));

        app.MapRead("/duplicates", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
            Page(await corpus.ReadAsync(x =>
            {
                var groups = x.Duplicates();
                return DuplicateListHtmlWriter.ToHtml(groups, CorpusJson.DuplicateArticles(x, groups), WebPages.Links);
            }, cancellation))));

        app.MapRead("/timeline", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            var story = c.Request.Query["story"].ToString();
            // A blank name (the form sent empty) is no name: "?story=ID&entity=" is the story's timeline.
            var entity = c.Request.Query["entity"].ToString().Trim();
            if (story.Length == 0 && entity.Length == 0) return Page(TimelineFormPage.Render());
            if (story.Length > 0 && entity.Length > 0)
                return Page(TimelineFormPage.Render(entity, "Give a story or a name, not both."), StatusCodes.Status400BadRequest);
            Timeline? timeline = story.Length > 0
                ? await corpus.ReadAsync(x => x.StoryTimeline(story), cancellation)
                : await corpus.ReadConcurrentlyAsync(x => x.EntityTimeline(entity), cancellation);
            if (timeline is null) return Page(WebPages.Message("No such story", $"There is no story with id {story}."), StatusCodes.Status404NotFound);
            if (entity.Length > 0 && timeline.Articles.Count == 0)
                return Page(TimelineFormPage.Render(entity, TimelineFormPage.NothingNames(entity)), StatusCodes.Status404NotFound);
            return Page(TimelineHtmlWriter.ToHtml(timeline, WebPages.Links));
        }));

        app.MapRead("/articles/{id:long}", (HttpContext c, long id, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            var found = await corpus.ReadAsync(x => x.GetArticles([id]), cancellation);
            return found.Count == 0
                ? Page(WebPages.Message("No such article", $"There is no article with id {id}."), StatusCodes.Status404NotFound)
                : Page(ArticlePage.Render(found[0].Article, found[0].Analysis, id));
        }));

        app.MapRead("/extract", () => Page(ExtractPage.Render()));
        app.MapPost("/extract", async (HttpContext c, PageReader reader, CancellationToken cancellation) =>
        {
            if (!c.Request.HasFormContentType) return Page(ExtractPage.Render(null, "Send the form."), StatusCodes.Status400BadRequest);
            IFormCollection form;
            try
            {
                form = await c.Request.ReadFormAsync(c.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
            {
                return Page(ExtractPage.Render(null, "The page is larger than this server accepts."), StatusCodes.Status413PayloadTooLarge);
            }
            var url = form["url"].ToString().Trim();
            var pasted = form["page"].ToString();
            var analyze = form["analyze"].ToString() == "1";
            var format = ArticleRequests.Format(form["format"]) ?? Lede.Extraction.InputFormat.Auto;
            ArticleOutcome outcome;
            if (pasted.Trim().Length > 0)
            {
                if (url.Length > 0 && !WebAddress.IsWebAddress(url))
                    return Page(ExtractPage.Render(url, "The address must be an absolute http(s) address: the pasted page's own address, which resolves its links."), StatusCodes.Status400BadRequest);
                var link = url.Length > 0 ? url : null;
                outcome = ArticleRequests.FromContent(Encoding.UTF8.GetBytes(pasted), "text/html; charset=utf-8", link, format, reader, analyze);
            }
            else if (url.Length > 0)
            {
                outcome = await ArticleRequests.FromUrlAsync(url, reader, analyze, format, cancellation);
            }
            else
            {
                return Page(ExtractPage.Render(null, "Give an address or paste a page."), StatusCodes.Status400BadRequest);
            }
            return outcome.Article is null
                ? Page(ExtractPage.Render(url, outcome.Error), outcome.Status)
                : Page(ArticlePage.Render(outcome.Article, outcome.Analysis));
        }).RequireRateLimiting(LedeServer.PageReading);

        // A mistyped or stale address gets a page that says so and leads back, not an empty 404; a page asked for with
        // a method it does not take (PUT /stories) says which it does, with the Allow header, as the API does.
        app.MapFallback((HttpContext c) => AllowedMethods.At(c) is { Count: > 0 } allowed
            ? Page(WebPages.Message("Method not allowed", AllowedMethods.Refuse(c, allowed) + "."), StatusCodes.Status405MethodNotAllowed)
            : Page(
                WebPages.Message("Page not found", $"There is no page at {c.Request.Path}{c.Request.QueryString}. The pages this server has are linked above."),
                StatusCodes.Status404NotFound));
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, WebPages.Html, statusCode: status);

    private static async Task<IResult> WithCorpus(HttpContext c, Func<SharedCorpus, Task<IResult>> read) =>
        c.RequestServices.GetService<SharedCorpus>() is { } corpus
            ? await read(corpus)
            : Page(WebPages.Message("No corpus", "This server has no corpus: start it with lede serve --db FILE."), StatusCodes.Status404NotFound);
}
