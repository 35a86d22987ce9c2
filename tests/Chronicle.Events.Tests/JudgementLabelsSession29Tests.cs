namespace Chronicle.Events.Tests;

/// <summary>
/// A judgement of condemnation given as a label (`called the ruling outrageous`, `described the comments as racist`,
/// `called the scheme a scandal`) accuses from the speaker; a label of praise is no accusation.
/// </summary>
public sealed class JudgementLabelsSession29Tests
{
    [Fact]
    public void A_decision_called_outrageous_is_accused_by_the_speaker()
    {
        var run = Coded.Run("Senator Collins called the ruling outrageous on Monday.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text)
            .ShouldContain(t => t.Contains("Collins", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_described_as_racist_and_a_scheme_called_a_scandal_are_accused()
    {
        var racist = Coded.Run("The mayor of Boston described the comments as racist.");
        racist.Single(PloverType.Accuse).Texts(ActorRole.Source, racist.Text)
            .ShouldContain(t => t.Contains("mayor", StringComparison.Ordinal));

        var scandal = Coded.Run("Senator Collins called the scheme a scandal.");
        scandal.Events.ShouldContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_persons_words_called_racist_accuse_that_person()
    {
        var run = Coded.Run("Senator Collins called Putin's remarks racist.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text)
            .ShouldContain(t => t.Contains("Putin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_of_praise_is_no_accusation()
    {
        Coded.Run("Senator Collins called the meeting productive.").Events
            .ShouldNotContain(e => e.Type == PloverType.Accuse);
        Coded.Run("The minister described the talks as constructive.").Events
            .ShouldNotContain(e => e.Type == PloverType.Accuse);
    }
}
