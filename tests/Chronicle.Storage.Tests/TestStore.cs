using Chronicle.Storage.Postgres;
using Chronicle.Storage.Queries;
using Chronicle.Storage.Sqlite;

namespace Chronicle.Storage.Tests;

/// <summary>The two stores the storage tests run on.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, empty database of one kind, that tests open (and reopen) as an <see cref="IDocumentStore"/>; what it opens
/// is closed (again, if the test closed it) before the database is dropped.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly List<IAsyncDisposable> _opened = [];

    private TestStore(StoreKind kind, string? directory, PostgresTestDatabase? postgres)
    {
        Kind = kind;
        _directory = directory;
        Postgres = postgres;
    }

    public StoreKind Kind { get; }

    public PostgresTestDatabase? Postgres { get; }

    public string SqlitePath => Path.Combine(_directory!, "test.db");

    public static async Task<TestStore> CreateAsync(StoreKind kind) => kind == StoreKind.Postgres
        ? new TestStore(kind, null, await PostgresTestDatabase.CreateAsync())
        : new TestStore(kind, Directory.CreateTempSubdirectory("chronicle-store-").FullName, null);

    public async Task<IDocumentStore> OpenAsync() => Opened<IDocumentStore>(Kind == StoreKind.Postgres
        ? await PostgresDocumentStore.OpenAsync(Postgres!.ConnectionString, TimeProvider.System)
        : await SqliteDocumentStore.OpenAsync(SqlitePath, TimeProvider.System));

    /// <summary>The read side over the same database.</summary>
    public IEventQueries OpenQueries() => Opened(Kind == StoreKind.Postgres
        ? PostgresEventQueries.Open(Postgres!.ConnectionString)
        : SqliteEventQueries.Open(SqlitePath));

    /// <summary>The latest schema version of this kind of store.</summary>
    public int LatestSchemaVersion => Kind == StoreKind.Postgres ? PostgresSchema.Migrations[^1].Version : SqliteSchema.Migrations[^1].Version;

    public async ValueTask DisposeAsync()
    {
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            await opened.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }

        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private T Opened<T>(T opened)
        where T : IAsyncDisposable
    {
        _opened.Add(opened);
        return opened;
    }
}
