using System.Collections.Immutable;
using System.Text.Json;
using Chronicle.Storage.Clusters;
using Chronicle.Storage.Queue;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The work queue in PostgreSQL. Workers claim with <c>FOR UPDATE SKIP LOCKED</c>, so they never wait on each other
/// nor take the same article; leases are timed by the database's clock, so the machines' clocks need not agree.
/// </summary>
public sealed class PostgresQueueStore : IQueueStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresQueueStore(NpgsqlDataSource dataSource, string description, TimeProvider clock, int maxAttempts)
    {
        _dataSource = dataSource;
        Description = description;
        _clock = clock;
        MaxAttempts = maxAttempts;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Claims an article may have before it is marked failed (each lost lease is one: a worker died on it).</summary>
    public int MaxAttempts { get; }

    /// <summary>Connects to the database (a <c>postgres://</c> URL or a connection string) and migrates its schema.</summary>
    public static async Task<PostgresQueueStore> OpenAsync(
        string database, TimeProvider clock, int maxAttempts = 3, CancellationToken cancellationToken = default)
    {
        var (dataSource, description) = await PostgresDatabase.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return new PostgresQueueStore(dataSource, description, clock, Math.Max(1, maxAttempts));
    }

    /// <inheritdoc />
    public async Task<EnqueueOutcome> EnqueueAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var distinct = documents.DistinctBy(d => d.Id).ToList();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO queue (document_id, source, title, published, text, metadata, enqueued_at)
            SELECT q.*, @now FROM unnest(@ids, @sources, @titles, @published, @texts, @metadata)
                AS q(document_id, source, title, published, text, metadata)
            WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = q.document_id)
            ON CONFLICT (document_id) DO NOTHING
            RETURNING document_id
            """, connection);
        insert.Parameters.AddWithValue("ids", distinct.Select(d => d.Id.Value).ToArray());
        insert.Parameters.AddWithValue("sources", distinct.Select(d => d.Source).ToArray());
        AddNullable(insert, "titles", NpgsqlDbType.Text, distinct.Select(d => (object?)d.Title));
        AddNullable(insert, "published", NpgsqlDbType.Date, distinct.Select(d => d.Published is { } p ? (object)p : null));
        insert.Parameters.AddWithValue("texts", distinct.Select(d => d.Text).ToArray());
        AddNullable(insert, "metadata", NpgsqlDbType.Text, distinct.Select(d => d.Metadata.IsEmpty ? null : (object)JsonSerializer.Serialize(d.Metadata)));
        insert.Parameters.AddWithValue("now", _clock.GetUtcNow());
        var queued = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                queued.Add(reader.GetString(0));
            }
        }

        // The rest are sightings: a new source of a queued article rides with it; of a stored one, is recorded now
        // (an article stored by 'ingest' before is not queued, so it is never analysed twice).
        var firstQueued = distinct.Where(d => queued.Contains(d.Id.Value)).ToHashSet();
        foreach (var sighting in documents.Where(d => !firstQueued.Contains(d)))
        {
            await RecordSightingAsync(connection, sighting, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new EnqueueOutcome(queued.Count, documents.Count - queued.Count);
    }

    /// <inheritdoc />
    public async Task<QueueClaim> ClaimAsync(string worker, int limit, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        var token = Guid.NewGuid();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    UPDATE queue SET state = 'failed', finished_at = now(), lease_until = NULL,
                        error = 'claimed ' || attempts || ' times and never completed: its workers died or lost their leases'
                    WHERE state = 'claimed' AND lease_until < now() AND attempts >= $1
                    """) { Parameters = { new() { Value = MaxAttempts } } },
                new NpgsqlBatchCommand("""
                    WITH next AS (
                        SELECT seq FROM queue
                        WHERE state = 'pending' OR (state = 'claimed' AND lease_until < now())
                        ORDER BY seq
                        LIMIT $1
                        FOR UPDATE SKIP LOCKED)
                    UPDATE queue q SET state = 'claimed', claim = $2, claimed_by = $3, lease_until = now() + $4, attempts = q.attempts + 1
                    FROM next WHERE q.seq = next.seq
                    RETURNING q.seq, q.source, q.title, q.published, q.text, q.metadata
                    """)
                {
                    Parameters = { new() { Value = Math.Max(1, limit) }, new() { Value = token }, new() { Value = worker }, new() { Value = lease } },
                },
            },
        };
        var claimed = new List<(long Seq, Document Document)>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // The first statement returns no rows, so the reader starts on the claim's.
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                claimed.Add((reader.GetInt64(0), new Document(
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(reader.GetString(5)))));
            }
        }

        return new QueueClaim(token, [.. claimed.OrderBy(c => c.Seq).Select(c => c.Document)]);
    }

    /// <inheritdoc />
    public async Task<bool> RenewAsync(QueueClaim claim, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "UPDATE queue SET lease_until = now() + @lease WHERE claim = @claim AND state = 'claimed'", connection);
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("claim", claim.Token);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public Task<CompleteOutcome> CompleteAsync(
        QueueClaim claim, IReadOnlyList<Analysis> analyses, IReadOnlyList<QueueFailure> failures, CancellationToken cancellationToken = default) =>
        CompleteAsync(claim, analyses, failures, null, cancellationToken);

    /// <inheritdoc />
    public async Task<CompleteOutcome> CompleteAsync(
        QueueClaim claim, IReadOnlyList<Analysis> analyses, IReadOnlyList<QueueFailure> failures, IClusterAssigner? clusters,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(failures);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var held = await LockHeldAsync(connection, claim, cancellationToken).ConfigureAwait(false);
        var failed = failures.Where(f => held.ContainsKey(f.Document.Value)).ToList();
        var failedIds = failed.Select(f => f.Document.Value).ToHashSet(StringComparer.Ordinal);
        var mine = analyses.Where(a => held.ContainsKey(a.Document.Id.Value) && !failedIds.Contains(a.Document.Id.Value)).ToList();
        var sightings = held.Where(h => !failedIds.Contains(h.Key))
            .SelectMany(h => h.Value.Select(source => new SourceSighting(new DocumentId(h.Key), source)))
            .Concat(claim.Documents.Where(d => held.ContainsKey(d.Id.Value) && !failedIds.Contains(d.Id.Value)).Select(d => new SourceSighting(d.Id, d.Source)))
            .ToList();
        var clustered = await PostgresClusterCandidates.AssignAsync(connection, mine, clusters, cancellationToken).ConfigureAwait(false);
        var stored = await PostgresBatchWriter.WriteAsync(connection, clustered, sightings, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await using var finish = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    UPDATE queue SET state = 'done', finished_at = now(), lease_until = NULL, text = NULL
                    WHERE claim = $1 AND state = 'claimed' AND NOT (document_id = ANY($2))
                    """) { Parameters = { new() { Value = claim.Token }, new() { Value = failedIds.ToArray() } } },
                new NpgsqlBatchCommand("""
                    UPDATE queue q SET state = 'failed', finished_at = now(), lease_until = NULL, error = f.reason
                    FROM unnest($2, $3) AS f(id, reason)
                    WHERE q.claim = $1 AND q.state = 'claimed' AND q.document_id = f.id
                    """)
                {
                    Parameters =
                    {
                        new() { Value = claim.Token },
                        new() { Value = failed.Select(f => f.Document.Value).ToArray() },
                        new() { Value = failed.Select(f => f.Reason).ToArray() },
                    },
                },
            },
        };
        await finish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var lost = claim.Documents.Select(d => d.Id.Value).Distinct(StringComparer.Ordinal).Count(id => !held.ContainsKey(id));
        return new CompleteOutcome(stored, held.Count - failed.Count - stored, failed.Count, lost);
    }

    /// <inheritdoc />
    public async Task<QueueStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE state = 'pending'),
                   count(*) FILTER (WHERE state = 'claimed' AND lease_until >= now()),
                   count(*) FILTER (WHERE state = 'claimed' AND lease_until < now()),
                   count(*) FILTER (WHERE state = 'done'),
                   count(*) FILTER (WHERE state = 'failed')
            FROM queue
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new QueueStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync().ConfigureAwait(false);

    /// <summary>The claim's articles still held (lease not taken over), locked, with the further sources they gathered.</summary>
    private static async Task<Dictionary<string, string[]>> LockHeldAsync(NpgsqlConnection connection, QueueClaim claim, CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, string[]>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT document_id, more_sources FROM queue WHERE claim = @claim AND state = 'claimed' FOR UPDATE", connection);
        command.Parameters.AddWithValue("claim", claim.Token);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            held[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
        }

        return held;
    }

    private static async Task RecordSightingAsync(NpgsqlConnection connection, Document document, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("""
                    UPDATE queue SET more_sources = more_sources || $2
                    WHERE document_id = $1 AND state <> 'done' AND source <> $2 AND NOT ($2 = ANY(more_sources))
                    """) { Parameters = { new() { Value = document.Id.Value }, new() { Value = document.Source } } },
                new NpgsqlBatchCommand("""
                    INSERT INTO document_sources (document_id, source, first_seen)
                    SELECT id, $2, now() FROM documents WHERE id = $1
                    ON CONFLICT DO NOTHING
                    """) { Parameters = { new() { Value = document.Id.Value }, new() { Value = document.Source } } },
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddNullable(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<object?> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.Select(v => v ?? DBNull.Value).ToArray() });
}
