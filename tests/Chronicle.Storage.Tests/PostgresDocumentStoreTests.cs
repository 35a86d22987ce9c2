namespace Chronicle.Storage.Tests;

/// <summary>The store's behaviour on the PostgreSQL server of <c>CHRONICLE_TEST_PG</c>.</summary>
public sealed class PostgresDocumentStoreTests : DocumentStoreTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
