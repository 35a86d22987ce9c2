using System.Data.Common;
using static Chronicle.Storage.Queries.StoredRows;

namespace Chronicle.Storage.Queries;

// Actors, places and clusters: aggregates over the events a filter matches.
public sealed partial class SqlEventQueries
{
    private const string ActorsFrom = "FROM event_actors a JOIN events e ON e.id = a.event_id JOIN documents d ON d.id = e.document_id";

    private readonly string _actorColumns;
    private readonly string _placeName;
    private readonly string _placeKey;

    /// <inheritdoc />
    public async Task<Page<ActorSummary>> ActorsAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "5", "3");
        return await PageAsync(
            command => $"SELECT count(DISTINCT a.actor_key) {ActorsFrom} {FilterSql.Events(_sql, filter, command)}",
            command => $"SELECT {_actorColumns} {ActorsFrom} {FilterSql.Events(_sql, filter, command)} GROUP BY a.actor_key ORDER BY {order}, 1 LIMIT @limit OFFSET @offset",
            ReadActor, page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ActorSummary?> ActorAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {_actorColumns} FROM event_actors a WHERE a.actor_key = @key
                OR a.actor_key = (SELECT b.actor_key FROM event_actors b WHERE {_sql.EqualsIgnoreCase("b.canonical", "@key")} LIMIT 1)
            GROUP BY a.actor_key
            """;
        command.AddParameter("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadActor(reader) : null;
    }

    /// <inheritdoc />
    public async Task<Page<PlaceSummary>> PlacesAsync(
        EventFilter filter, Sort<SummarySortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort, "6", "1");
        var withPlace = $"{_placeName} IS NOT NULL";
        return await PageAsync(
            command => $"SELECT count(DISTINCT {_placeKey}) {FilterSql.EventsFrom} {FilterSql.Events(_sql, filter, command, withPlace)}",
            command => $"""
                SELECT {_sql.Binary($"max({_placeName})")}, max(CAST({_sql.JsonText("e.json", "place.geonameid")} AS bigint)), max(e.country),
                       max(e.lat), max(e.lon), count(*)
                {FilterSql.EventsFrom} {FilterSql.Events(_sql, filter, command, withPlace)}
                GROUP BY {_placeKey} ORDER BY {order}, 1 LIMIT @limit OFFSET @offset
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
        const string withCluster = "e.cluster_id IS NOT NULL";
        return await PageAsync(
            command => $"SELECT count(DISTINCT e.cluster_id) {FilterSql.EventsFrom} {FilterSql.Events(_sql, filter, command, withCluster)}",
            command => $"""
                SELECT {_sql.Binary("e.cluster_id")},
                       (SELECT f.type FROM events f WHERE f.cluster_id = e.cluster_id GROUP BY f.type ORDER BY count(*) DESC, {_sql.Binary("f.type")} LIMIT 1),
                       count(*), count(DISTINCT e.document_id), {_sql.Binary(_sql.DayText("min(e.day)"))}, {_sql.DayText("max(e.day)")}
                {FilterSql.EventsFrom} {FilterSql.Events(_sql, filter, command, withCluster)}
                GROUP BY e.cluster_id ORDER BY {order}, 1 LIMIT @limit OFFSET @offset
                """,
            reader => new ClusterSummary(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                NullableString(reader, 4), NullableString(reader, 5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    private static ActorSummary ReadActor(DbDataReader reader) => new(
        reader.GetString(0), NullableString(reader, 1), reader.GetString(2), NullableString(reader, 3),
        reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));

    private string Order(Sort<SummarySortKey> sort, string eventsColumn, string nameColumn) =>
        _sql.Order(sort.Key == SummarySortKey.Name ? nameColumn : eventsColumn, sort.Descending);
}
