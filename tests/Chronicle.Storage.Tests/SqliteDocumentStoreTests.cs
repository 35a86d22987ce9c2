namespace Chronicle.Storage.Tests;

/// <summary>The store's behaviour on a SQLite file.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
