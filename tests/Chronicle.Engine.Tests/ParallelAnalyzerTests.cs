using Chronicle.Ingest;

namespace Chronicle.Engine.Tests;

public sealed class ParallelAnalyzerTests
{
    private static IEnumerable<ReadResult> Numbered(int count) =>
        Enumerable.Range(0, count).Select(i => (ReadResult)new DocumentRead(new Document($"doc{i}", null, null, i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Output_keeps_input_order_on_several_threads()
    {
        var analyzer = new ParallelAnalyzer(Pipeline.Of(new SlowerFirst()), threads: 4);

        var sources = analyzer.Analyze(Numbered(20)).Select(o => o.Analysis!.Document.Source).ToList();

        sources.ShouldBe(Enumerable.Range(0, 20).Select(i => $"doc{i}"));
    }

    [Fact]
    public void A_stage_that_throws_fails_that_document_only()
    {
        var analyzer = new ParallelAnalyzer(Pipeline.Of(new ThrowsOn("1")), threads: 2);

        var outcomes = analyzer.Analyze(Numbered(3)).ToList();

        outcomes.Count(o => o.Analysis is not null).ShouldBe(2);
        outcomes[1].Failure!.Reason.ShouldContain("analysis failed (InvalidOperationException: boom)");
        outcomes[1].Failure!.Reason.ShouldEndWith(" at ThrowsOn.Run");
        outcomes[1].Failure!.Source.ShouldBe("doc1");
    }

    [Fact]
    public void Read_failures_pass_through_in_place()
    {
        var analyzer = new ParallelAnalyzer(Pipeline.Empty, threads: 2);
        ReadResult[] inputs = [new ReadFailure("bad.txt", "empty input"), new DocumentRead(new Document("ok.txt", null, null, "x"))];

        var outcomes = analyzer.Analyze(inputs).ToList();

        outcomes[0].Failure!.Source.ShouldBe("bad.txt");
        outcomes[1].Analysis!.Document.Source.ShouldBe("ok.txt");
    }
}
