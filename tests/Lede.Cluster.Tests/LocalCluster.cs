using System.Net;
using Microsoft.Extensions.Hosting;

namespace Lede.Cluster.Tests;

/// <summary>Silos started in this process on free loopback ports: a primary and the silos that joined it.</summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<(IHost Host, SiloSettings Settings)> _silos = [];
    private readonly HashSet<int> _stopped = [];

    public IReadOnlyList<SiloSettings> Silos => _silos.Select(s => s.Settings).ToList();

    public IReadOnlyList<IPEndPoint> Gateways => _silos.Select(s => new IPEndPoint(s.Settings.Address, s.Settings.GatewayPort)).ToList();

    public string ClusterId { get; } = "test-" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<LocalCluster> StartAsync(int silos)
    {
        var cluster = new LocalCluster();
        for (var i = 0; i < silos; i++) await cluster.AddSiloAsync();
        return cluster;
    }

    public async Task AddSiloAsync()
    {
        var settings = new SiloSettings
        {
            SiloPort = InventedPages.FreePort(),
            GatewayPort = InventedPages.FreePort(),
            ClusterId = ClusterId,
            Primary = _silos.Count == 0 ? null : new IPEndPoint(IPAddress.Loopback, _silos[0].Settings.SiloPort),
        };
        var host = LedeSilo.Build(settings);
        await host.StartAsync();
        _silos.Add((host, settings));
    }

    public SiloActivity Activity(int index) => LedeSilo.Activity(_silos[index].Host);

    /// <summary>Stops one silo (not the primary) as if its machine went away.</summary>
    public async Task StopSiloAsync(int index)
    {
        var (host, _) = _silos[index];
        _stopped.Add(index);
        await host.StopAsync(TimeSpan.FromSeconds(5));
        host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _silos.Count - 1; i >= 0; i--)
        {
            if (_stopped.Contains(i)) continue;
            await _silos[i].Host.StopAsync(TimeSpan.FromSeconds(5));
            _silos[i].Host.Dispose();
        }
    }
}
