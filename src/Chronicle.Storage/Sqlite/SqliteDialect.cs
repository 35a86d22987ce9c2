using System.Data.Common;
using System.Globalization;
using Chronicle.Storage.Queries;

namespace Chronicle.Storage.Sqlite;

/// <summary>SQLite's SQL for the read side: days are <c>yyyy-MM-dd</c> text, full text is FTS5, JSON is <c>json_extract</c>.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public object Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string DayText(string expression) => expression;

    public string Binary(string expression) => expression;

    public string Order(string expression, bool descending) => expression + (descending ? " DESC" : " ASC");

    public string EqualsIgnoreCase(string left, string right) => $"{left} = {right} COLLATE NOCASE";

    public string JsonText(string column, string path) => $"json_extract({column}, '$.{path}')";

    public string? TextQuery(string? words) => FullTextQuery.From(words);

    public string TextMatch(string parameter) => $"d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {parameter})";

    public string Period(TimelineInterval interval) => interval switch
    {
        TimelineInterval.Week => "date(e.day, '-6 days', 'weekday 1')",
        TimelineInterval.Month => "substr(e.day, 1, 7)",
        _ => "e.day",
    };

    public string IngestedAt(DbDataReader reader, int ordinal) => reader.GetString(ordinal);
}
