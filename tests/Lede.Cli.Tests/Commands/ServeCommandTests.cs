using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using Lede.Corpus.Tests.Ingest;

namespace Lede.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21", "not an http(s) address")]
    [InlineData("--urls", "https://127.0.0.1:0", "'https://127.0.0.1:0': lede serve listens on http only")]
    [InlineData("--max-request-mb", "0", "--max-request-mb must be at least 1 (MiB)")]
    [InlineData("--max-request-mb", "-3", "--max-request-mb must be at least 1 (MiB)")]
    public void BadOptionsAreUsageErrors(string option, string value, string message)
    {
        using var folder = new PageFolder();
        var result = CliRun.Run("serve", "--db", Path.Combine(folder.Path, "c.db"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Theory, InlineData("TERM"), InlineData("INT")]
    public async Task TheServerStopsOnSigtermAndCtrlC(string signal)
    {
        // `kill`, `docker stop` and systemd send SIGTERM; the host swallowed it (and Ctrl+C's SIGINT) without stopping.
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { BuiltCli.Path(), "serve", "--urls", "http://127.0.0.1:0" }) start.ArgumentList.Add(argument);
        using var server = Process.Start(start)!;
        _ = server.StandardOutput.ReadToEndAsync();
        try
        {
            string? line;
            while ((line = await server.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))) is not null && !line.Contains("web UI and API at", StringComparison.Ordinal)) { }
            Assert.NotNull(line);

            using (var kill = Process.Start("kill", ["-" + signal, server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await server.WaitForExitAsync(patience.Token);

            Assert.Equal(0, server.ExitCode);
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
        }
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
        // Said once: the host's own log line "Hosting failed to start: Failed to bind …" had repeated it.
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
