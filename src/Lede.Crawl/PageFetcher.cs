using Lede.Extraction.Addresses;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Lede.Crawl;

/// <summary>A fetched page: its bytes, the address it finally came from, and its Content-Type.</summary>
public sealed record FetchedPage(Uri Url, byte[] Content, string? ContentType, HttpStatusCode Status);

/// <summary>Settings of a <see cref="PageFetcher"/>; every default is named here.</summary>
public sealed record FetchOptions
{
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;
    public int MaxRedirects { get; init; } = 5;
    public string UserAgent { get; init; } = "Lede/1.0 (+news extraction; https://github.com/lede)";

    /// <summary>
    /// Refuse loopback, private, link-local and other internal addresses, checked on the address
    /// actually connected to (so DNS tricks cannot bypass it). Servers acting for users must keep this on.
    /// It also turns off proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and the system's): through a proxy the
    /// connection goes to the proxy, which would reach any address it is asked for, and a target checked here
    /// first could still resolve differently there.
    /// </summary>
    public bool BlockInternalAddresses { get; init; }
}

/// <summary>The error raised when a page cannot be fetched; the message is for people.</summary>
/// <param name="status">The server's answer when it answered with an error status.</param>
public sealed class FetchException(string message, Exception? inner = null, HttpStatusCode? status = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Whether the fetch was refused because the address resolves only inside a network (the caller asked for it; nothing failed).</summary>
    public bool RefusedInternalAddress { get; init; }
}

/// <summary>Raised inside the connection step when every address of a host is internal; reported as a <see cref="FetchException"/>.</summary>
internal sealed class InternalAddressRefusedException(string message) : Exception(message);

/// <summary>Fetches pages over HTTP(S) with timeouts, a size cap, and optional protection against internal addresses.</summary>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly Func<IPAddress, bool> _isInternal;

    public PageFetcher(FetchOptions? options = null) : this(options, proxy: null, InternalAddress.IsInternal) { }

    /// <param name="proxy">The proxy to use where proxies are allowed; null: the environment's (HTTP_PROXY etc.).</param>
    /// <param name="isInternal">Which addresses count as internal (tests narrow it to let a loopback stand-in pass).</param>
    internal PageFetcher(FetchOptions? options, IWebProxy? proxy, Func<IPAddress, bool> isInternal)
    {
        _options = options ?? new FetchOptions();
        _isInternal = isInternal;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.All,
            // Redirects are followed here, not by the handler: it tried "file:" and other schemes as web hosts (a
            // UriFormatException no caller expects) and ended a loop with the last 302 as if the page had answered so.
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (proxy is not null) handler.Proxy = proxy;
        if (_options.BlockInternalAddresses)
        {
            handler.UseProxy = false;
            handler.ConnectCallback = ConnectToPublicAddressAsync;
        }
        _client = new HttpClient(handler) { Timeout = _options.RequestTimeout };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    }

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellation = default)
    {
        if (!WebAddress.HasWebScheme(url)) throw new FetchException($"{url}: only http and https addresses can be fetched");
        // HttpClient.Timeout stops at the headers: a server could then send the page a byte at a time for hours.
        // The whole fetch, body included, gets the request timeout.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(_options.RequestTimeout);
        var cancellationOrDeadline = deadline.Token;
        try
        {
            var (response, finalUrl) = await GetFollowingRedirectsAsync(url, cancellationOrDeadline).ConfigureAwait(false);
            using var _ = response;
            if (!response.IsSuccessStatusCode)
                throw new FetchException($"{url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}", status: response.StatusCode);
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                throw new FetchException($"{url}: the page is {response.Content.Headers.ContentLength:N0} bytes, over the {_options.MaxBytes:N0}-byte limit");
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationOrDeadline).ConfigureAwait(false);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationOrDeadline).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                    throw new FetchException($"{url}: the page is over the {_options.MaxBytes:N0}-byte limit");
                buffer.Write(chunk, 0, read);
            }
            return new FetchedPage(finalUrl, buffer.ToArray(), ContentTypeOf(response.Content.Headers.ContentType), response.StatusCode);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new FetchException($"{url}: no answer within {_options.RequestTimeout.TotalSeconds:0} s", e);
        }
        catch (HttpRequestException e) when (FindRefusal(e) is { } refusal)
        {
            throw new FetchException($"{url}: {refusal.Message}", e) { RefusedInternalAddress = true };
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"{url}: {Describe(e)}", e);
        }
    }

    /// <summary>The first answer that is no redirect, and the address it came from; redirects only to http(s), at most <see cref="FetchOptions.MaxRedirects"/>.</summary>
    private async Task<(HttpResponseMessage Response, Uri Url)> GetFollowingRedirectsAsync(Uri url, CancellationToken cancellation)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            var response = await _client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location) return (response, current);
            response.Dispose();
            if (!Uri.TryCreate(current, location, out var next))
                throw new FetchException($"{url}: the server redirected to \"{location.OriginalString}\", which is no address");
            if (!WebAddress.HasWebScheme(next))
                throw new FetchException($"{url}: the server redirected to {next.OriginalString}, which is not an http(s) address");
            if (redirects == _options.MaxRedirects)
                throw new FetchException($"{url}: more than {_options.MaxRedirects} redirects (the last to {next})");
            current = next;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static InternalAddressRefusedException? FindRefusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is InternalAddressRefusedException refusal) return refusal;
        return null;
    }

    /// <summary>
    /// A failed request in words: the socket's message alone ("Name or service not known", "Connection refused") does
    /// not say which step failed; it stays in brackets for whoever digs further.
    /// </summary>
    private static string Describe(HttpRequestException e)
    {
        var detail = e.InnerException?.Message ?? e.Message;
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return $"the host name could not be found ({inner.Message})";
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return $"the server refused the connection ({inner.Message})";
                case SocketException { SocketErrorCode: SocketError.TimedOut }:
                    return $"the connection timed out ({inner.Message})";
                case SocketException { SocketErrorCode: SocketError.NetworkUnreachable or SocketError.HostUnreachable }:
                    return $"the server cannot be reached from here ({inner.Message})";
                case System.Security.Authentication.AuthenticationException:
                    return $"the secure connection failed ({inner.Message})";
            }
        }
        return detail;
    }

    private static string? ContentTypeOf(MediaTypeHeaderValue? value) => value?.ToString();

    private async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        // An address literal is judged as it is: the resolver refuses some ("0.0.0.0" throws) with a message that does not say why.
        var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellation).ConfigureAwait(false);
        var allowed = addresses.Where(a => !_isInternal(a)).ToArray();
        if (allowed.Length == 0)
            throw new InternalAddressRefusedException($"refused to connect to {context.DnsEndPoint.Host}: it resolves only to internal addresses");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellation).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
