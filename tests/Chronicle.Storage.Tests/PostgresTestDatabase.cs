using Npgsql;

namespace Chronicle.Storage.Tests;

/// <summary>
/// A fresh schema on the PostgreSQL server named by <c>CHRONICLE_TEST_PG</c> (an Npgsql connection string; .ci/run
/// starts a server and sets it), dropped afterwards. Tests that need it are skipped only when no server is configured.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "CHRONICLE_TEST_PG";

    private readonly string _server;

    private PostgresTestDatabase(string server, string schema)
    {
        _server = server;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
    }

    public string Schema { get; }

    /// <summary>Connects to the test schema: what <c>--db</c> is given.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{Variable} is not set: no PostgreSQL server is configured (.ci/run starts one and sets it).");
        }

        var database = new PostgresTestDatabase(server, "t_" + Guid.NewGuid().ToString("N"));
        await database.ExecuteOnServerAsync($"CREATE SCHEMA {database.Schema}");
        return database;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
