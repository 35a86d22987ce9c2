using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Applies the migrations a database lacks, each with its version bump in one transaction.</summary>
internal static class SqliteMigrator
{
    public static async Task MigrateAsync(SqliteConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        var current = await VersionAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var migration in MigrationPlan.Pending(migrations, current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await SqliteDocumentStore.ExecuteAsync(connection, migration.Sql, cancellationToken, transaction).ConfigureAwait(false);
            await SqliteDocumentStore.ExecuteAsync(
                connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}"), cancellationToken, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<int> VersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
