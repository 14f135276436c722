using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Lede.Cluster;

/// <summary>A client's connection to a Lede cluster through one or more silos' gateways.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>How long a gateway may take to accept a connection, and the whole handshake to finish.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5), DefaultStartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Connects to the cluster through the gateways that answer; fails rather than waits when none does.</summary>
    /// <exception cref="ClusterUnreachableException">No gateway answered.</exception>
    /// <param name="certificate">The cluster's certificate when its silos use TLS (<see cref="ClusterCertificate"/>).</param>
    /// <param name="startTimeout">How long the handshake may take (default 30 s): a gateway that accepts connections but
    /// not this client (another cluster's certificate, or none) is only noticed when it runs out.</param>
    public static async Task<ClusterConnection> OpenAsync(IReadOnlyList<IPEndPoint> gateways, string clusterId = "lede",
        X509Certificate2? certificate = null, TimeSpan? startTimeout = null, CancellationToken cancel = default)
    {
        var limitAfter = startTimeout ?? DefaultStartTimeout;
        if (gateways.Count == 0) throw new ArgumentException("Name at least one gateway.", nameof(gateways));
        // Orleans's client keeps retrying a refused gateway for minutes before it gives up; a plain
        // connection attempt tells a dead address at once.
        var answers = await Task.WhenAll(gateways.Select(g => AcceptsConnections(g, cancel))).ConfigureAwait(false);
        var live = gateways.Where((_, i) => answers[i]).ToArray();
        if (live.Length == 0)
            throw new ClusterUnreachableException($"no Lede silo answered at {string.Join(", ", gateways)} (cluster '{clusterId}'): nothing accepts connections there", null);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.None);
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(live);
            if (certificate is not null) client.UseTls(certificate, o => ClusterCertificate.Configure(o, certificate));
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = SiloSettings.ServiceId;
            });
            // A slice holding one very large page may take a while to extract.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
        });
        var host = builder.Build();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(limitAfter);
        try
        {
            await host.StartAsync(limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancel.IsCancellationRequested)
        {
            host.Dispose();
            var reason = e is OperationCanceledException ? $"no answer within {limitAfter.TotalSeconds:N0} s (a silo that requires another certificate, or none, looks like this)" : e.Message;
            throw new ClusterUnreachableException($"no Lede silo answered at {string.Join(", ", live.AsEnumerable())} (cluster '{clusterId}'): {reason}", e);
        }
        return new ClusterConnection(host);
    }

    private static async Task<bool> AcceptsConnections(IPEndPoint gateway, CancellationToken cancel)
    {
        using var socket = new Socket(gateway.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(ProbeTimeout);
        try
        {
            await socket.ConnectAsync(gateway, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancel.IsCancellationRequested))
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }
}
