using Chronicle.Storage.Queries;
using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>
/// The read side over a PostgreSQL database, with the behaviour of the SQLite one (see <see cref="PostgresDialect"/>).
/// Each call takes a pooled connection, so requests run side by side. The database must be migrated (open the store first).
/// </summary>
public static class PostgresEventQueries
{
    /// <summary>Queries the database a <c>postgres://</c> URL or a connection string names.</summary>
    public static SqlEventQueries Open(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var builder = PostgresConnection.Parse(database);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "chronicle-queries";
        }

        return new SqlEventQueries(new PostgresDialect(), NpgsqlDataSource.Create(builder));
    }
}
