using System.Net;

namespace Lede.Cluster.Tests;

public sealed class ClusterSettingsTests
{
    [Theory]
    [InlineData("127.0.0.1:30000", "127.0.0.1", 30000)]
    [InlineData("[::1]:30001", "::1", 30001)]
    [InlineData("localhost:11111", null, 11111)]
    public void EndpointsReadAsHostAndPort(string text, string? address, int port)
    {
        var endpoint = ClusterEndpoint.Parse(text);
        Assert.Equal(port, endpoint.Port);
        if (address is null) Assert.True(IPAddress.IsLoopback(endpoint.Address));
        else Assert.Equal(IPAddress.Parse(address), endpoint.Address);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:")]
    [InlineData(":30000")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("127.0.0.1:-5")]
    [InlineData("no-such-host.invalid:30000")]
    public void BadEndpointsAreRefusedWithTheReason(string text)
    {
        var error = Assert.Throws<FormatException>(() => ClusterEndpoint.Parse(text));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void SiloSettingsListEveryProblem()
    {
        var errors = new SiloSettings { SiloPort = 0, GatewayPort = 70000, ClusterId = " ", Address = IPAddress.Any }.Validate();
        Assert.Equal(4, errors.Count);
        Assert.Empty(new SiloSettings().Validate());
        Assert.Contains(new SiloSettings { SiloPort = 4000, GatewayPort = 4000 }.Validate(), e => e.Contains("differ"));
        Assert.Contains(new SiloSettings { Primary = new IPEndPoint(IPAddress.Loopback, 11111), MembershipDatabase = "Host=db" }.Validate(), e => e.Contains("not both"));
        Assert.Throws<ArgumentException>(() => LedeSilo.Build(new SiloSettings { SiloPort = 0 }));
    }

    [Fact]
    public void IngestOptionsListEveryProblem()
    {
        var errors = new ClusterIngestOptions { SlicePages = 0, SliceBytes = 0, SlicesInFlight = 0, Keys = 0, Retries = -1 }.Validate();
        Assert.Equal(5, errors.Count);
        Assert.Empty(new ClusterIngestOptions().Validate());
    }
}
