using Chronicle.Storage.Queries;
using static Chronicle.Storage.Queries.StoredRows;

namespace Chronicle.Storage.Sqlite;

// Actors, places and clusters: aggregates over the events a filter matches.
public sealed partial class SqliteEventQueries
{
    private const string ActorColumns = """
        a.actor_key, max(a.entity_id), max(a.canonical), max(a.country), count(DISTINCT a.event_id),
        count(DISTINCT CASE WHEN a.role = 'source' THEN a.event_id END), count(DISTINCT CASE WHEN a.role = 'target' THEN a.event_id END)
        """;

    private const string ActorsFrom = "FROM event_actors a JOIN events e ON e.id = a.event_id JOIN documents d ON d.id = e.document_id";

    private const string PlaceKey = "coalesce(CAST(json_extract(e.json, '$.place.geonameid') AS TEXT), json_extract(e.json, '$.place.name'))";

    /// <inheritdoc />
    public async Task<Page<ActorSummary>> ActorsAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "5", "3");
        return await PageAsync(
            command => $"SELECT count(DISTINCT a.actor_key) {ActorsFrom} {SqliteFilterSql.Events(filter, command)}",
            command => $"SELECT {ActorColumns} {ActorsFrom} {SqliteFilterSql.Events(filter, command)} GROUP BY a.actor_key ORDER BY {order}, 1 LIMIT $limit OFFSET $offset",
            ReadActor, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ActorSummary?> ActorAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ActorColumns} FROM event_actors a WHERE a.actor_key = $key
                OR a.actor_key = (SELECT b.actor_key FROM event_actors b WHERE b.canonical = $key COLLATE NOCASE LIMIT 1)
            GROUP BY a.actor_key
            """;
        command.Parameters.AddWithValue("$key", key);
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
            command => $"SELECT count(DISTINCT {PlaceKey}) {SqliteFilterSql.EventsFrom} {WithPlace(SqliteFilterSql.Events(filter, command))}",
            command => $"""
                SELECT max(json_extract(e.json, '$.place.name')), max(json_extract(e.json, '$.place.geonameid')), max(e.country),
                       max(e.lat), max(e.lon), count(*)
                {SqliteFilterSql.EventsFrom} {WithPlace(SqliteFilterSql.Events(filter, command))}
                GROUP BY {PlaceKey} ORDER BY {order}, 1 LIMIT $limit OFFSET $offset
                """,
            reader => new PlaceSummary(reader.GetString(0), NullableLong(reader, 1), NullableString(reader, 2),
                NullableDouble(reader, 3), NullableDouble(reader, 4), reader.GetInt64(5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Page<ClusterSummary>> ClustersAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "3", "5");
        return await PageAsync(
            command => $"SELECT count(DISTINCT e.cluster_id) {SqliteFilterSql.EventsFrom} {WithCluster(SqliteFilterSql.Events(filter, command))}",
            command => $"""
                SELECT e.cluster_id,
                       (SELECT f.type FROM events f WHERE f.cluster_id = e.cluster_id GROUP BY f.type ORDER BY count(*) DESC, f.type LIMIT 1),
                       count(*), count(DISTINCT e.document_id), min(e.day), max(e.day)
                {SqliteFilterSql.EventsFrom} {WithCluster(SqliteFilterSql.Events(filter, command))}
                GROUP BY e.cluster_id ORDER BY {order}, 1 LIMIT $limit OFFSET $offset
                """,
            reader => new ClusterSummary(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                NullableString(reader, 4), NullableString(reader, 5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    private static ActorSummary ReadActor(System.Data.Common.DbDataReader reader) => new(
        reader.GetString(0), NullableString(reader, 1), reader.GetString(2), NullableString(reader, 3),
        reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));

    private static string Order(Sort<SummarySortKey> sort, string eventsColumn, string nameColumn) =>
        (sort.Key == SummarySortKey.Name ? nameColumn : eventsColumn) + (sort.Descending ? " DESC" : " ASC");

    private static string WithPlace(string where) =>
        (where.Length == 0 ? "WHERE " : where + " AND ") + "json_extract(e.json, '$.place.name') IS NOT NULL";

    private static string WithCluster(string where) => (where.Length == 0 ? "WHERE " : where + " AND ") + "e.cluster_id IS NOT NULL";
}
