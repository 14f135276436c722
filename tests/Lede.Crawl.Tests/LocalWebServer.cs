using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lede.Crawl.Tests;

/// <summary>A web server on a loopback port for tests: fixed answers per path, and a log of what was asked when.</summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (int Status, byte[] Body, string ContentType)> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, DateTime At)> _requests = new();
    private readonly Task _loop;

    public LocalWebServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public Uri At(string path) => new(Address, path);

    public void Answer(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Answer(path, Encoding.UTF8.GetBytes(body), contentType, status);

    public void Answer(string path, byte[] body, string contentType, int status = 200) => _answers[path] = (status, body, contentType);

    /// <summary>Answers the path with a redirect to <paramref name="location"/>, written as given.</summary>
    public void Redirect(string path, string location, int status = 302)
    {
        _locations[path] = location;
        Answer(path, "", "text/plain", status);
    }

    private readonly ConcurrentDictionary<string, string> _locations = new(StringComparer.Ordinal);

    /// <summary>Requests so far, in arrival order.</summary>
    public IReadOnlyList<(string Path, DateTime At)> Requests => _requests.ToList();

    public int Count(string path) => _requests.Count(r => r.Path == path);

    /// <summary>How long each answer waits before it is sent: a server that far away (requests are still served side by side).</summary>
    public TimeSpan Latency { get; set; }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.PathAndQuery;
            _requests.Enqueue((path, DateTime.UtcNow));
            if (Latency > TimeSpan.Zero) _ = Task.Run(() => AnswerAsync(context, path, Latency));
            else await AnswerAsync(context, path, TimeSpan.Zero);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, string path, TimeSpan latency)
    {
        if (latency > TimeSpan.Zero) await Task.Delay(latency);
        var (status, body, type) = _answers.TryGetValue(path, out var answer) ? answer : (404, "not here"u8.ToArray(), "text/plain");
        try
        {
            context.Response.StatusCode = status;
            if (_locations.TryGetValue(path, out var location)) context.Response.RedirectLocation = location;
            context.Response.ContentType = type;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // The client went away (or the server stopped); nothing to answer.
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
