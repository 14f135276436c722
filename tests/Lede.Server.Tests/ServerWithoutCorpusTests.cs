using System.Net;
using System.Text;

namespace Lede.Server.Tests;

public sealed class ServerWithoutCorpusTests
{
    [Fact]
    public async Task CorpusEndpointsSayThereIsNoCorpusWhileExtractionWorks()
    {
        var (app, client, _) = await ServerFixture.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await using (app)
        using (client)
        {
            var search = await client.GetAsync("/api/search?q=x");
            Assert.Equal(HttpStatusCode.NotFound, search.StatusCode);
            Assert.Contains("no corpus", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var extract = await client.PostAsync("/api/extract?format=text", new StringContent("Bridge reopens\n\nThe bridge reopened on Monday after repairs to its deck were finished ahead of schedule.", Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.OK, extract.StatusCode);
        }
    }

    [Fact]
    public async Task APageInAFormFieldIsReadUpToTheRequestLimitAsARawBodyIs()
    {
        // 5 MB: within the default 16 MB request limit, above the form reader's own 4 MB default for one field.
        var paragraph = "<p>The ferry ran on time again on Monday after the harbour works were finished ahead of schedule.</p>\n";
        var page = "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
            + string.Concat(Enumerable.Repeat(paragraph, 5 * 1024 * 1024 / paragraph.Length)) + "</article></body></html>";
        var (app, client, _) = await ServerFixture.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"] });
        await using (app)
        using (client)
        using (var form = new FormUrlEncodedContent([new("page", page)]))
        {
            var response = await client.PostAsync("/api/extract?format=text", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AnEmptyCorpusSaysHowToFillIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lede-server-empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var corpus = new Lede.Corpus.CorpusOptions { DatabasePath = Path.Combine(folder, "corpus.db") };
            var (app, client, _) = await ServerFixture.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], Corpus = corpus });
            await using (app)
            using (client)
            {
                var html = await client.GetStringAsync("/");
                Assert.Contains("is empty: add articles with lede ingest", html, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("not an address")]
    public void InvalidAddressesAreRefusedAtBuild(string url) =>
        Assert.Throws<ArgumentException>(() => LedeServer.Build(new ServerOptions { Urls = [url] }));
}
