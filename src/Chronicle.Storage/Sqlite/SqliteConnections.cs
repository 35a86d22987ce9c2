using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Chronicle.Storage.Sqlite;

/// <summary>
/// Connections to one SQLite file as a <see cref="DbDataSource"/> (the provider has none), so the shared queries open
/// SQLite and PostgreSQL connections the same way; pooling is the provider's, by connection string.
/// </summary>
internal sealed class SqliteConnections(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;

    protected override DbConnection CreateDbConnection() => new SqliteConnection(connectionString);
}
