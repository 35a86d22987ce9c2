using System.Text.Json;
using Chronicle.Ingest;
using Chronicle.Storage.Sqlite;
using Chronicle.Testing;

namespace Chronicle.Engine.Tests;

public sealed class IngestClusterTests : IDisposable
{
    private static readonly Lazy<Pipeline> Full = new(() => PipelineFactory.Create(new DataFiles(Path.Combine(RepositoryPaths.Root, "data"))));
    private readonly string _directory = Directory.CreateTempSubdirectory("chronicle-clusters-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Two_reports_of_one_protest_share_a_cluster_and_a_protest_elsewhere_does_not()
    {
        var day = new DateOnly(2024, 3, 13);
        await using var store = await SqliteDocumentStore.OpenAsync(Path.Combine(_directory, "c.db"), TimeProvider.System);
        var runner = new IngestRunner(Full.Value, store);

        await runner.RunAsync(
            [
                Read("a", day, "Thousands of farmers protested in Lyon on Tuesday against new fuel taxes."),
                Read("b", day, "Farmers demonstrated in Lyon on Tuesday against the fuel taxes, police said."),
                Read("c", day, "Students protested in Lille on Tuesday against exam reforms."),
            ],
            failure => throw new InvalidOperationException(failure.ToString()));

        var protests = new Dictionary<string, string?>();
        await foreach (var json in store.ReadArticlesJsonAsync())
        {
            using var article = JsonDocument.Parse(json);
            var e = article.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "PROTEST");
            protests[article.RootElement.GetProperty("source").GetString()!] = e.GetProperty("cluster_id").GetString();
        }

        protests["a"].ShouldNotBeNull();
        protests["b"].ShouldBe(protests["a"]);
        protests["c"].ShouldNotBe(protests["a"]);
    }

    private static DocumentRead Read(string source, DateOnly published, string text) => new(new Document(source, null, published, text));
}
