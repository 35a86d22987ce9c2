namespace Chronicle.Storage.Tests.Queries;

/// <summary>The read side's contract on the PostgreSQL server of <c>CHRONICLE_TEST_PG</c> (tsvector full-text search).</summary>
public sealed class PostgresEventQueriesTests : EventQueriesTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
