using Chronicle.Testing;
using Chronicle.Text.Pos;

namespace Chronicle.Text.Tests;

/// <summary>
/// The committed model on tests/specs/pos-spot.txt: hand-written sentences of conflict and political news whose verbs
/// (many of them never in CoNLL-2003 train) and neighbouring words carry the tags the events stage relies on.
/// </summary>
public sealed class PosSpotCheckTests
{
    // Measured 93.2 % (395/424) with the committed conll2003-pos-1 (29 misses); the lexicon + word-class variant of
    // data/pos/README.md reaches 95.8 % (406/424) but is not adopted (downstream figures fell).
    private const int MissesAllowed = 29;

    private static readonly Lazy<PosModel> Model = new(() => PosModel.Load(Path.Combine(RepositoryPaths.Root, "data", "pos", "pos.bin.gz")));

    private static string SpotFile => Path.Combine(RepositoryPaths.Root, "tests", "specs", "pos-spot.txt");

    [Fact]
    public void A_marked_line_gives_the_sentence_and_the_start_of_each_checked_word()
    {
        var check = PosSpotCheck.Parse("Protesters marched/VBD to the square/NN .");

        check.Text.ShouldBe("Protesters marched to the square .");
        check.Checks.ShouldBe([(11, "VBD"), (26, "NN")]);
    }

    [Fact]
    public void A_slash_inside_a_word_or_before_lower_case_is_not_a_mark()
    {
        var check = PosSpotCheck.Parse("a 24/7 watch and/or vigil/NN");

        check.Text.ShouldBe("a 24/7 watch and/or vigil");
        check.Checks.ShouldBe([(20, "NN")]);
    }

    [Fact]
    public void The_spot_checks_hold_at_the_measured_accuracy()
    {
        var checks = PosSpotCheck.Read(SpotFile);
        var results = PosSpotCheck.Run(Model.Value, checks);
        var misses = results.Where(r => r.Gold != r.Guess).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(FormattableString.Invariant(
            $"spot checks: {100.0 * (results.Count - misses.Count) / results.Count:F1} % ({results.Count - misses.Count}/{results.Count}); missed: {string.Join("; ", misses.Select(m => $"{m.Word} {m.Gold}>{m.Guess}"))}"));

        checks.Count.ShouldBeGreaterThanOrEqualTo(150);
        results.ShouldNotContain(r => r.Guess == "?", "every mark is at the start of a token");
        misses.Count.ShouldBeLessThanOrEqualTo(MissesAllowed, string.Join("; ", misses.Select(m => $"{m.Word} {m.Gold}>{m.Guess}")));
    }
}
