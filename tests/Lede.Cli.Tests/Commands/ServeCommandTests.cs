using System.Net;
using System.Net.Sockets;

namespace Lede.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21", "not an http(s) address")]
    [InlineData("--max-request-mb", "0", "at least 1 KB")]
    public void BadOptionsAreUsageErrors(string option, string value, string message)
    {
        using var folder = new PageFolder();
        var result = CliRun.Run("serve", "--db", Path.Combine(folder.Path, "c.db"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAddressInUseIsAClearErrorNotAHang()
    {
        using var folder = new PageFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var result = CliRun.Run("serve", "--db", Path.Combine(folder.Path, "c.db"), "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot listen", result.Stderr, StringComparison.Ordinal);
    }
}
