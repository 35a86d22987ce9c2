using Chronicle.Storage.Postgres;
using Chronicle.Storage.Queue;

namespace Chronicle.Storage.Tests;

/// <summary>The work queue on a real PostgreSQL server (skipped when none is configured).</summary>
public sealed class PostgresQueueStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private PostgresTestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static Document Article(int i, string source = "in") => new($"{source}:{i}", null, new DateOnly(2024, 5, 1), $"Article number {i} about a march.");

    private static Analysis Analysed(Document document) => new(document, Annotations.Empty, "test@1");

    private Task<PostgresQueueStore> OpenAsync(int maxAttempts = 3) =>
        PostgresQueueStore.OpenAsync(_database.ConnectionString, TimeProvider.System, maxAttempts);

    [Fact]
    public async Task A_body_text_is_queued_once_and_its_other_sources_are_kept_for_the_store()
    {
        await using var queue = await OpenAsync();
        var first = await queue.EnqueueAsync([Article(1), Article(2), Article(1, "mirror")]);
        var again = await queue.EnqueueAsync([Article(2, "other")]);

        first.ShouldBe(new EnqueueOutcome(2, 1));
        again.ShouldBe(new EnqueueOutcome(0, 1));
        var claim = await queue.ClaimAsync("w", 10, Minute);
        claim.Documents.Select(d => d.Source).ShouldBe(["in:1", "in:2"]);
        (await queue.CompleteAsync(claim, [.. claim.Documents.Select(Analysed)], [])).ShouldBe(new CompleteOutcome(2, 0, 0, 0));
        (await _database.ScalarAsync<long>("SELECT count(*) FROM document_sources")).ShouldBe(4);
        (await queue.StatisticsAsync()).ShouldBe(new QueueStatistics(0, 0, 0, 2, 0));
    }

    [Fact]
    public async Task Concurrent_claims_never_share_an_article()
    {
        await using var queue = await OpenAsync();
        await queue.EnqueueAsync([.. Enumerable.Range(0, 200).Select(i => Article(i))]);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => queue.ClaimAsync($"w{w}", 30, Minute)));

        var claimed = claims.SelectMany(c => c.Documents.Select(d => d.Id)).ToList();
        claimed.Count.ShouldBe(200);
        claimed.Distinct().Count().ShouldBe(200);
    }

    [Fact]
    public async Task An_expired_claim_is_taken_again_and_its_first_worker_writes_nothing()
    {
        await using var queue = await OpenAsync();
        await queue.EnqueueAsync([Article(1), Article(2)]);
        var dead = await queue.ClaimAsync("dead", 10, TimeSpan.FromMilliseconds(200));
        (await queue.ClaimAsync("alive", 10, Minute)).IsEmpty.ShouldBeTrue();
        (await queue.StatisticsAsync()).Claimed.ShouldBe(2);

        await Task.Delay(400);
        (await queue.StatisticsAsync()).Expired.ShouldBe(2);
        var retaken = await queue.ClaimAsync("alive", 10, Minute);
        var late = await queue.CompleteAsync(dead, [.. dead.Documents.Select(Analysed)], []);
        var done = await queue.CompleteAsync(retaken, [.. retaken.Documents.Select(Analysed)], []);

        retaken.Documents.Length.ShouldBe(2);
        late.ShouldBe(new CompleteOutcome(0, 0, 0, 2));
        done.ShouldBe(new CompleteOutcome(2, 0, 0, 0));
        (await _database.ScalarAsync<long>("SELECT count(*) FROM documents")).ShouldBe(2);
        (await _database.ScalarAsync<int>("SELECT max(attempts) FROM queue")).ShouldBe(2);
    }

    [Fact]
    public async Task A_renewed_claim_outlives_its_first_lease()
    {
        await using var queue = await OpenAsync();
        await queue.EnqueueAsync([Article(1)]);
        var claim = await queue.ClaimAsync("slow", 10, TimeSpan.FromMilliseconds(300));

        (await queue.RenewAsync(claim, Minute)).ShouldBeTrue();
        await Task.Delay(500);

        (await queue.ClaimAsync("other", 10, Minute)).IsEmpty.ShouldBeTrue();
        (await queue.CompleteAsync(claim, [Analysed(claim.Documents[0])], [])).Stored.ShouldBe(1);
    }

    [Fact]
    public async Task Failures_are_recorded_with_their_reason_and_an_article_that_kills_every_worker_is_given_up()
    {
        await using var queue = await OpenAsync(maxAttempts: 2);
        await queue.EnqueueAsync([Article(1), Article(2)]);
        var claim = await queue.ClaimAsync("w", 1, Minute);
        await queue.CompleteAsync(claim, [], [new QueueFailure(claim.Documents[0].Id, "analysis failed (boom)")]);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await queue.ClaimAsync("doomed", 1, TimeSpan.FromMilliseconds(100))).IsEmpty.ShouldBeFalse();
            await Task.Delay(200);
        }

        (await queue.ClaimAsync("w", 1, Minute)).IsEmpty.ShouldBeTrue();
        (await queue.StatisticsAsync()).ShouldBe(new QueueStatistics(0, 0, 0, 0, 2));
        (await _database.ScalarAsync<string>("SELECT error FROM queue WHERE seq = 1")).ShouldBe("analysis failed (boom)");
    }

    [Fact]
    public async Task An_article_stored_by_ingest_before_is_not_queued_again()
    {
        await using (var store = await PostgresDocumentStore.OpenAsync(_database.ConnectionString, TimeProvider.System))
        {
            await store.StoreAsync([Analysed(Article(1))]);
        }

        await using var queue = await OpenAsync();
        (await queue.EnqueueAsync([Article(1, "again")])).ShouldBe(new EnqueueOutcome(0, 1));
        (await queue.ClaimAsync("w", 10, Minute)).IsEmpty.ShouldBeTrue();
        (await _database.ScalarAsync<long>("SELECT count(*) FROM document_sources")).ShouldBe(2);
    }
}
