using System.Globalization;
using Chronicle.Storage.Clusters;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// A SQLite file in WAL mode. Each batch is one transaction, so a process killed at any point leaves the file
/// consistent with whole batches stored; running again stores what is missing.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteDocumentStore(string path, SqliteConnection connection, TimeProvider clock)
    {
        Description = path;
        _connection = connection;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Opens (creating if needed) the database file and brings its schema to the latest version.</summary>
    public static async Task<SqliteDocumentStore> OpenAsync(string path, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;", cancellationToken).ConfigureAwait(false);
            await SqliteMigrator.MigrateAsync(connection, SqliteSchema.Migrations, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new SqliteDocumentStore(path, connection, clock);
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<DocumentId>> FindExistingAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var existing = new HashSet<DocumentId>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM documents WHERE id = $id";
        var parameter = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in ids)
        {
            parameter.Value = id.Value;
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                existing.Add(id);
            }
        }

        return existing;
    }

    /// <inheritdoc />
    public Task<StoreOutcome> StoreAsync(
        IReadOnlyList<Analysis> batch, IReadOnlyList<SourceSighting>? sightings = null, CancellationToken cancellationToken = default) =>
        StoreAsync(batch, sightings, null, cancellationToken);

    /// <inheritdoc />
    public async Task<StoreOutcome> StoreAsync(
        IReadOnlyList<Analysis> batch, IReadOnlyList<SourceSighting>? sightings, IClusterAssigner? clusters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var now = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        // BEGIN IMMEDIATE (the provider's default): the write lock is taken before the stored clusters are read, so
        // two processes clustering into one file see each other's batches.
        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (clusters is not null && batch.Count > 0)
        {
            var stored = await SqliteClusterCandidates.ReadAsync(_connection, transaction, clusters.Probes(batch), clusters.MembersPerCluster, cancellationToken).ConfigureAwait(false);
            batch = clusters.Assign(batch, stored);
        }

        var writer = new SqliteBatchWriter(_connection, transaction, now);
        var written = 0;
        foreach (var analysis in batch)
        {
            if (await writer.WriteAsync(analysis, cancellationToken).ConfigureAwait(false))
            {
                written++;
            }
        }

        foreach (var sighting in sightings ?? [])
        {
            await writer.WriteSourceAsync(sighting.Document.Value, sighting.Source, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreOutcome(written, batch.Count - written);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<string> ReadArticlesJsonAsync(CancellationToken cancellationToken = default) =>
        StoreReads.ArticlesJsonAsync(_connection, cancellationToken);

    /// <inheritdoc />
    public async Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        var version = await SqliteMigrator.VersionAsync(_connection, cancellationToken).ConfigureAwait(false);
        return await StoreReads.StatisticsAsync(_connection, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>SQLite's own check of the file: <c>ok</c> when the database is intact.</summary>
    public async Task<string> IntegrityCheckAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
