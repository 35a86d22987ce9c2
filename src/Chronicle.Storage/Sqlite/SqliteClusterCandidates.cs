using System.Globalization;
using System.Text.Json;
using Chronicle.Contract;
using Chronicle.Storage.Clusters;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Reads the stored clusters that probes reach, through the <c>(type, day)</c> and <c>cluster_id</c> indexes.</summary>
internal static class SqliteClusterCandidates
{
    public static async Task<IReadOnlyList<StoredClusterEvent>> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<ClusterProbe> probes, int members, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;

            // Undated probes read the latest undated events of the type first (rowid order, through the same index).
            find.CommandText = """
                SELECT DISTINCT cluster_id FROM (
                    SELECT cluster_id FROM events
                    WHERE $first IS NOT NULL AND type = $type AND day BETWEEN $first AND $last AND cluster_id IS NOT NULL
                    LIMIT $cap)
                UNION
                SELECT cluster_id FROM (
                    SELECT cluster_id FROM events
                    WHERE $first IS NULL AND type = $type AND day IS NULL AND country = $country AND cluster_id IS NOT NULL
                    ORDER BY rowid DESC LIMIT $cap)
                """;
            var type = find.Parameters.Add("$type", SqliteType.Text);
            var first = find.Parameters.Add("$first", SqliteType.Text);
            var last = find.Parameters.Add("$last", SqliteType.Text);
            var country = find.Parameters.Add("$country", SqliteType.Text);
            find.Parameters.AddWithValue("$cap", ClusterCandidates.MaxClustersPerProbe);
            foreach (var probe in probes)
            {
                type.Value = probe.Type;
                first.Value = probe.First is { } f ? Day(f) : DBNull.Value;
                last.Value = probe.Last is { } l ? Day(l) : DBNull.Value;
                country.Value = (object?)probe.Country ?? DBNull.Value;
                await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }
            }
        }

        var found = new List<StoredClusterEvent>();
        if (ids.Count == 0)
        {
            return found;
        }

        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = """
            SELECT cluster_id, document_id, source, published, json FROM (
                SELECT e.cluster_id, e.document_id, d.source, d.published, e.json, d.seq, e.ordinal,
                       row_number() OVER (PARTITION BY e.cluster_id ORDER BY d.seq, e.ordinal) AS n
                FROM events e JOIN documents d ON d.id = e.document_id
                WHERE e.cluster_id IN (SELECT value FROM json_each($ids)))
            WHERE n <= $members ORDER BY seq, ordinal
            """;
        read.Parameters.AddWithValue("$ids", JsonArray(ids));
        read.Parameters.AddWithValue("$members", members);
        await using var rows = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new StoredClusterEvent(
                rows.GetString(0), rows.GetString(1), rows.GetString(2),
                rows.IsDBNull(3) ? null : DateOnly.ParseExact(rows.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize(rows.GetString(4), ContractJson.Default.EventJson) ?? throw new InvalidDataException("An event row holds no JSON.")));
        }

        return found;
    }

    private static string JsonArray(IEnumerable<string> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
