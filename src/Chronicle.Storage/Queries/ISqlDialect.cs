using System.Data.Common;

namespace Chronicle.Storage.Queries;

/// <summary>
/// What the read side's SQL needs to know about one database: every piece returned is SQL written by the
/// implementation, never user input (values are bound as parameters, named <c>@name</c>, which SQLite and Npgsql
/// both accept). The queries in <see cref="SqlEventQueries"/> are written once over these pieces.
/// </summary>
internal interface ISqlDialect
{
    /// <summary>A date filter's value as the day columns hold it (SQLite: <c>yyyy-MM-dd</c> text; PostgreSQL: a date).</summary>
    object Day(DateOnly day);

    /// <summary>A day column or aggregate of one as <c>yyyy-MM-dd</c> text.</summary>
    string DayText(string expression);

    /// <summary>A text expression that sorts in byte order, as SQLite's BINARY collation does.</summary>
    string Binary(string expression);

    /// <summary>An ORDER BY term with SQLite's placing of nulls: first ascending, last descending.</summary>
    string Order(string expression, bool descending);

    /// <summary>A condition that <paramref name="left"/> equals <paramref name="right"/> ignoring case.</summary>
    string EqualsIgnoreCase(string left, string right);

    /// <summary>The text at a dotted <paramref name="path"/> (<c>place.name</c>) in a JSON text column.</summary>
    string JsonText(string column, string path);

    /// <summary>What <paramref name="words"/> become as this database's full-text query, or null when there are none.</summary>
    string? TextQuery(string? words);

    /// <summary>A condition on <c>documents d</c>: its title or text matches the full-text query in <paramref name="parameter"/>.</summary>
    string TextMatch(string parameter);

    /// <summary>A timeline bar's label for the event's first day <c>e.day</c>.</summary>
    string Period(TimelineInterval interval);

    /// <summary>A document's <c>ingested_at</c> as ISO 8601 UTC text.</summary>
    string IngestedAt(DbDataReader reader, int ordinal);
}
