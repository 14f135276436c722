using Lede.Corpus;
using Lede.Server.Api;
using Lede.Server.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lede.Server;

/// <summary>
/// Lede over HTTP: a JSON API (<c>/api/…</c>, the CLI's objects) and a web UI (search, stories,
/// timelines, extraction) on one ASP.NET Core host. <c>lede serve</c> runs it; code can host it too.
/// </summary>
public static class LedeServer
{
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

        var app = builder.Build();
        app.Use(SecurityHeaders);
        ApiEndpoints.Map(app);
        WebEndpoints.Map(app);
        // Open the corpus now, so a bad database fails at start rather than on the first request.
        if (options.Corpus is not null) app.Services.GetRequiredService<SharedCorpus>();
        return app;
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
