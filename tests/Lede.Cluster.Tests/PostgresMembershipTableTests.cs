using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Lede.Cluster.Tests;

/// <summary>The membership table keeps Orleans's contract: all-or-nothing etag checks, liveness updates, clean-up.</summary>
public sealed class PostgresMembershipTableTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Active, DateTime? alive = null) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 7),
        Status = status,
        HostName = "test-host",
        SiloName = $"silo-{port}",
        ProxyPort = port + 1,
        StartTime = new DateTime(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc),
        IAmAliveTime = alive ?? new DateTime(2026, 11, 26, 12, 0, 5, DateTimeKind.Utc),
    };

    private static async Task<PostgresMembershipTable> OpenTable(string clusterId)
    {
        var table = new PostgresMembershipTable(PostgresFactAttribute.ConnectionString, clusterId, Serializer);
        await table.InitializeMembershipTable(tryInitTableVersion: true);
        return table;
    }

    [PostgresFact]
    public async Task InsertsAndUpdatesSucceedOnlyWithTheEtagsLastRead()
    {
        var clusterId = "table-" + Guid.NewGuid().ToString("N")[..8];
        var table = await OpenTable(clusterId);
        try
        {
            var empty = await table.ReadAll();
            Assert.Empty(empty.Members);
            Assert.Equal(0, empty.Version.Version);

            Assert.True(await table.InsertRow(Entry(5001), empty.Version.Next()));
            Assert.False(await table.InsertRow(Entry(5002), empty.Version.Next())); // stale table version
            var one = await table.ReadAll();
            Assert.Equal(1, one.Version.Version);
            Assert.False(await table.InsertRow(Entry(5001), one.Version.Next())); // the silo is listed already
            Assert.True(await table.InsertRow(Entry(5002), one.Version.Next()));

            var two = await table.ReadAll();
            Assert.Equal(2, two.Members.Count);
            var (first, etag) = two.Members.Single(m => m.Item1.SiloAddress.Endpoint.Port == 5001);
            Assert.Equal("silo-5001", first.SiloName);
            Assert.Equal(5002, first.ProxyPort);
            first.Status = SiloStatus.ShuttingDown;
            Assert.True(await table.UpdateRow(first, etag, two.Version.Next()));
            Assert.False(await table.UpdateRow(first, etag, two.Version.Next())); // both etags are stale now

            var row = await table.ReadRow(first.SiloAddress);
            Assert.Equal(SiloStatus.ShuttingDown, Assert.Single(row.Members).Item1.Status);
            Assert.Equal(3, row.Version.Version);
        }
        finally
        {
            await table.DeleteMembershipTableEntries(clusterId);
        }
    }

    [PostgresFact]
    public async Task LivenessIsADirtyWriteAndDeadSilosAreCleanedUp()
    {
        var clusterId = "table-" + Guid.NewGuid().ToString("N")[..8];
        var table = await OpenTable(clusterId);
        try
        {
            Assert.True(await table.InsertRow(Entry(6001, SiloStatus.Dead), (await table.ReadAll()).Version.Next()));
            Assert.True(await table.InsertRow(Entry(6002), (await table.ReadAll()).Version.Next()));
            var later = new DateTime(2026, 11, 26, 12, 5, 0, DateTimeKind.Utc);
            var alive = Entry(6002, alive: later);
            var etagBefore = (await table.ReadRow(alive.SiloAddress)).Members[0].Item2;
            await table.UpdateIAmAlive(alive);
            var row = Assert.Single((await table.ReadRow(alive.SiloAddress)).Members);
            Assert.Equal(later, row.Item1.IAmAliveTime);
            Assert.Equal(etagBefore, row.Item2);

            await table.CleanupDefunctSiloEntries(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero));
            var left = await table.ReadAll();
            Assert.Equal([6002], left.Members.Select(m => m.Item1.SiloAddress.Endpoint.Port));
        }
        finally
        {
            await table.DeleteMembershipTableEntries(clusterId);
        }
    }

    [PostgresFact]
    public async Task SilosListedInPostgresCarryOnWhenTheFirstOneStops()
    {
        var clusterId = "silos-" + Guid.NewGuid().ToString("N")[..8];
        using var folder = new TestFolder();
        var pages = InventedPages.WriteFolder(folder.Path, 8);
        var settings = Enumerable.Range(0, 2).Select(_ => new SiloSettings
        {
            SiloPort = InventedPages.FreePort(), GatewayPort = InventedPages.FreePort(), ClusterId = clusterId,
            MembershipDatabase = PostgresFactAttribute.ConnectionString,
        }).ToList();
        var first = LedeSilo.Build(settings[0]);
        using var second = LedeSilo.Build(settings[1]);
        try
        {
            await first.StartAsync();
            await second.StartAsync();
            await first.StopAsync(TimeSpan.FromSeconds(10));
            first.Dispose();

            await using var connection = await ClusterConnection.OpenAsync([new IPEndPoint(IPAddress.Loopback, settings[1].GatewayPort)], clusterId);
            var processor = new ClusterPageProcessor(connection.Client);
            using var corpus = Corpus.NewsCorpus.Open(new Corpus.CorpusOptions { DatabasePath = Path.Combine(folder.Path, "c.db") });
            var report = corpus.Ingest([pages], processor: processor);
            Assert.Equal(8, report.Stored);
            Assert.Equal([$"127.0.0.1:{settings[1].SiloPort}"], processor.PagesBySilo.Keys);
        }
        finally
        {
            await second.StopAsync(TimeSpan.FromSeconds(10));
            var table = new PostgresMembershipTable(PostgresFactAttribute.ConnectionString, clusterId, Serializer);
            await table.DeleteMembershipTableEntries(clusterId);
        }
    }
}
