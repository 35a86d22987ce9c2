using Chronicle.Storage;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Engine;

/// <summary>Opens the store a <c>--db</c> value names: a SQLite file path (default <c>chronicle.db</c>, or <c>CHRONICLE_DB</c>).</summary>
public static class StoreFactory
{
    /// <summary>The database used when none is named.</summary>
    public static string DefaultDatabase(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configured = environment("CHRONICLE_DB");
        return string.IsNullOrWhiteSpace(configured) ? "chronicle.db" : configured;
    }

    /// <summary>Opens the store, creating and migrating it if needed.</summary>
    public static async Task<IDocumentStore> OpenAsync(string database, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException("PostgreSQL stores are not available in this build yet; use a SQLite file path.");
        }

        return await SqliteDocumentStore.OpenAsync(database, clock, cancellationToken).ConfigureAwait(false);
    }
}
