using Chronicle.Storage.Queries;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The WHERE clause of an <see cref="EventFilter"/> over <c>events e JOIN documents d</c>, with its values bound as
/// parameters (never spliced into the SQL); the PostgreSQL twin of <c>SqliteFilterSql</c>.
/// </summary>
internal static class PostgresFilterSql
{
    public const string EventsFrom = "FROM events e JOIN documents d ON d.id = e.document_id";

    /// <summary>The clause (starting with <c>WHERE</c>, or empty) for events; binds its parameters on <paramref name="command"/>.</summary>
    public static string Events(EventFilter filter, NpgsqlCommand command)
    {
        var conditions = new List<string>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            command.Parameters.AddWithValue(name, value);
        }

        if (filter.From is { } from)
        {
            Add("e.day >= @from", "from", from);
        }

        if (filter.To is { } to)
        {
            Add("e.day <= @to", "to", to);
        }

        AddShared(filter, Add);
        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }

    /// <summary>The clause for documents: dates bound the publication date, event fields need a matching event.</summary>
    public static string Documents(EventFilter filter, NpgsqlCommand command)
    {
        var conditions = new List<string>();
        var eventConditions = new List<string>();
        void Add(string condition, string name, object value)
        {
            (condition.StartsWith("d.", StringComparison.Ordinal) ? conditions : eventConditions).Add(condition);
            command.Parameters.AddWithValue(name, value);
        }

        if (filter.From is { } from)
        {
            Add("d.published >= @from", "from", from);
        }

        if (filter.To is { } to)
        {
            Add("d.published <= @to", "to", to);
        }

        AddShared(filter, Add);
        if (eventConditions.Count > 0)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND {string.Join(" AND ", eventConditions)})");
        }

        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }

    private static void AddShared(EventFilter filter, Action<string, string, object> add)
    {
        if (filter.Type is { } type)
        {
            add("e.type = @type", "type", type);
        }

        if (filter.Acled is { } acled)
        {
            add("(lower(e.json::jsonb -> 'acled' ->> 'event_type') = lower(@acled) OR lower(e.json::jsonb -> 'acled' ->> 'sub_event_type') = lower(@acled))",
                "acled", acled);
        }

        if (filter.Country is { } country)
        {
            add("e.country = @country", "country", country);
        }

        if (filter.Actor is { } actor)
        {
            add("EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND (a.actor_key = @actor OR lower(a.canonical) = lower(@actor)))",
                "actor", actor);
        }

        if (filter.Cluster is { } cluster)
        {
            add("e.cluster_id = @cluster", "cluster", cluster);
        }

        if (filter.Document is { } document)
        {
            add("e.document_id = @document", "document", document);
        }

        if (PostgresTextQuery.From(filter.Text) is { } match)
        {
            add("d.fts @@ to_tsquery('simple', @match)", "match", match);
        }
    }
}
