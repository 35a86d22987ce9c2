using System.Text.Json;
using Chronicle.Ingest;
using Chronicle.Testing;

namespace Chronicle.Engine.Tests;

/// <summary>With the full pipeline: entity, event and cluster ids do not depend on how articles are split into runs.</summary>
public sealed class IngestIdentityTests
{
    private static readonly Lazy<Pipeline> Full = new(() => PipelineFactory.Create(new DataFiles(Path.Combine(RepositoryPaths.Root, "data"))));

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.Postgres)]
    public async Task Articles_ingested_in_two_runs_get_the_entity_and_cluster_ids_of_one_run(StoreKind kind)
    {
        var day = new DateOnly(2024, 3, 13);
        var a = Read("a", day, "Thousands of farmers protested in Lyon on Tuesday against new fuel taxes, union leader Marie Talbert said.");
        var b = Read("b", day, "Farmers demonstrated in Lyon on Tuesday against the fuel taxes, Marie Talbert told reporters.");
        await using var together = await TestDatabase.CreateAsync(kind);
        await using var apart = await TestDatabase.CreateAsync(kind);
        await using (var store = await StoreFactory.OpenAsync(together.Name, TimeProvider.System))
        {
            await new IngestRunner(Full.Value, store).RunAsync([a, b], IncrementalClusterTests.Fail);
        }

        foreach (var run in new[] { a, b })
        {
            await using var store = await StoreFactory.OpenAsync(apart.Name, TimeProvider.System);
            await new IngestRunner(Full.Value, store).RunAsync([run], IncrementalClusterTests.Fail);
        }

        var expected = await IdsAsync(together.Name);
        (await IdsAsync(apart.Name)).ShouldBe(expected);
        var protests = expected.Where(x => x.Contains(" event PROTEST ", StringComparison.Ordinal)).Select(x => x.Split(' ')[3]).ToList();
        protests.Count.ShouldBe(2);
        protests.Distinct().Count().ShouldBe(1);
        expected.ShouldContain(x => x.StartsWith("a entity Marie Talbert E", StringComparison.Ordinal));
    }

    /// <summary>One line per entity (source, text, id) and per event (source, type, cluster id, actor ids).</summary>
    private static async Task<List<string>> IdsAsync(string database)
    {
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        var lines = new List<string>();
        await foreach (var json in store.ReadArticlesJsonAsync())
        {
            var article = JsonDocument.Parse(json).RootElement;
            var source = article.GetProperty("source").GetString();
            lines.AddRange(article.GetProperty("entities").EnumerateArray()
                .Select(e => $"{source} entity {e.GetProperty("text").GetString()} {e.GetProperty("entity_id").GetString()}"));
            lines.AddRange(article.GetProperty("events").EnumerateArray().Select(e =>
                $"{source} event {e.GetProperty("type").GetString()} {e.GetProperty("cluster_id").GetString()} {e.GetProperty("id").GetString()} "
                + string.Join(",", e.GetProperty("actors").EnumerateArray().Select(x => x.GetProperty("entity_id").ToString()))));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static DocumentRead Read(string source, DateOnly published, string text) => new(new Document(source, null, published, text));
}
