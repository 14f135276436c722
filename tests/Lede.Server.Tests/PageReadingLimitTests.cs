using System.Net;
using System.Text;

namespace Lede.Server.Tests;

/// <summary>Pages are read a few at a time, so many large requests at once cannot take unbounded memory.</summary>
public sealed class PageReadingLimitTests
{
    private const string Text = "Bridge reopens\n\nThe bridge reopened on Monday after repairs to its deck were finished ahead of schedule.";

    /// <summary>A body that sends its first half, then waits to be released before sending the rest.</summary>
    private sealed class HeldBody(TaskCompletionSource release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(Text);
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            await release.Task;
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task APageRequestBeyondTheLimitAndQueueGets503WithRetryAfter()
    {
        var (app, client, _) = await ServerFixture.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], MaxConcurrentPages = 1, PageQueueLength = 0 });
        await using (app)
        using (client)
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var held = client.PostAsync("/api/extract?format=text", new HeldBody(release));

            // Once the held request has its turn, another page request is turned away; until then it may pass.
            HttpResponseMessage? busy = null;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (busy is null && DateTime.UtcNow < deadline)
            {
                var response = await client.PostAsync("/api/extract?format=text", new StringContent(Text, Encoding.UTF8, "text/plain"));
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable) busy = response;
                else Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            Assert.NotNull(busy);
            Assert.NotNull(busy.Headers.RetryAfter);
            Assert.Contains("busy", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            // Corpus and health requests are not page reading and still pass.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

            release.SetResult();
            Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/extract?format=text", new StringContent(Text, Encoding.UTF8, "text/plain"))).StatusCode);
        }
    }

    [Fact]
    public void LimitsBelowOneAreRefusedAtBuild()
    {
        Assert.Throws<ArgumentException>(() => LedeServer.Build(new ServerOptions { Urls = ["http://127.0.0.1:0"], MaxConcurrentPages = 0 }));
        Assert.Throws<ArgumentException>(() => LedeServer.Build(new ServerOptions { Urls = ["http://127.0.0.1:0"], PageQueueLength = -1 }));
    }
}
