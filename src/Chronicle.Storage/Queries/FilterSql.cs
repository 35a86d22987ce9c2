using System.Data.Common;

namespace Chronicle.Storage.Queries;

/// <summary>
/// The WHERE clause of an <see cref="EventFilter"/> over <c>events e JOIN documents d</c>, with its values bound as
/// parameters on the command (never spliced into the SQL); the database's differences come from the dialect.
/// </summary>
internal static class FilterSql
{
    public const string EventsFrom = "FROM events e JOIN documents d ON d.id = e.document_id";

    /// <summary>
    /// The clause (starting with <c>WHERE</c>, or empty) for events, and <paramref name="required"/> (fixed SQL, never
    /// input) besides; binds its parameters on <paramref name="command"/>.
    /// </summary>
    public static string Events(ISqlDialect dialect, EventFilter filter, DbCommand command, params string[] required)
    {
        var conditions = new List<string>();
        Bind(dialect, filter, command, "e.day", conditions, conditions);
        conditions.AddRange(required);
        return Where(conditions);
    }

    /// <summary>The clause for documents: dates bound the publication date, event fields need a matching event.</summary>
    public static string Documents(ISqlDialect dialect, EventFilter filter, DbCommand command)
    {
        var conditions = new List<string>();
        var eventConditions = new List<string>();
        Bind(dialect, filter, command, "d.published", conditions, eventConditions);
        if (eventConditions.Count > 0)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND {string.Join(" AND ", eventConditions)})");
        }

        return Where(conditions);
    }

    /// <summary>Adds a parameter named <paramref name="name"/> (with its <c>@</c>) holding <paramref name="value"/>.</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// Binds the filter: the dates bound <paramref name="dayColumn"/> and the full-text words the document, both in
    /// <paramref name="onDocument"/>; the event fields go to <paramref name="onEvent"/>.
    /// </summary>
    private static void Bind(
        ISqlDialect dialect, EventFilter filter, DbCommand command, string dayColumn, List<string> onDocument, List<string> onEvent)
    {
        void Add(List<string> conditions, string condition, string name, object value)
        {
            conditions.Add(condition);
            command.AddParameter(name, value);
        }

        if (filter.From is { } from)
        {
            Add(onDocument, $"{dayColumn} >= @from", "@from", dialect.Day(from));
        }

        if (filter.To is { } to)
        {
            Add(onDocument, $"{dayColumn} <= @to", "@to", dialect.Day(to));
        }

        if (filter.Type is { } type)
        {
            Add(onEvent, "e.type = @type", "@type", type);
        }

        if (filter.Acled is { } acled)
        {
            Add(onEvent, $"({dialect.EqualsIgnoreCase(dialect.JsonText("e.json", "acled.event_type"), "@acled")} OR {dialect.EqualsIgnoreCase(dialect.JsonText("e.json", "acled.sub_event_type"), "@acled")})",
                "@acled", acled);
        }

        if (filter.Country is { } country)
        {
            Add(onEvent, "e.country = @country", "@country", country);
        }

        if (filter.Actor is { } actor)
        {
            Add(onEvent, $"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND (a.actor_key = @actor OR {dialect.EqualsIgnoreCase("a.canonical", "@actor")}))",
                "@actor", actor);
        }

        if (filter.Cluster is { } cluster)
        {
            Add(onEvent, "e.cluster_id = @cluster", "@cluster", cluster);
        }

        if (filter.Document is { } document)
        {
            Add(onEvent, "e.document_id = @document", "@document", document);
        }

        if (filter.MinConfidence is { } least)
        {
            Add(onEvent, "e.confidence >= @minConfidence", "@minConfidence", least);
        }

        if (dialect.TextQuery(filter.Text) is { } match)
        {
            Add(onDocument, dialect.TextMatch("@match"), "@match", match);
        }
    }

    private static string Where(List<string> conditions) => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
}
