using System.Text.Json;
using Chronicle.Contract;
using Chronicle.Storage.Clusters;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Clusters a batch against the stored clusters inside its transaction. A transaction-scoped advisory lock makes
/// clustering writers take turns from reading the stored clusters to committing, so two workers storing reports
/// of one event at once cannot each start a cluster for it: the second sees the first's. Analysis runs unlocked.
/// </summary>
internal static class PostgresClusterCandidates
{
    // Any fixed number will do: it only has to be the same in every Chronicle process (and differ from the migrator's).
    private const long LockKey = 0x4368726f6e636c75;

    /// <summary>The batch with cluster ids; the lock is held until the caller's transaction ends.</summary>
    public static async Task<IReadOnlyList<Analysis>> AssignAsync(
        NpgsqlConnection connection, IReadOnlyList<Analysis> batch, IClusterAssigner? clusters, CancellationToken cancellationToken)
    {
        if (clusters is null || batch.Count == 0)
        {
            return batch;
        }

        await using (var locking = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection))
        {
            locking.Parameters.AddWithValue("key", LockKey);
            await locking.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var stored = await ReadAsync(connection, clusters.Probes(batch), clusters.MembersPerCluster, cancellationToken).ConfigureAwait(false);
        return clusters.Assign(batch, stored);
    }

    private static async Task<IReadOnlyList<StoredClusterEvent>> ReadAsync(
        NpgsqlConnection connection, IReadOnlyList<ClusterProbe> probes, int members, CancellationToken cancellationToken)
    {
        var found = new List<StoredClusterEvent>();
        if (probes.Count == 0)
        {
            return found;
        }

        await using var command = new NpgsqlCommand("""
            WITH hits AS (
                SELECT DISTINCT h.cluster_id FROM unnest(@types, @firsts, @lasts, @countries) AS p(type, first, last, country)
                CROSS JOIN LATERAL (
                    (SELECT e.cluster_id FROM events e
                     WHERE p.first IS NOT NULL AND e.type = p.type AND e.day BETWEEN p.first AND p.last AND e.cluster_id IS NOT NULL
                     LIMIT @cap)
                    UNION ALL
                    (SELECT e.cluster_id FROM events e
                     WHERE p.first IS NULL AND e.type = p.type AND e.day IS NULL AND e.country = p.country AND e.cluster_id IS NOT NULL
                     LIMIT @cap)) h)
            SELECT cluster_id, document_id, source, published, json FROM (
                SELECT e.cluster_id, e.document_id, d.source, d.published, e.json, d.seq, e.ordinal,
                       row_number() OVER (PARTITION BY e.cluster_id ORDER BY d.seq, e.ordinal) AS n
                FROM events e JOIN documents d ON d.id = e.document_id
                WHERE e.cluster_id IN (SELECT cluster_id FROM hits)) m
            WHERE n <= @members ORDER BY seq, ordinal
            """, connection);
        command.Parameters.AddWithValue("types", probes.Select(p => p.Type).ToArray());
        command.Parameters.Add(new NpgsqlParameter("firsts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = probes.Select(p => p.First is { } d ? (object)d : DBNull.Value).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("lasts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = probes.Select(p => p.Last is { } d ? (object)d : DBNull.Value).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("countries", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = probes.Select(p => (object?)p.Country ?? DBNull.Value).ToArray() });
        command.Parameters.AddWithValue("cap", ClusterCandidates.MaxClustersPerProbe);
        command.Parameters.AddWithValue("members", members);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new StoredClusterEvent(
                rows.GetString(0), rows.GetString(1), rows.GetString(2),
                rows.IsDBNull(3) ? null : rows.GetFieldValue<DateOnly>(3),
                JsonSerializer.Deserialize(rows.GetString(4), ContractJson.Default.EventJson) ?? throw new InvalidDataException("An event row holds no JSON.")));
        }

        return found;
    }
}
