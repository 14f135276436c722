using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lede.Crawl.Tests;

/// <summary>
/// A stand-in HTTP proxy on a loopback port: it logs the request line of every request it is asked to forward
/// ("GET http://host/path HTTP/1.1") and answers each with one fixed page, reaching nothing itself.
/// </summary>
internal sealed class LocalProxy : IDisposable
{
    public const string Page = "<p>answered by the proxy</p>";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<string> _requestLines = new();
    private readonly Task _loop;

    public LocalProxy()
    {
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public IReadOnlyList<string> RequestLines => _requestLines.ToList();

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using (client)
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                var requestLine = await reader.ReadLineAsync();
                if (requestLine is null) continue;
                _requestLines.Enqueue(requestLine);
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync())) { } // the rest of the header
                var body = Encoding.UTF8.GetBytes(Page);
                var head = $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                await stream.WriteAsync(body);
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
