using System.Data.Common;
using System.Globalization;
using Chronicle.Storage.Queries;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// PostgreSQL's SQL for the read side, made to answer as SQLite does: text sorts in byte order (<c>COLLATE "C"</c>)
/// whatever the database's collation, nulls sort as SQLite sorts them, days come back as <c>yyyy-MM-dd</c>. Full text
/// uses the <c>tsvector</c> column and its GIN index (see <see cref="PostgresTextQuery"/> for how words are matched).
/// </summary>
internal sealed class PostgresDialect : ISqlDialect
{
    public object Day(DateOnly day) => day;

    public string DayText(string expression) => $"to_char({expression}, 'YYYY-MM-DD')";

    public string Binary(string expression) => expression + " COLLATE \"C\"";

    public string Order(string expression, bool descending) => expression + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST");

    // lower() on both sides rather than ILIKE: event_actors has an index on lower(canonical), and no pattern characters.
    public string EqualsIgnoreCase(string left, string right) => $"lower({left}) = lower({right})";

    public string JsonText(string column, string path)
    {
        var keys = path.Split('.');
        return $"({column}::jsonb{string.Concat(keys[..^1].Select(key => $" -> '{key}'"))} ->> '{keys[^1]}')";
    }

    public string? TextQuery(string? words) => PostgresTextQuery.From(words);

    public string TextMatch(string parameter) => $"d.fts @@ to_tsquery('simple', {parameter})";

    public string Period(TimelineInterval interval) => interval switch
    {
        TimelineInterval.Week => "to_char(date_trunc('week', e.day), 'YYYY-MM-DD')",
        TimelineInterval.Month => "to_char(e.day, 'YYYY-MM')",
        _ => "to_char(e.day, 'YYYY-MM-DD')",
    };

    public string IngestedAt(DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
