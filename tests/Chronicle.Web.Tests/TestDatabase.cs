using Chronicle.Storage.Sqlite;
using Chronicle.Storage.Tests.Queries;

namespace Chronicle.Web.Tests;

/// <summary>
/// A fresh SQLite file holding the storage tests' three invented articles (<see cref="QuerySamples"/>): two reports
/// of one march in a city (one cluster), and a shelling elsewhere. Every test gets its own file.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-web-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "web.db");

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var store = await SqliteDocumentStore.OpenAsync(database.Path, TimeProvider.System);
        await store.StoreAsync(QuerySamples.Articles);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
