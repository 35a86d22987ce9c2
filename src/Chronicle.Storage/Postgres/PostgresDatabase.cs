using Npgsql;

namespace Chronicle.Storage.Postgres;

/// <summary>Opening a database and the small queries the store and the queue share.</summary>
internal static class PostgresDatabase
{
    /// <summary>A data source (a connection pool) for <paramref name="database"/>, its schema migrated, and its description.</summary>
    public static async Task<(NpgsqlDataSource DataSource, string Description)> OpenAsync(string database, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var builder = PostgresConnection.Parse(database);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "chronicle";
        }

        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await PostgresMigrator.MigrateAsync(dataSource, PostgresSchema.Migrations, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return (dataSource, PostgresConnection.Describe(builder));
    }

    public static async Task<IReadOnlySet<DocumentId>> FindExistingAsync(NpgsqlConnection connection, IReadOnlyCollection<DocumentId> ids, CancellationToken cancellationToken)
    {
        var existing = new HashSet<DocumentId>();
        await using var command = new NpgsqlCommand("SELECT id FROM documents WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids.Select(id => id.Value).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            existing.Add(new DocumentId(reader.GetString(0)));
        }

        return existing;
    }
}
