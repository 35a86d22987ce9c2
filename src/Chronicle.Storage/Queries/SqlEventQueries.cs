using System.Data.Common;
using System.Globalization;

namespace Chronicle.Storage.Queries;

/// <summary>
/// The read side over a SQLite file or a PostgreSQL database, written once: the same filters, sort orders (text in
/// byte order, nulls first ascending), pages and aggregates on both, with what differs asked of an
/// <see cref="ISqlDialect"/>. Each call takes its own pooled connection, so requests run side by side with each other
/// and with a writer. Open one with <c>SqliteEventQueries.Open</c> or <c>PostgresEventQueries.Open</c>; the database
/// must be migrated (open the store first).
/// </summary>
public sealed partial class SqlEventQueries : IEventQueries, IAsyncDisposable
{
    private readonly ISqlDialect _sql;
    private readonly DbDataSource _connections;
    private readonly string _eventColumns;

    internal SqlEventQueries(ISqlDialect dialect, DbDataSource connections)
    {
        _sql = dialect;
        _connections = connections;
        _eventColumns = $"e.document_id, d.title, d.source, {dialect.DayText("d.published")}, {dialect.DayText("e.day")}, e.json";
        _actorColumns = $"""
            {dialect.Binary("a.actor_key")}, max(a.entity_id), {dialect.Binary("max(a.canonical)")}, max(a.country), count(DISTINCT a.event_id),
            count(DISTINCT CASE WHEN a.role = 'source' THEN a.event_id END), count(DISTINCT CASE WHEN a.role = 'target' THEN a.event_id END)
            """;
        _placeName = dialect.JsonText("e.json", "place.name");
        _placeKey = $"coalesce(CAST({dialect.JsonText("e.json", "place.geonameid")} AS TEXT), {_placeName})";
    }

    /// <inheritdoc />
    public async Task<Page<StoredEvent>> EventsAsync(
        EventFilter filter, Sort<EventSortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = _sql.Order(sort.Key switch
        {
            EventSortKey.Confidence => "e.confidence",
            EventSortKey.Type => _sql.Binary("e.type"),
            _ => "e.day",
        }, sort.Descending);
        return await PageAsync(
            command => $"SELECT count(*) {FilterSql.EventsFrom} {FilterSql.Events(_sql, filter, command)}",
            command => $"""
                SELECT {_eventColumns} {FilterSql.EventsFrom}
                {FilterSql.Events(_sql, filter, command)} ORDER BY {order}, d.seq, e.ordinal LIMIT @limit OFFSET @offset
                """,
            StoredRows.Event, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredEvent?> EventAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {_eventColumns} {FilterSql.EventsFrom} WHERE e.id = @id";
        command.AddParameter("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? StoredRows.Event(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineBucket>> TimelineAsync(
        EventFilter filter, TimelineInterval interval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var period = _sql.Period(interval);
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {period} AS period, e.type, count(*) {FilterSql.EventsFrom}
            {FilterSql.Events(_sql, filter, command, "e.day IS NOT NULL")}
            GROUP BY 1, 2 ORDER BY {_sql.Binary(period)}, {_sql.Binary("e.type")}
            """;
        return await StoredRows.ReadAllAsync(
            command, reader => new TimelineBucket(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _connections.DisposeAsync().ConfigureAwait(false);

    /// <summary>Runs a count and a page query built on the same filter parameters.</summary>
    private async Task<Page<T>> PageAsync<T>(
        Func<DbCommand, string> countSql, Func<DbCommand, string> pageSql, Func<DbDataReader, T> read,
        PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var count = connection.CreateCommand();
        count.CommandText = countSql(count);
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await using var command = connection.CreateCommand();
        command.CommandText = pageSql(command);
        command.AddParameter("@limit", page.Limit);
        command.AddParameter("@offset", page.Offset);
        var items = await StoredRows.ReadAllAsync(command, read, cancellationToken).ConfigureAwait(false);
        return new Page<T>(items, total, page.Limit, page.Offset);
    }
}
