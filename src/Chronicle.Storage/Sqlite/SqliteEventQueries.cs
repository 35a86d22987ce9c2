using System.Globalization;
using Chronicle.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// The read side over a SQLite file. Each call opens its own pooled read-only connection, so requests run side by
/// side with each other and with a writer (WAL mode). The file must exist and be migrated (open the store first).
/// </summary>
public sealed partial class SqliteEventQueries(string path) : IEventQueries
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <inheritdoc />
    public async Task<Page<StoredEvent>> EventsAsync(
        EventFilter filter, Sort<EventSortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = sort.Key switch
        {
            EventSortKey.Confidence => "e.confidence",
            EventSortKey.Type => "e.type",
            _ => "e.day",
        } + (sort.Descending ? " DESC" : " ASC");
        return await PageAsync(
            command => $"SELECT count(*) {SqliteFilterSql.EventsFrom} {SqliteFilterSql.Events(filter, command)}",
            command => $"""
                SELECT e.document_id, d.title, d.source, d.published, e.day, e.json {SqliteFilterSql.EventsFrom}
                {SqliteFilterSql.Events(filter, command)} ORDER BY {order}, d.seq, e.ordinal LIMIT $limit OFFSET $offset
                """,
            StoredRows.Event, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredEvent?> EventAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT e.document_id, d.title, d.source, d.published, e.day, e.json {SqliteFilterSql.EventsFrom} WHERE e.id = $id";
        command.Parameters.AddWithValue("$id", id);
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
            TimelineInterval.Week => "date(e.day, '-6 days', 'weekday 1')",
            TimelineInterval.Month => "substr(e.day, 1, 7)",
            _ => "e.day",
        };
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = SqliteFilterSql.Events(filter, command);
        command.CommandText = $"""
            SELECT {period} AS period, e.type, count(*) {SqliteFilterSql.EventsFrom}
            {(where.Length == 0 ? "WHERE" : where + " AND")} e.day IS NOT NULL GROUP BY period, e.type ORDER BY period, e.type
            """;
        return await StoredRows.ReadAllAsync(
            command, reader => new TimelineBucket(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs a count and a page query built on the same filter parameters.</summary>
    private async Task<Page<T>> PageAsync<T>(
        Func<SqliteCommand, string> countSql, Func<SqliteCommand, string> pageSql, Func<System.Data.Common.DbDataReader, T> read,
        PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = connection.CreateCommand();
        count.CommandText = countSql(count);
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        await using var command = connection.CreateCommand();
        command.CommandText = pageSql(command);
        command.Parameters.AddWithValue("$limit", page.Limit);
        command.Parameters.AddWithValue("$offset", page.Offset);
        var items = await StoredRows.ReadAllAsync(command, read, cancellationToken).ConfigureAwait(false);
        return new Page<T>(items, total, page.Limit, page.Offset);
    }
}
