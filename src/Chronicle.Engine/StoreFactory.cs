using Chronicle.Storage;
using Chronicle.Storage.Postgres;
using Chronicle.Storage.Queries;
using Chronicle.Storage.Queue;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Engine;

/// <summary>
/// Opens the store a <c>--db</c> value names: a SQLite file path (default <c>chronicle.db</c>, or <c>CHRONICLE_DB</c>),
/// or a PostgreSQL database as a <c>postgres://user:password@host:port/database</c> URL or an Npgsql connection string
/// (<c>Host=...;Database=...;Username=...</c>).
/// </summary>
public static class StoreFactory
{
    /// <summary>The database used when none is named.</summary>
    public static string DefaultDatabase(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configured = environment("CHRONICLE_DB");
        return string.IsNullOrWhiteSpace(configured) ? "chronicle.db" : configured;
    }

    /// <summary>True when <paramref name="database"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string database) => PostgresConnection.IsPostgres(database);

    /// <summary>Opens the store, creating and migrating it if needed.</summary>
    public static async Task<IDocumentStore> OpenAsync(string database, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return IsPostgres(database)
            ? await PostgresDocumentStore.OpenAsync(database, clock, cancellationToken).ConfigureAwait(false)
            : await SqliteDocumentStore.OpenAsync(database, clock, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The read side (API, dashboard) over a database the store has opened and migrated.</summary>
    public static IEventQueries OpenQueries(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return IsPostgres(database) ? PostgresEventQueries.Open(database) : SqliteEventQueries.Open(database);
    }

    /// <summary>Opens the work queue that <c>enqueue</c> fills and workers drain; it lives in PostgreSQL only.</summary>
    public static async Task<IQueueStore> OpenQueueAsync(string database, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return IsPostgres(database)
            ? await PostgresQueueStore.OpenAsync(database, clock, cancellationToken: cancellationToken).ConfigureAwait(false)
            : throw new NotSupportedException(
                $"{database} is a SQLite file: the work queue needs PostgreSQL (--db postgres://user@host/database). On one machine, 'chronicle ingest' does the same job.");
    }
}
