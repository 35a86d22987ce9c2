using Chronicle.Storage.Queries;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// The read side over a SQLite file. Each call opens its own pooled read-only connection, so requests run side by
/// side with each other and with a writer (WAL mode). The file must exist and be migrated (open the store first).
/// </summary>
public static class SqliteEventQueries
{
    /// <summary>Queries the SQLite file at <paramref name="path"/>.</summary>
    public static SqlEventQueries Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return new SqlEventQueries(new SqliteDialect(), new SqliteConnections(connectionString));
    }
}
