using System.Runtime.CompilerServices;
using Chronicle.Storage.Clusters;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// A PostgreSQL database: the same tables and behaviour as the SQLite store, for many processes on many machines.
/// Each batch is one transaction; a document is stored once however many processes store it at once.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresDocumentStore(NpgsqlDataSource dataSource, string description, TimeProvider clock)
    {
        _dataSource = dataSource;
        Description = description;
        _clock = clock;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Connects to the database (a <c>postgres://</c> URL or a connection string) and migrates its schema.</summary>
    public static async Task<PostgresDocumentStore> OpenAsync(string database, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var (dataSource, description) = await PostgresDatabase.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return new PostgresDocumentStore(dataSource, description, clock);
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<DocumentId>> FindExistingAsync(IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await PostgresDatabase.FindExistingAsync(connection, ids, cancellationToken).ConfigureAwait(false);
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
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        batch = await PostgresClusterCandidates.AssignAsync(connection, batch, clusters, cancellationToken).ConfigureAwait(false);
        var stored = await PostgresBatchWriter.WriteAsync(connection, batch, sightings ?? [], _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreOutcome(stored, batch.Count - stored);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ReadArticlesJsonAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var json in StoreReads.ArticlesJsonAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            yield return json;
        }
    }

    /// <inheritdoc />
    public async Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var version = await PostgresMigrator.VersionAsync(connection, cancellationToken).ConfigureAwait(false);
        return await StoreReads.StatisticsAsync(connection, version, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync().ConfigureAwait(false);
}
