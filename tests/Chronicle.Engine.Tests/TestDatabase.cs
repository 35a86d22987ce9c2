using Chronicle.Storage.Tests;

namespace Chronicle.Engine.Tests;

/// <summary>The stores the engine's tests run on.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>A fresh database of one kind, named as <c>--db</c> names it: a SQLite path or a PostgreSQL connection string.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly PostgresTestDatabase? _postgres;

    private TestDatabase(string name, string? directory, PostgresTestDatabase? postgres)
    {
        Name = name;
        _directory = directory;
        _postgres = postgres;
    }

    /// <summary>What <c>--db</c> is given.</summary>
    public string Name { get; }

    public static async Task<TestDatabase> CreateAsync(StoreKind kind)
    {
        if (kind == StoreKind.Postgres)
        {
            var postgres = await PostgresTestDatabase.CreateAsync();
            return new TestDatabase(postgres.ConnectionString, null, postgres);
        }

        var directory = Directory.CreateTempSubdirectory("chronicle-engine-db-").FullName;
        return new TestDatabase(Path.Combine(directory, "test.db"), directory, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
