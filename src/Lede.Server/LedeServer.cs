using System.Threading.RateLimiting;
using Lede.Corpus;
using Lede.Server.Api;
using Lede.Server.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lede.Server;

/// <summary>
/// Lede over HTTP: a JSON API (<c>/api/…</c>, the CLI's objects) and a web UI (search, stories,
/// timelines, extraction) on one ASP.NET Core host. <c>lede serve</c> runs it; code can host it too.
/// </summary>
public static class LedeServer
{
    /// <summary>The rate-limiting policy of the endpoints that read a page (extract, analyze): a few at a time.</summary>
    internal const string PageReading = "page-reading";

    /// <summary>Builds the server; run it with <c>RunAsync</c>, or <c>StartAsync</c> and read its addresses.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static WebApplication Build(ServerOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid server options: " + string.Join(" ", errors));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (log is not null) builder.Logging.AddProvider(new TextWriterLoggerProvider(log));
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new PageReader(options.FetchTimeout));
        if (options.Corpus is { } corpusOptions)
            builder.Services.AddSingleton(_ => new SharedCorpus(NewsCorpus.Open(corpusOptions)));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(PageReading, o =>
            {
                o.PermitLimit = options.MaxConcurrentPages;
                o.QueueLimit = options.PageQueueLength;
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = (context, cancellation) => Busy(context.HttpContext, cancellation);
        });

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseRateLimiter();
        ApiEndpoints.Map(app);
        WebEndpoints.Map(app);
        // Open the corpus now, so a bad database fails at start rather than on the first request.
        if (options.Corpus is not null) app.Services.GetRequiredService<SharedCorpus>();
        return app;
    }

    /// <summary>Too many pages are being read and waiting: 503 with Retry-After, as JSON for the API and a page for the UI.</summary>
    private static async ValueTask Busy(HttpContext context, CancellationToken cancellation)
    {
        const string message = "the server is busy reading other pages: try again in a moment";
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "2";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(new System.Text.Json.Nodes.JsonObject { ["error"] = message }.ToJsonString(), cancellation);
        }
        else
        {
            response.ContentType = WebPages.Html;
            await response.WriteAsync(WebPages.Message("Busy", "The server is busy reading other pages: try again in a moment."), cancellation);
        }
    }

    /// <summary>
    /// Every response forbids scripts, frames and sniffing: pages show text that came from the web,
    /// and even a mistake in encoding it must not run in a user's browser.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
