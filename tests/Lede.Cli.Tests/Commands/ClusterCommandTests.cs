using System.Net;
using System.Net.Sockets;
using Lede.Cluster;
using Microsoft.Extensions.Hosting;

namespace Lede.Cli.Tests.Commands;

/// <summary><c>lede silo</c> and <c>lede ingest --cluster</c>: the options contract and one ingest through a real silo.</summary>
public sealed class ClusterCommandTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Theory]
    [InlineData("--port", "0", "silo port must be 1..65535")]
    [InlineData("--primary", "not-an-endpoint", "is not HOST:PORT")]
    [InlineData("--address", "0.0.0.0", "not the wildcard address")]
    [InlineData("--certificate", "/no/such/folder/cluster.pfx", "cannot read the certificate '/no/such/folder/cluster.pfx'")]
    public void BadSiloOptionsAreUsageErrors(string option, string value, string message)
    {
        var result = CliRun.Run("silo", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadGatewayIsAUsageError()
    {
        using var folder = new PageFolder();
        var result = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "c.db"), "--cluster", "127.0.0.1:99999", folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--cluster: '127.0.0.1:99999' is not HOST:PORT", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableClusterCertificateIsAUsageError()
    {
        using var folder = new PageFolder();
        var bad = folder.Write("cluster.pfx", "not a certificate");
        var result = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "c.db"), "--cluster", "127.0.0.1:30000", "--cluster-certificate", bad, folder.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read the certificate", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoSiloAnswersIsAClearFailureAndNothingIsStored()
    {
        using var folder = new PageFolder();
        folder.Write("pages/a.html", PageFolder.Article("Bridge opens", "The new bridge over the river opened on Monday morning."));
        var database = Path.Combine(folder.Path, "c.db");
        var port = FreePort();
        var result = CliRun.Run("ingest", "--db", database, "--cluster", $"127.0.0.1:{port}", Path.Combine(folder.Path, "pages"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no Lede silo answered at 127.0.0.1:{port}", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", CliRun.Run("export", "--db", database).Stdout);
    }

    [Fact]
    public async Task IngestThroughASiloStoresWhatALocalIngestStores()
    {
        using var folder = new PageFolder();
        for (var i = 0; i < 5; i++)
            folder.Write($"pages/{i}.html", PageFolder.Article($"Ferry route {i} reopens", $"The ferry on route {i} carried its first passengers since the storm, the operator said."));
        var pages = Path.Combine(folder.Path, "pages");
        var settings = new SiloSettings { SiloPort = FreePort(), GatewayPort = FreePort(), ClusterId = "cli-test" };
        using var silo = LedeSilo.Build(settings);
        await silo.StartAsync();
        try
        {
            var local = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "local.db"), pages);
            var remote = CliRun.Run("ingest", "--db", Path.Combine(folder.Path, "cluster.db"), "--cluster", $"127.0.0.1:{settings.GatewayPort}", "--cluster-id", "cli-test", pages);
            Assert.Equal(0, local.ExitCode);
            Assert.Equal(0, remote.ExitCode);
            Assert.Contains($"lede: cluster: 5 pages on 127.0.0.1:{settings.SiloPort}", remote.Stderr, StringComparison.Ordinal);
            var expected = CliRun.Run("export", "--db", Path.Combine(folder.Path, "local.db")).Stdout;
            Assert.Equal(5, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(expected, CliRun.Run("export", "--db", Path.Combine(folder.Path, "cluster.db")).Stdout);
        }
        finally
        {
            await silo.StopAsync(TimeSpan.FromSeconds(5));
        }
    }
}
