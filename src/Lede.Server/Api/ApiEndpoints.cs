using System.Text.Json.Nodes;
using Lede.Corpus.Output;
using Lede.Extraction.Addresses;
using Lede.Extraction.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lede.Server.Api;

/// <summary>
/// The JSON API. Objects are exactly the CLI's (<c>lede extract</c>, <c>analyze</c>, <c>search --format jsonl</c>,
/// <c>duplicates --format jsonl</c>, <c>stories --format jsonl</c>, <c>timeline --format jsonl</c>, <c>export</c>); errors are <c>{"error": "…"}</c> with a 4xx/5xx status.
/// </summary>
public static class ApiEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        // What the API offers, read from the routes themselves so it cannot drift: the UI's "API" link leads here.
        api.MapRead("", (HttpContext c) => JsonResult(new JsonObject
        {
            ["endpoints"] = new JsonArray([.. ApiRoutes(c).Select(r => (JsonNode)r)]),
            ["errors"] = "{\"error\": \"…\"} with 400 bad parameters, 403 an address inside a network (refused, never fetched), 404 unknown story, article or address, 405 wrong method, 413 page too large, 415 JSON posted where a page belongs, 422 binary junk or gzip bomb, 502 page not fetched, 503 busy",
        }));

        api.MapRead("/health", async (HttpContext c, CancellationToken cancellation) =>
        {
            var corpus = c.RequestServices.GetService<SharedCorpus>();
            var health = new JsonObject { ["status"] = "ok" };
            if (corpus is not null)
            {
                var (description, count) = await corpus.ReadAsync(x => (x.Description, x.Count), cancellation);
                health["corpus"] = description;
                health["articles"] = count;
            }
            return JsonResult(health);
        });

        api.MapPost("/extract", (HttpContext c, PageReader reader) => Posted(c, reader, analyze: false)).RequireRateLimiting(LedeServer.PageReading);
        api.MapPost("/analyze", (HttpContext c, PageReader reader) => Posted(c, reader, analyze: true)).RequireRateLimiting(LedeServer.PageReading);
        api.MapGet("/extract", (HttpContext c, PageReader reader) => Fetched(c, reader, analyze: false)).RequireRateLimiting(LedeServer.PageReading);
        api.MapGet("/analyze", (HttpContext c, PageReader reader) => Fetched(c, reader, analyze: true)).RequireRateLimiting(LedeServer.PageReading);

        api.MapRead("/search", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            var (query, errors) = SearchParameters.Read(c.Request.Query);
            if (query is null) return Error(StatusCodes.Status400BadRequest, string.Join(" ", errors));
            try
            {
                var hits = await corpus.ReadAsync(x => x.Search(query), cancellation);
                return JsonResult(new JsonArray([.. hits.Select(h => (JsonNode)CorpusJson.SearchHit(h))]));
            }
            catch (FormatException e)
            {
                return Error(StatusCodes.Status400BadRequest, e.Message);
            }
        }));

        api.MapRead("/stories", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            var min = 2;
            if (c.Request.Query["minArticles"].ToString() is { Length: > 0 } m && (!int.TryParse(m, out min) || min < 1))
                return Error(StatusCodes.Status400BadRequest, "minArticles must be a whole number of at least 1");
            var stories = await corpus.ReadAsync(x => new JsonArray([.. CorpusJson.Stories(x, x.Stories(min)).Select(s => (JsonNode)s)]), cancellation);
            return JsonResult(stories);
        }));

        api.MapRead("/duplicates", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
            JsonResult(await corpus.ReadAsync(x => new JsonArray([.. CorpusJson.Duplicates(x, x.Duplicates()).Select(g => (JsonNode)g)]), cancellation))));

        api.MapRead("/timeline", (HttpContext c, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            var story = c.Request.Query["story"].ToString();
            var entity = c.Request.Query["entity"].ToString();
            if ((story.Length == 0) == (entity.Length == 0))
                return Error(StatusCodes.Status400BadRequest, "give exactly one of ?story=ID or ?entity=NAME");
            var timeline = story.Length > 0
                ? await corpus.ReadAsync(x => x.StoryTimeline(story), cancellation)
                : await corpus.ReadConcurrentlyAsync(x => x.EntityTimeline(entity), cancellation);
            return timeline is null
                ? Error(StatusCodes.Status404NotFound, $"no story with id {story}")
                : Results.Content(CorpusJson.Timeline(timeline), Json);
        }));

        // No route constraint: "/api/articles/abc" is a bad id (400), not an address the API lacks (404).
        api.MapRead("/articles/{id}", (HttpContext c, string id, CancellationToken cancellation) => WithCorpus(c, async corpus =>
        {
            if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
                return Error(StatusCodes.Status400BadRequest, $"article ids are whole numbers, as search, stories and export give them: not \"{id}\"");
            var found = await corpus.ReadAsync(x => x.GetArticles([number]), cancellation);
            return found.Count == 0
                ? Error(StatusCodes.Status404NotFound, $"no article with id {number}")
                : JsonResult(CorpusJson.Article(found[0]));
        }));

        api.MapFallback((HttpContext c) => AllowedMethods.At(c) is { Count: > 0 } allowed
            ? Error(StatusCodes.Status405MethodNotAllowed, AllowedMethods.Refuse(c, allowed))
            : Error(StatusCodes.Status404NotFound, $"no such API endpoint: {c.Request.Method} {c.Request.Path}"));
    }

    /// <summary>"METHOD /api/path" for every API route, in path order.</summary>
    private static IEnumerable<string> ApiRoutes(HttpContext c) =>
        c.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != HttpMethods.Head).Select(m => (Method: m, Path: e.RoutePattern.RawText!)))
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .Select(r => $"{r.Method} {r.Path}");

    private static async Task<IResult> Posted(HttpContext c, PageReader reader, bool analyze)
    {
        if (ArticleRequests.Format(c.Request.Query["format"]) is not { } format)
            return Error(StatusCodes.Status400BadRequest, "format must be auto, html or text");
        // The page's own address resolves its links and stands in for a missing canonical URL, so it must be a web address.
        var url = c.Request.Query["url"].ToString().Trim() is { Length: > 0 } u ? u : null;
        if (url is not null && !WebAddress.IsWebAddress(url))
            return Error(StatusCodes.Status400BadRequest, "url (the page's own address) must be an absolute http(s) address");
        bool asBody;
        switch (c.Request.Query["asBody"].ToString().Trim().ToLowerInvariant())
        {
            case "" or "false" or "0": asBody = false; break;
            case "true" or "1" when analyze: asBody = true; break;
            case "true" or "1": return Error(StatusCodes.Status400BadRequest, "asBody is for /api/analyze: extraction always reads the page");
            default: return Error(StatusCodes.Status400BadRequest, "asBody must be true or false");
        }
        return ToResult(await ArticleRequests.FromBodyAsync(c, reader, analyze, asBody, url, format));
    }

    private static async Task<IResult> Fetched(HttpContext c, PageReader reader, bool analyze)
    {
        if (ArticleRequests.Format(c.Request.Query["format"]) is not { } format)
            return Error(StatusCodes.Status400BadRequest, "format must be auto, html or text");
        return ToResult(await ArticleRequests.FromUrlAsync(c.Request.Query["url"], reader, analyze, format, c.RequestAborted));
    }

    private static IResult ToResult(ArticleOutcome outcome) =>
        outcome.Article is null ? Error(outcome.Status, outcome.Error ?? "failed") : JsonResult(outcome.ToJson());

    private static async Task<IResult> WithCorpus(HttpContext c, Func<SharedCorpus, Task<IResult>> read) =>
        c.RequestServices.GetService<SharedCorpus>() is { } corpus
            ? await read(corpus)
            : Error(StatusCodes.Status404NotFound, "this server has no corpus: start it with --db or --postgres");

    internal static IResult JsonResult(JsonNode json, int status = StatusCodes.Status200OK) =>
        Results.Content(json.ToJsonString(ArticleJson.Compact), Json, statusCode: status);

    internal static IResult Error(int status, string message) => JsonResult(new JsonObject { ["error"] = message }, status);
}
