namespace Chronicle.Events.Tests;

/// <summary>
/// An event inside an attribution whose cue is not a word of saying (<c>will be remembered for</c>, <c>has launched</c>)
/// is not reported speech: the text asserts it. Inside a report (<c>said</c>) it stays reported.
/// </summary>
public sealed class SpeechCueTests
{
    [Fact]
    public void An_act_inside_a_cue_that_is_no_speech_is_asserted()
    {
        var run = Coded.Run("The opposition leader has launched an attack on the government's spending plans.");
        run.Single(PloverType.Accuse).Modality.ShouldBe(Modality.Asserted);
    }

    [Fact]
    public void An_act_inside_a_report_is_reported()
    {
        var run = Coded.Run("The opposition leader said the government had attacked the protesters in Leeds.");
        run.Events.ShouldContain(e => e.Modality == Modality.Reported);
    }
}
