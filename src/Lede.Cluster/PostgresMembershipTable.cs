using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Lede.Cluster;

/// <summary>
/// Orleans's membership table in PostgreSQL, so that no silo is special: any may stop and the rest
/// carry on. One row per silo (the entry in Orleans's own serialisation, with an etag) and one
/// version row per cluster; every change takes the version row's lock first, which gives the
/// all-or-nothing etag checks the <see cref="IMembershipTable"/> contract asks for.
/// </summary>
internal sealed class PostgresMembershipTable(string connectionString, string clusterId, Serializer serializer) : IMembershipTable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS lede_cluster_version (
            cluster_id text PRIMARY KEY,
            version integer NOT NULL,
            etag bigint NOT NULL);
        CREATE TABLE IF NOT EXISTS lede_cluster_members (
            cluster_id text NOT NULL,
            address text NOT NULL,
            status integer NOT NULL,
            entry bytea NOT NULL,
            etag bigint NOT NULL,
            i_am_alive timestamptz NOT NULL,
            PRIMARY KEY (cluster_id, address));
        """;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await using var connection = await OpenAsync();
        // Silos may start together: a concurrent CREATE TABLE IF NOT EXISTS can still collide in the catalogue.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var create = new NpgsqlCommand(Schema, connection);
                await create.ExecuteNonQueryAsync();
                break;
            }
            catch (PostgresException e) when (attempt < 3 && e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject)
            {
                await Task.Delay(100 * (attempt + 1));
            }
        }
        if (!tryInitTableVersion) return;
        await using var version = new NpgsqlCommand(
            "INSERT INTO lede_cluster_version (cluster_id, version, etag) VALUES ($1, 0, 0) ON CONFLICT (cluster_id) DO NOTHING", connection);
        version.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        await version.ExecuteNonQueryAsync();
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("DELETE FROM lede_cluster_members WHERE cluster_id = $1") { Parameters = { new NpgsqlParameter { Value = clusterId } } },
                new NpgsqlBatchCommand("DELETE FROM lede_cluster_version WHERE cluster_id = $1") { Parameters = { new NpgsqlParameter { Value = clusterId } } },
            },
        };
        await batch.ExecuteNonQueryAsync();
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var connection = await OpenAsync();
        await using var delete = new NpgsqlCommand(
            "DELETE FROM lede_cluster_members WHERE cluster_id = $1 AND status = $2 AND i_am_alive < $3", connection);
        delete.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        delete.Parameters.Add(new NpgsqlParameter { Value = (int)SiloStatus.Dead });
        delete.Parameters.Add(new NpgsqlParameter { Value = beforeDate.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await delete.ExecuteNonQueryAsync();
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key) => Read(key);

    public Task<MembershipTableData> ReadAll() => Read(null);

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await LockVersion(connection, transaction, tableVersion)) return false;
        await using var insert = new NpgsqlCommand(
            "INSERT INTO lede_cluster_members (cluster_id, address, status, entry, etag, i_am_alive) VALUES ($1, $2, $3, $4, 0, $5) " +
            "ON CONFLICT (cluster_id, address) DO NOTHING", connection, transaction);
        AddEntry(insert, entry);
        if (await insert.ExecuteNonQueryAsync() != 1) return false;
        await WriteVersion(connection, transaction, tableVersion);
        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        if (!long.TryParse(etag, out var expected)) return false;
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await LockVersion(connection, transaction, tableVersion)) return false;
        await using var update = new NpgsqlCommand(
            "UPDATE lede_cluster_members SET status = $3, entry = $4, i_am_alive = $5, etag = etag + 1 " +
            "WHERE cluster_id = $1 AND address = $2 AND etag = $6", connection, transaction);
        AddEntry(update, entry);
        update.Parameters.Add(new NpgsqlParameter { Value = expected });
        if (await update.ExecuteNonQueryAsync() != 1) return false;
        await WriteVersion(connection, transaction, tableVersion);
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>A "dirty write" by contract: only the liveness time changes, with no etag check.</summary>
    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var connection = await OpenAsync();
        await using var update = new NpgsqlCommand(
            "UPDATE lede_cluster_members SET i_am_alive = $3 WHERE cluster_id = $1 AND address = $2", connection);
        update.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        update.Parameters.Add(new NpgsqlParameter { Value = entry.SiloAddress.ToParsableString() });
        update.Parameters.Add(new NpgsqlParameter { Value = ToUtc(entry.IAmAliveTime), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await update.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Version row and members read in one snapshot, as the contract asks.</summary>
    private async Task<MembershipTableData> Read(SiloAddress? key)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        TableVersion version;
        await using (var select = new NpgsqlCommand("SELECT version, etag FROM lede_cluster_version WHERE cluster_id = $1", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = clusterId });
            await using var reader = await select.ExecuteReaderAsync();
            version = await reader.ReadAsync() ? new TableVersion(reader.GetInt32(0), reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : new TableVersion(0, "0");
        }
        var members = new List<Tuple<MembershipEntry, string>>();
        await using (var select = new NpgsqlCommand(
            "SELECT entry, etag, i_am_alive FROM lede_cluster_members WHERE cluster_id = $1" + (key is null ? "" : " AND address = $2"), connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = clusterId });
            if (key is not null) select.Parameters.Add(new NpgsqlParameter { Value = key.ToParsableString() });
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var entry = serializer.Deserialize<MembershipEntry>((byte[])reader[0]) ?? throw new InvalidDataException("a member row holds no entry");
                entry.IAmAliveTime = reader.GetFieldValue<DateTime>(2);
                members.Add(Tuple.Create(entry, reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        await transaction.CommitAsync();
        return new MembershipTableData(members, version);
    }

    /// <summary>Takes the version row's lock; false when its etag is not the one the caller read (someone changed the table since).</summary>
    private async Task<bool> LockVersion(NpgsqlConnection connection, NpgsqlTransaction transaction, TableVersion expected)
    {
        await using var select = new NpgsqlCommand("SELECT etag FROM lede_cluster_version WHERE cluster_id = $1 FOR UPDATE", connection, transaction);
        select.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        var etag = await select.ExecuteScalarAsync();
        return etag is long current && current.ToString(System.Globalization.CultureInfo.InvariantCulture) == expected.VersionEtag;
    }

    private async Task WriteVersion(NpgsqlConnection connection, NpgsqlTransaction transaction, TableVersion next)
    {
        await using var update = new NpgsqlCommand("UPDATE lede_cluster_version SET version = $2, etag = etag + 1 WHERE cluster_id = $1", connection, transaction);
        update.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        update.Parameters.Add(new NpgsqlParameter { Value = next.Version });
        await update.ExecuteNonQueryAsync();
    }

    /// <summary>Parameters $1–$5: cluster, address, status, entry, liveness time.</summary>
    private void AddEntry(NpgsqlCommand command, MembershipEntry entry)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = clusterId });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.SiloAddress.ToParsableString() });
        command.Parameters.Add(new NpgsqlParameter { Value = (int)entry.Status });
        command.Parameters.Add(new NpgsqlParameter { Value = serializer.SerializeToArray(entry) });
        command.Parameters.Add(new NpgsqlParameter { Value = ToUtc(entry.IAmAliveTime), NpgsqlDbType = NpgsqlDbType.TimestampTz });
    }

    private static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
