namespace Chronicle.Storage.Tests.Queries;

/// <summary>The read side's contract on a SQLite file (FTS5 full-text search).</summary>
public sealed class SqliteEventQueriesTests : EventQueriesTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
