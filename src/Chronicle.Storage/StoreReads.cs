using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Chronicle.Storage;

/// <summary>What both stores read the same way over an open connection: every article's JSON, and the statistics.</summary>
internal static class StoreReads
{
    /// <summary>Every stored article's JSON, in the order they were first stored.</summary>
    public static async IAsyncEnumerable<string> ArticlesJsonAsync(DbConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT analysis FROM documents ORDER BY seq";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

    /// <summary>The counts of what is stored, with the schema version the store read its own way.</summary>
    public static async Task<StoreStatistics> StatisticsAsync(DbConnection connection, int schemaVersion, CancellationToken cancellationToken)
    {
        async Task<long> Count(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        return new StoreStatistics(
            await Count("SELECT count(*) FROM documents").ConfigureAwait(false),
            await Count("SELECT count(*) FROM document_sources").ConfigureAwait(false),
            await Count("SELECT count(*) FROM events").ConfigureAwait(false),
            await GroupCountAsync(connection, "SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1", cancellationToken).ConfigureAwait(false),
            schemaVersion,
            await GroupCountAsync(connection, "SELECT pipeline, count(*) FROM documents GROUP BY pipeline ORDER BY 2 DESC, 1", cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IReadOnlyDictionary<string, long>> GroupCountAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
