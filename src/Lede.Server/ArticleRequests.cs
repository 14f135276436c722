using Lede.Crawl;
using Lede.Extraction;
using Lede.Extraction.Addresses;
using Lede.Extraction.Model;
using Microsoft.AspNetCore.Http;

namespace Lede.Server;

/// <summary>
/// One extract or analyze request, from a page posted in the body or an address to fetch, to the
/// CLI's JSON object — or to a clear error with the HTTP status that says whose fault it was.
/// </summary>
public static class ArticleRequests
{

    /// <summary>Reads the posted page (its Content-Type gives the charset). <paramref name="asBody"/>: the text is the body, verbatim.</summary>
    public static async Task<ArticleOutcome> FromBodyAsync(HttpContext context, PageReader reader, bool analyze, bool asBody, string? url, InputFormat format)
    {
        byte[] content;
        var contentType = context.Request.ContentType;
        try
        {
            using var buffer = new MemoryStream();
            // "curl -F page=@story.html" posts a form: the page is its first file, with that file's own type.
            if (context.Request.HasFormContentType && contentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
                if (form.Files.Count == 0)
                    return new ArticleOutcome(null, null, StatusCodes.Status400BadRequest, "the form holds no file: post the page as a file field (curl -F page=@story.html)");
                var file = form.Files[0];
                await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                contentType = file.ContentType;
            }
            // "curl --data-urlencode page@story.html" posts the page as a field: read as text it was "page=%3Chtml…".
            else if (context.Request.HasFormContentType)
            {
                // The request limit (Kestrel's MaxRequestBodySize) bounds the page, as for a raw body, not the form reader's 4 MB per field.
                var form = await context.Request.ReadFormAsync(PageFieldForm, context.RequestAborted).ConfigureAwait(false);
                if (form["page"] is not [{ Length: > 0 } page])
                    return new ArticleOutcome(null, null, StatusCodes.Status400BadRequest, "the form holds no page field: post the page as page=… (curl --data-urlencode page@story.html), as a file (curl -F page=@story.html) or as the body itself");
                buffer.Write(System.Text.Encoding.UTF8.GetBytes(page));
                contentType = "text/plain; charset=utf-8"; // the form's text is decoded already: its bytes are UTF-8 now
            }
            // JSON is not a page: extracted as text it gave its own punctuation as the article.
            else if (IsJson(contentType))
                return new ArticleOutcome(null, null, StatusCodes.Status415UnsupportedMediaType, "a JSON body is not a page: post the page itself (text/html or text/plain), as a form file (curl -F page=@story.html), or GET with ?url=");
            else await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            content = buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            return new ArticleOutcome(null, null, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "the page is larger than this server accepts"
                : $"could not read the request: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            return new ArticleOutcome(null, null, StatusCodes.Status400BadRequest, $"could not read the posted form: {e.Message}");
        }
        if (content.Length == 0) return new ArticleOutcome(null, null, StatusCodes.Status400BadRequest, "send the page as the request body, or GET with ?url=");
        return asBody
            ? Read(() => reader.Verbatim(content, contentType, url), reader, analyze)
            : FromContent(content, contentType, url, format, reader, analyze);
    }

    private static readonly Microsoft.AspNetCore.Http.Features.FormOptions PageFieldForm = new() { ValueLengthLimit = int.MaxValue };

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Extracts (and analyses) a page already in hand.</summary>
    public static ArticleOutcome FromContent(byte[] content, string? contentType, string? url, InputFormat format, PageReader reader, bool analyze) =>
        Read(() => reader.Extract(content, contentType, url, format), reader, analyze);

    /// <summary>Fetches a public http(s) page and reads it.</summary>
    public static async Task<ArticleOutcome> FromUrlAsync(string? url, PageReader reader, bool analyze, InputFormat format, CancellationToken cancellation)
    {
        if (!WebAddress.TryParse(url?.Trim(), out var uri))
            return new ArticleOutcome(null, null, StatusCodes.Status400BadRequest, "give an absolute http(s) address: ?url=https://…");
        NewsArticle article;
        try
        {
            article = await reader.FetchAsync(uri, format, cancellation).ConfigureAwait(false);
        }
        catch (FetchException e)
        {
            // Refusing an internal address is the server's policy, not a failed upstream: 403, not 502.
            return new ArticleOutcome(null, null, e.RefusedInternalAddress ? StatusCodes.Status403Forbidden : StatusCodes.Status502BadGateway, e.Message);
        }
        catch (InputRejectedException e)
        {
            return new ArticleOutcome(null, null, StatusCodes.Status422UnprocessableEntity, $"{uri}: {e.Message}");
        }
        return Read(() => article, reader, analyze);
    }

    /// <summary>Reads the input format parameter: auto (default), html or text.</summary>
    public static InputFormat? Format(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => InputFormat.Auto,
        "html" => InputFormat.Html,
        "text" => InputFormat.Text,
        _ => null,
    };

    private static ArticleOutcome Read(Func<NewsArticle> extract, PageReader reader, bool analyze)
    {
        try
        {
            var article = extract();
            return new ArticleOutcome(article, analyze ? reader.Analyze(article) : null, StatusCodes.Status200OK, null);
        }
        catch (InputRejectedException e)
        {
            return new ArticleOutcome(null, null, StatusCodes.Status422UnprocessableEntity, e.Message);
        }
    }
}
