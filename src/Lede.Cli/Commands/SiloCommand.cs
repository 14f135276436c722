using System.CommandLine;
using System.Net;
using Lede.Cluster;
using Microsoft.Extensions.Hosting;

namespace Lede.Cli.Commands;

/// <summary><c>lede silo</c>: a worker of a Lede cluster that extracts and analyses pages for <c>lede ingest --cluster</c>, until stopped (Ctrl+C).</summary>
public static class SiloCommand
{
    private static readonly TimeSpan ActivityInterval = TimeSpan.FromMinutes(1);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var address = new Option<string>("--address")
        {
            Description = "Address (or host name) other machines reach this silo at (default 127.0.0.1: this machine only)",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port") { Description = "Port for silo-to-silo traffic", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to (what 'lede ingest --cluster' names)", DefaultValueFactory = _ => 30000 };
        var primary = new Option<string?>("--primary") { Description = "HOST:PORT (silo port) of the cluster's primary silo, to join it; omit on the primary itself" };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "Keep the member list in this PostgreSQL database (Npgsql connection string) instead of on a primary silo: then any silo may stop",
        };
        var clusterId = new Option<string>("--cluster-id") { Description = "Silos and clients with the same id form one cluster", DefaultValueFactory = _ => "lede" };
        var certificate = new Option<string?>("--certificate")
        {
            Description = $"The cluster's certificate (PKCS #12 file; password in {ClusterCertificate.PasswordVariable}): silos and clients then talk over mutual TLS and accept only peers presenting it",
        };
        var command = new Command("silo", "Run a cluster worker (Microsoft Orleans) that extracts and analyses pages for 'lede ingest --cluster'");
        foreach (var option in new Option[] { address, port, gatewayPort, primary, postgres, clusterId, certificate }) command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            SiloSettings settings;
            try
            {
                settings = new SiloSettings
                {
                    Address = ClusterEndpoint.ParseAddress(parse.GetValue(address)!),
                    SiloPort = parse.GetValue(port),
                    GatewayPort = parse.GetValue(gatewayPort),
                    Primary = parse.GetValue(primary) is { } p ? ClusterEndpoint.Parse(p) : null,
                    MembershipDatabase = parse.GetValue(postgres),
                    Certificate = parse.GetValue(certificate) is { } file ? ClusterCertificate.Load(file) : null,
                    ClusterId = parse.GetValue(clusterId)!,
                };
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"lede: {e.Message}");
                return Program.UsageError;
            }
            if (settings.Validate() is { Count: > 0 } errors)
            {
                foreach (var error in errors) stderr.WriteLine($"lede: {error}");
                return Program.UsageError;
            }
            using var host = LedeSilo.Build(settings);
            try
            {
                await host.StartAsync(cancellation);
            }
            catch (OperationCanceledException)
            {
                return Program.Ok;
            }
            catch (Exception e)
            {
                stderr.WriteLine($"lede: cannot start the silo: {e.GetBaseException().Message}");
                return Program.UsageError;
            }
            var secured = settings.Certificate is null ? "traffic in the clear" : "mutual TLS";
            var role = settings.MembershipDatabase is not null ? "members listed in PostgreSQL"
                : settings.Primary is null ? "primary" : $"joined the primary at {settings.Primary}";
            stderr.WriteLine($"lede silo: cluster '{settings.ClusterId}', {role}; silo port {new IPEndPoint(settings.Address, settings.SiloPort)}, " +
                             $"gateway {new IPEndPoint(settings.Address, settings.GatewayPort)}, {secured} (Ctrl+C stops)");
            // One line a minute while pages arrive, so an operator sees the silo at work.
            var reported = new SiloActivity();
            try
            {
                while (true)
                {
                    await Task.Delay(ActivityInterval, cancellation);
                    var now = LedeSilo.Activity(host);
                    if (now == reported) continue;
                    stderr.WriteLine($"lede silo: {now.Pages - reported.Pages:N0} pages in the last minute ({now.Failed - reported.Failed:N0} failed); {now.Pages:N0} since start");
                    reported = now;
                }
            }
            catch (OperationCanceledException)
            {
            }
            await host.StopAsync(TimeSpan.FromSeconds(10));
            return Program.Ok;
        });
        return command;
    }
}
