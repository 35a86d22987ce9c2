using System.Globalization;
using System.Text.Json;
using Chronicle.Contract;
using Chronicle.Storage.Queries;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// Writes analyses and sightings inside an open transaction with three statements per batch whatever its size
/// (arrays unnested on the server), so a worker far from the database pays three round trips, not one per row.
/// </summary>
internal static class PostgresBatchWriter
{
    /// <summary>Writes the batch; returns how many documents were new.</summary>
    public static async Task<int> WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<Analysis> batch, IReadOnlyList<SourceSighting> sightings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var articles = batch.Select(ArticleMapper.ToWire).ToList();
        var inserted = await InsertDocumentsAsync(connection, batch, articles, now, cancellationToken).ConfigureAwait(false);
        await InsertEventsAsync(connection, articles.Where(a => inserted.Contains(a.Id)).DistinctBy(a => a.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var sources = articles.Select(a => (a.Id, a.Source)).Concat(sightings.Select(s => (s.Document.Value, s.Source))).ToList();
        await using var command = new NpgsqlCommand("""
            INSERT INTO document_sources (document_id, source, first_seen)
            SELECT s.id, s.source, @now FROM unnest(@ids, @sources) AS s(id, source)
            WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = s.id)
            ON CONFLICT DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("ids", sources.Select(s => s.Item1).ToArray());
        command.Parameters.AddWithValue("sources", sources.Select(s => s.Item2).ToArray());
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return inserted.Count;
    }

    private static async Task<HashSet<string>> InsertDocumentsAsync(
        NpgsqlConnection connection, IReadOnlyList<Analysis> batch, List<ArticleJson> articles, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO documents (id, source, title, published, text, pipeline, analysis, ingested_at)
            SELECT d.*, @now FROM unnest(@ids, @sources, @titles, @published, @texts, @pipelines, @analyses)
                AS d(id, source, title, published, text, pipeline, analysis)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, connection);
        command.Parameters.AddWithValue("ids", articles.Select(a => a.Id).ToArray());
        command.Parameters.AddWithValue("sources", articles.Select(a => a.Source).ToArray());
        command.Parameters.Add(new NpgsqlParameter("titles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = articles.Select(a => (object?)a.Title ?? DBNull.Value).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("published", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = batch.Select(a => a.Document.Published is { } d ? (object)d : DBNull.Value).ToArray() });
        command.Parameters.AddWithValue("texts", articles.Select(a => a.Text).ToArray());
        command.Parameters.AddWithValue("pipelines", articles.Select(a => a.Pipeline).ToArray());
        command.Parameters.AddWithValue("analyses", articles.Select(ContractJson.ToLine).ToArray());
        command.Parameters.AddWithValue("now", now);
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            inserted.Add(reader.GetString(0));
        }

        return inserted;
    }

    private static async Task InsertEventsAsync(NpgsqlConnection connection, List<ArticleJson> articles, CancellationToken cancellationToken)
    {
        var events = articles.SelectMany(a => a.Events.Select((e, i) => (Article: a, Event: e, Ordinal: i))).ToList();
        if (events.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO events (id, document_id, ordinal, type, mode, date_value, country, lat, lon, modality, confidence, cluster_id, json, day)
            SELECT * FROM unnest(@ids, @documents, @ordinals, @types, @modes, @dates, @countries, @lats, @lons, @modalities, @confidences, @clusters, @json, @days)
            """, connection);
        command.Parameters.AddWithValue("ids", events.Select(e => e.Event.Id).ToArray());
        command.Parameters.AddWithValue("documents", events.Select(e => e.Article.Id).ToArray());
        command.Parameters.AddWithValue("ordinals", events.Select(e => e.Ordinal).ToArray());
        command.Parameters.AddWithValue("types", events.Select(e => e.Event.Type).ToArray());
        AddNullable(command, "modes", NpgsqlDbType.Text, events.Select(e => (object?)e.Event.Mode));
        AddNullable(command, "dates", NpgsqlDbType.Text, events.Select(e => (object?)e.Event.Date?.Value));
        AddNullable(command, "countries", NpgsqlDbType.Text, events.Select(e => (object?)e.Event.Place?.Country));
        AddNullable(command, "lats", NpgsqlDbType.Double, events.Select(e => (object?)e.Event.Place?.Lat));
        AddNullable(command, "lons", NpgsqlDbType.Double, events.Select(e => (object?)e.Event.Place?.Lon));
        command.Parameters.AddWithValue("modalities", events.Select(e => e.Event.Modality).ToArray());
        command.Parameters.AddWithValue("confidences", events.Select(e => (double)e.Event.Confidence).ToArray());
        AddNullable(command, "clusters", NpgsqlDbType.Text, events.Select(e => (object?)e.Event.ClusterId));
        command.Parameters.AddWithValue("json", events.Select(e => JsonSerializer.Serialize(e.Event, ContractJson.Default.EventJson)).ToArray());
        AddNullable(command, "days", NpgsqlDbType.Date, events.Select(e => EventDay.Of(e.Event.Date?.Value, e.Article.Published) is { } day
            ? (object)DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await InsertActorsAsync(connection, events.Select(e => e.Event).ToList(), cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertActorsAsync(NpgsqlConnection connection, List<EventJson> events, CancellationToken cancellationToken)
    {
        var actors = events.SelectMany(e => e.Actors.Select((a, i) => (Event: e.Id, Ordinal: i, Actor: a))).ToList();
        if (actors.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO event_actors (event_id, ordinal, role, actor_key, entity_id, canonical, country)
            SELECT * FROM unnest(@events, @ordinals, @roles, @keys, @entities, @canonicals, @countries)
            """, connection);
        command.Parameters.AddWithValue("events", actors.Select(a => a.Event).ToArray());
        command.Parameters.AddWithValue("ordinals", actors.Select(a => a.Ordinal).ToArray());
        command.Parameters.AddWithValue("roles", actors.Select(a => a.Actor.Role).ToArray());
        command.Parameters.AddWithValue("keys", actors.Select(a => ActorKey.Of(a.Actor.EntityId, a.Actor.Canonical)).ToArray());
        AddNullable(command, "entities", NpgsqlDbType.Text, actors.Select(a => (object?)a.Actor.EntityId));
        command.Parameters.AddWithValue("canonicals", actors.Select(a => a.Actor.Canonical).ToArray());
        AddNullable(command, "countries", NpgsqlDbType.Text, actors.Select(a => (object?)a.Actor.Country));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddNullable(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<object?> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.Select(v => v ?? DBNull.Value).ToArray() });
}
