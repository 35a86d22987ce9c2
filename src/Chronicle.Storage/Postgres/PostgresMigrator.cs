using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Applies the migrations a database lacks in one transaction under an advisory lock, so that many workers starting
/// at once migrate it exactly once.
/// </summary>
internal static class PostgresMigrator
{
    // Any fixed number will do: it only has to be the same in every Chronicle process.
    private const long LockKey = 0x4368726f6e69636c;

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey)).ConfigureAwait(false);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version integer PRIMARY KEY,
                description text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, cancellationToken).ConfigureAwait(false);
        var current = await VersionAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var migration in MigrationPlan.Pending(migrations, current))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "INSERT INTO schema_version (version, description) VALUES (@version, @description)", cancellationToken,
                ("version", migration.Version), ("description", migration.Description)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> VersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
