using Chronicle.Storage.Queries;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The read side over a PostgreSQL database, with the behaviour of <c>SqliteEventQueries</c>: the same filters,
/// sort orders (text in byte order, nulls placed as SQLite places them), pages and aggregates. Full text uses the
/// <c>tsvector</c> column and its GIN index (see <see cref="PostgresTextQuery"/> for how words are matched). Each call
/// takes a pooled connection, so requests run side by side. The database must be migrated (open the store first).
/// </summary>
public sealed partial class PostgresEventQueries : IEventQueries, IAsyncDisposable
{
    private const string EventColumns = "e.document_id, d.title, d.source, to_char(d.published, 'YYYY-MM-DD'), to_char(e.day, 'YYYY-MM-DD'), e.json";
    private readonly NpgsqlDataSource _dataSource;

    private PostgresEventQueries(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Queries the database a <c>postgres://</c> URL or a connection string names.</summary>
    public static PostgresEventQueries Open(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var builder = PostgresConnection.Parse(database);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "chronicle-queries";
        }

        return new PostgresEventQueries(NpgsqlDataSource.Create(builder));
    }

    /// <inheritdoc />
    public async Task<Page<StoredEvent>> EventsAsync(
        EventFilter filter, Sort<EventSortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort.Key switch
        {
            EventSortKey.Confidence => "e.confidence",
            EventSortKey.Type => "e.type COLLATE \"C\"",
            _ => "e.day",
        }, sort.Descending);
        return await PageAsync(
            command => $"SELECT count(*) {PostgresFilterSql.EventsFrom} {PostgresFilterSql.Events(filter, command)}",
            command => $"""
                SELECT {EventColumns} {PostgresFilterSql.EventsFrom}
                {PostgresFilterSql.Events(filter, command)} ORDER BY {order}, d.seq, e.ordinal LIMIT @limit OFFSET @offset
                """,
            StoredRows.Event, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredEvent?> EventAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {EventColumns} {PostgresFilterSql.EventsFrom} WHERE e.id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? StoredRows.Event(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineBucket>> TimelineAsync(
        EventFilter filter, TimelineInterval interval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var period = interval switch
        {
            TimelineInterval.Week => "to_char(date_trunc('week', e.day), 'YYYY-MM-DD')",
            TimelineInterval.Month => "to_char(e.day, 'YYYY-MM')",
            _ => "to_char(e.day, 'YYYY-MM-DD')",
        };
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = PostgresFilterSql.Events(filter, command);
        command.CommandText = $"""
            SELECT {period} AS period, e.type, count(*) {PostgresFilterSql.EventsFrom}
            {(where.Length == 0 ? "WHERE" : where + " AND")} e.day IS NOT NULL
            GROUP BY 1, 2 ORDER BY {period} COLLATE "C", e.type COLLATE "C"
            """;
        return await StoredRows.ReadAllAsync(
            command, reader => new TimelineBucket(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync().ConfigureAwait(false);

    /// <summary>SQLite's order: nulls first ascending, last descending.</summary>
    private static string Order(string column, bool descending) => column + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST");

    /// <summary>Runs a count and a page query built on the same filter parameters.</summary>
    private async Task<Page<T>> PageAsync<T>(
        Func<NpgsqlCommand, string> countSql, Func<NpgsqlCommand, string> pageSql, Func<System.Data.Common.DbDataReader, T> read,
        PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var count = new NpgsqlCommand { Connection = connection };
        count.CommandText = countSql(count);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await using var command = new NpgsqlCommand { Connection = connection };
        command.CommandText = pageSql(command);
        command.Parameters.AddWithValue("limit", page.Limit);
        command.Parameters.AddWithValue("offset", page.Offset);
        var items = await StoredRows.ReadAllAsync(command, read, cancellationToken).ConfigureAwait(false);
        return new Page<T>(items, total, page.Limit, page.Offset);
    }
}
