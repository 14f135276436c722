using System.Net;
using Lede.Cluster.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Lede.Cluster;

/// <summary>
/// A Lede silo: an Orleans host whose page processors extract and analyse pages for clients
/// (<see cref="ClusterConnection"/>). The member list lives in a PostgreSQL database when one is
/// named (<see cref="PostgresMembershipTable"/>: no silo is special), otherwise on a primary silo
/// (Orleans's development clustering: the cluster lives as long as the primary does).
/// </summary>
public static class LedeSilo
{
    /// <exception cref="ArgumentException">The settings are invalid (every problem is listed).</exception>
    public static IHost Build(SiloSettings settings, LogLevel logLevel = LogLevel.Warning)
    {
        var errors = settings.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid silo settings: " + string.Join("; ", errors));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Not problems: the silo's start-up notes (server GC is off: the CLI chose workstation GC for its
        // one-machine verbs), and the watchdog's first check, which reports the machine's uptime as a stall.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel)
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.UseOrleans(silo =>
        {
            var self = new IPEndPoint(settings.Address, settings.SiloPort);
            if (settings.MembershipDatabase is { } database)
                silo.Services.AddSingleton<IMembershipTable>(services =>
                    new PostgresMembershipTable(database, settings.ClusterId, services.GetRequiredService<Orleans.Serialization.Serializer>()));
            else
                silo.UseDevelopmentClustering(settings.Primary ?? self);
            silo.ConfigureEndpoints(settings.Address, settings.SiloPort, settings.GatewayPort,
                listenOnAnyHostAddress: !IPAddress.IsLoopback(settings.Address));
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = SiloSettings.ServiceId;
            });
            if (settings.Certificate is { } certificate) silo.UseTls(certificate, o => ClusterCertificate.Configure(o, certificate));
            silo.Services.AddSingleton(settings.Extraction);
            silo.Services.AddSingleton<SiloPageWorker>();
        });
        return builder.Build();
    }

    /// <summary>What the silo that <paramref name="host"/> runs has done since it started.</summary>
    public static SiloActivity Activity(IHost host) => host.Services.GetRequiredService<SiloPageWorker>().Activity;
}
