using Chronicle.Storage.Queries;
using Npgsql;
using static Chronicle.Storage.Queries.StoredRows;

namespace Chronicle.Storage.Postgres;

// Actors, places and clusters: aggregates over the events a filter matches. Text columns sort in byte order
// (COLLATE "C") as SQLite sorts them, whatever the database's collation.
public sealed partial class PostgresEventQueries
{
    private const string ActorColumns = """
        a.actor_key COLLATE "C", max(a.entity_id), max(a.canonical) COLLATE "C", max(a.country), count(DISTINCT a.event_id),
        count(DISTINCT CASE WHEN a.role = 'source' THEN a.event_id END), count(DISTINCT CASE WHEN a.role = 'target' THEN a.event_id END)
        """;

    private const string ActorsFrom = "FROM event_actors a JOIN events e ON e.id = a.event_id JOIN documents d ON d.id = e.document_id";

    private const string Place = "(e.json::jsonb -> 'place')";

    private const string PlaceKey = $"coalesce({Place} ->> 'geonameid', {Place} ->> 'name')";

    /// <inheritdoc />
    public async Task<Page<ActorSummary>> ActorsAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "5", "3");
        return await PageAsync(
            command => $"SELECT count(DISTINCT a.actor_key) {ActorsFrom} {PostgresFilterSql.Events(filter, command)}",
            command => $"SELECT {ActorColumns} {ActorsFrom} {PostgresFilterSql.Events(filter, command)} GROUP BY a.actor_key ORDER BY {order}, 1 LIMIT @limit OFFSET @offset",
            ReadActor, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ActorSummary?> ActorAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"""
            SELECT {ActorColumns} FROM event_actors a WHERE a.actor_key = @key
                OR a.actor_key = (SELECT b.actor_key FROM event_actors b WHERE lower(b.canonical) = lower(@key) LIMIT 1)
            GROUP BY a.actor_key
            """, connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadActor(reader) : null;
    }

    /// <inheritdoc />
    public async Task<Page<PlaceSummary>> PlacesAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "6", "1");
        return await PageAsync(
            command => $"SELECT count(DISTINCT {PlaceKey}) {PostgresFilterSql.EventsFrom} {WithPlace(PostgresFilterSql.Events(filter, command))}",
            command => $"""
                SELECT max({Place} ->> 'name') COLLATE "C", max(({Place} ->> 'geonameid')::bigint), max(e.country),
                       max(e.lat), max(e.lon), count(*)
                {PostgresFilterSql.EventsFrom} {WithPlace(PostgresFilterSql.Events(filter, command))}
                GROUP BY {PlaceKey} ORDER BY {order}, 1 LIMIT @limit OFFSET @offset
                """,
            reader => new PlaceSummary(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), NullableString(reader, 2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.GetInt64(5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Page<ClusterSummary>> ClustersAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "3", "5");
        return await PageAsync(
            command => $"SELECT count(DISTINCT e.cluster_id) {PostgresFilterSql.EventsFrom} {WithCluster(PostgresFilterSql.Events(filter, command))}",
            command => $"""
                SELECT e.cluster_id COLLATE "C",
                       (SELECT f.type FROM events f WHERE f.cluster_id = e.cluster_id GROUP BY f.type ORDER BY count(*) DESC, f.type COLLATE "C" LIMIT 1),
                       count(*), count(DISTINCT e.document_id), to_char(min(e.day), 'YYYY-MM-DD') COLLATE "C", to_char(max(e.day), 'YYYY-MM-DD')
                {PostgresFilterSql.EventsFrom} {WithCluster(PostgresFilterSql.Events(filter, command))}
                GROUP BY e.cluster_id ORDER BY {order}, 1 LIMIT @limit OFFSET @offset
                """,
            reader => new ClusterSummary(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                NullableString(reader, 4), NullableString(reader, 5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    private static ActorSummary ReadActor(System.Data.Common.DbDataReader reader) => new(
        reader.GetString(0), NullableString(reader, 1), reader.GetString(2), NullableString(reader, 3),
        reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));

    private static string Order(Sort<SummarySortKey> sort, string eventsColumn, string nameColumn) =>
        Order(sort.Key == SummarySortKey.Name ? nameColumn : eventsColumn, sort.Descending);

    private static string WithPlace(string where) =>
        (where.Length == 0 ? "WHERE " : where + " AND ") + $"{Place} ->> 'name' IS NOT NULL";

    private static string WithCluster(string where) => (where.Length == 0 ? "WHERE " : where + " AND ") + "e.cluster_id IS NOT NULL";
}
