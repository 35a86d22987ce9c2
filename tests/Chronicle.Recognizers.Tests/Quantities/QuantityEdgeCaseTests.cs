using System.Text;
using Chronicle.Recognizers.Quantities;

namespace Chronicle.Recognizers.Tests.Quantities;

/// <summary>Pathological inputs: empty, huge, unbalanced, very long numbers.</summary>
public sealed class QuantityEdgeCaseTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("a")]
    [InlineData("$")]
    [InlineData("between 20 and")]
    [InlineData("at least")]
    [InlineData("hundreds of")]
    [InlineData("1,")]
    [InlineData("20-")]
    [InlineData("\"\"\"((( 12 people")]
    public void Short_and_unbalanced_inputs_do_not_throw(string text) => Should.NotThrow(() => Recognizer.Recognize(text));

    [Fact]
    public void Numbers_too_large_for_a_decimal_are_skipped()
    {
        Recognizer.Recognize("99999999999999999999999999999 people and 7 more 1" + new string('9', 500) + " ships")
            .Select(q => q.Value).ShouldBe([7m]);
    }

    [Fact]
    public void Scales_that_would_overflow_are_not_applied()
    {
        Should.NotThrow(() => Recognizer.Recognize("999999999999999 trillion trillion people, 79228162514264337593543950335bn"));
    }

    [Fact]
    public void A_one_megabyte_line_is_read_in_one_pass()
    {
        var line = new StringBuilder();
        while (line.Length < 1_000_000)
        {
            line.Append("about 400 drones, 1,500 people and hundreds of protesters ");
        }

        var found = Recognizer.Recognize(line.ToString());

        found.Length.ShouldBe(3 * (line.Length / "about 400 drones, 1,500 people and hundreds of protesters ".Length));
    }

    [Fact]
    public void Runs_as_a_pipeline_stage()
    {
        var document = new Document("test", null, null, "Police detained 40 students.");

        var found = Pipeline.Of(Recognizer).Run(document).Annotations.Quantities;

        found.Single().Unit.ShouldBe("students");
    }
}
