namespace Chronicle.Core.Tests;

public sealed class PipelineTests
{
    private sealed class CountWords : IStage
    {
        public string Name => "count";

        public string Version => "1";

        public Annotations Run(Document document, Annotations found) =>
            found with { Tokens = [.. document.Text.Split(' ').Select((_, i) => new Token(new TextSpan(i, i), TokenKind.Word))] };
    }

    [Fact]
    public void Stages_run_in_order_and_the_version_names_each_stage()
    {
        var pipeline = Pipeline.Of(new CountWords());
        var analysis = pipeline.Run(new Document("x", null, null, "one two three"));
        analysis.Annotations.Tokens.Length.ShouldBe(3);
        analysis.PipelineVersion.ShouldBe("count@1");
    }

    [Fact]
    public void Timings_are_summed_per_stage()
    {
        var timings = new StageTimings();
        var pipeline = Pipeline.Of(new CountWords());
        pipeline.Run(new Document("x", null, null, "a b"), timings);
        pipeline.Run(new Document("y", null, null, "c d"), timings);
        timings.Elapsed.Keys.ShouldBe(["count"]);
        // CountWords builds an array of tokens for each document: its bytes are counted against the stage.
        timings.Allocated.Keys.ShouldBe(["count"]);
        timings.Allocated["count"].ShouldBeGreaterThan(0);
    }
}
