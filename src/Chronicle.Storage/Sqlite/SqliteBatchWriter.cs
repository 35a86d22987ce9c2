using System.Text.Json;
using Chronicle.Contract;
using Chronicle.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>Writes analyses inside one open transaction, reusing prepared commands.</summary>
internal sealed class SqliteBatchWriter
{
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _source;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _actor;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, string now)
    {
        _document = Command(connection, transaction, """
            INSERT INTO documents (id, source, title, published, text, pipeline, analysis, ingested_at)
            VALUES ($id, $source, $title, $published, $text, $pipeline, $analysis, $now)
            ON CONFLICT (id) DO NOTHING
            """, "$id", "$source", "$title", "$published", "$text", "$pipeline", "$analysis");
        _document.Parameters.AddWithValue("$now", now);
        _source = Command(connection, transaction,
            "INSERT INTO document_sources (document_id, source, first_seen) VALUES ($id, $source, $now) ON CONFLICT DO NOTHING",
            "$id", "$source");
        _source.Parameters.AddWithValue("$now", now);
        _event = Command(connection, transaction, """
            INSERT INTO events (id, document_id, ordinal, type, mode, date_value, country, lat, lon, modality, confidence, cluster_id, json, day)
            VALUES ($id, $document, $ordinal, $type, $mode, $date, $country, $lat, $lon, $modality, $confidence, $cluster, $json, $day)
            """, "$id", "$document", "$ordinal", "$type", "$mode", "$date", "$country", "$lat", "$lon", "$modality", "$confidence", "$cluster", "$json", "$day");
        _actor = Command(connection, transaction, """
            INSERT INTO event_actors (event_id, ordinal, role, actor_key, entity_id, canonical, country)
            VALUES ($event, $ordinal, $role, $key, $entity, $canonical, $country)
            """, "$event", "$ordinal", "$role", "$key", "$entity", "$canonical", "$country");
    }

    /// <summary>Writes one analysis; false when its document was stored already.</summary>
    public async Task<bool> WriteAsync(Analysis analysis, CancellationToken cancellationToken)
    {
        var article = ArticleMapper.ToWire(analysis);
        Set(_document, article.Id, article.Source, article.Title, article.Published, article.Text, article.Pipeline, ContractJson.ToLine(article));
        var inserted = await _document.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        await WriteSourceAsync(article.Id, article.Source, cancellationToken).ConfigureAwait(false);
        if (!inserted)
        {
            return false;
        }

        for (var i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            Set(_event, e.Id, article.Id, i, e.Type, e.Mode, e.Date?.Value, e.Place?.Country, e.Place?.Lat, e.Place?.Lon,
                e.Modality, e.Confidence, e.ClusterId, JsonSerializer.Serialize(e, ContractJson.Default.EventJson),
                EventDay.Of(e.Date?.Value, article.Published));
            await _event.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < e.Actors.Count; j++)
            {
                var actor = e.Actors[j];
                Set(_actor, e.Id, j, actor.Role, ActorKey.Of(actor.EntityId, actor.Canonical), actor.EntityId, actor.Canonical, actor.Country);
                await _actor.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    /// <summary>Records that a stored document was also read from <paramref name="source"/>.</summary>
    public async Task WriteSourceAsync(string documentId, string source, CancellationToken cancellationToken)
    {
        Set(_source, documentId, source);
        await _source.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
