using System.Net;
using System.Text;

namespace Lede.Server.Tests;

/// <summary>Pages are read a few at a time, so many large requests at once cannot take unbounded memory.</summary>
public sealed class PageReadingLimitTests
{
    private const string Text = "Bridge reopens\n\nThe bridge reopened on Monday after repairs to its deck were finished ahead of schedule.";

    /// <summary>
    /// A body that sends the text, then spaces until it is released: the request keeps its turn that long (sending
    /// steadily, as Kestrel aborts a body slower than 240 bytes a second).
    /// </summary>
    private sealed class HeldBody(TaskCompletionSource release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(Text));
            var spaces = Encoding.UTF8.GetBytes(new string(' ', 256));
            while (!release.Task.IsCompleted)
            {
                await stream.WriteAsync(spaces);
                await stream.FlushAsync();
                await Task.WhenAny(release.Task, Task.Delay(50));
            }
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
            Task<HttpResponseMessage>? held = null;

            // Once the held request has its turn, another page request is turned away. A held request that arrived while
            // a probe had the turn was itself turned away: send it again, with no probe running, and probe after a pause.
            HttpResponseMessage? busy = null;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (busy is null && DateTime.UtcNow < deadline)
            {
                if (held is null || held.IsCompleted)
                {
                    held = client.PostAsync("/api/extract?format=text", new HeldBody(release));
                    await Task.Delay(200);
                }
                var response = await client.PostAsync("/api/extract?format=text", new StringContent(Text, Encoding.UTF8, "text/plain"));
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && !held.IsCompleted) busy = response;
                else Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, response.StatusCode.ToString());
            }
            Assert.NotNull(busy);
            Assert.NotNull(held);
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
    public async Task ARequestAbandonedWhileReadingGivesItsTurnBack()
    {
        var (app, client, _) = await ServerFixture.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], MaxConcurrentPages = 1, PageQueueLength = 0 });
        await using (app)
        using (client)
        {
            // The client gives up while its body is still being sent: the one turn must come back, or every later page is refused.
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var abandon = new CancellationTokenSource();
            Task<HttpResponseMessage>? held = null;
            var turnTaken = false;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!turnTaken && DateTime.UtcNow < deadline)
            {
                // A held request that came while a probe had the turn was refused: send it again.
                if (held is null || held.IsCompleted)
                {
                    held = client.PostAsync("/api/extract?format=text", new HeldBody(release), abandon.Token);
                    await Task.Delay(200);
                }
                var probe = await client.PostAsync("/api/extract?format=text", new StringContent(Text, Encoding.UTF8, "text/plain"));
                turnTaken = probe.StatusCode == HttpStatusCode.ServiceUnavailable && !held.IsCompleted;
            }
            Assert.True(turnTaken);
            abandon.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held!);

            // Kestrel notices the abort a moment later; until then the turn is still taken.
            var status = HttpStatusCode.ServiceUnavailable;
            deadline = DateTime.UtcNow.AddSeconds(30);
            while (status == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < deadline)
            {
                status = (await client.PostAsync("/api/extract?format=text", new StringContent(Text, Encoding.UTF8, "text/plain"))).StatusCode;
                if (status == HttpStatusCode.ServiceUnavailable) await Task.Delay(100);
            }
            Assert.Equal(HttpStatusCode.OK, status);
            release.SetResult();
        }
    }

    [Fact]
    public void LimitsBelowOneAreRefusedAtBuild()
    {
        Assert.Throws<ArgumentException>(() => LedeServer.Build(new ServerOptions { Urls = ["http://127.0.0.1:0"], MaxConcurrentPages = 0 }));
        Assert.Throws<ArgumentException>(() => LedeServer.Build(new ServerOptions { Urls = ["http://127.0.0.1:0"], PageQueueLength = -1 }));
    }
}
