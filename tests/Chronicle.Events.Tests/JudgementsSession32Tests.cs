namespace Chronicle.Events.Tests;

/// <summary>
/// A label of abuse or blame given in the passive (`was branded a traitor by the party`) accuses the subject, from the
/// agent after `by`; verbs of scorn and rebuke (`excoriated`, `upbraided`, `lampooned`) accuse their object.
/// </summary>
public sealed class JudgementsSession32Tests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_passive_label_of_blame_accuses_the_subject_from_the_agent()
    {
        var run = Coded.Run("The minister was branded a traitor by the Labour party.", Published);
        var label = run.Single(PloverType.Accuse);
        label.Texts(ActorRole.Target, run.Text).ShouldBe(["The minister"]);
        label.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void A_passive_label_of_abuse_past_an_adjective_accuses_the_subject()
    {
        var run = Coded.Run("The senator was labelled a liar by his Republican rivals.", Published);
        var label = run.Single(PloverType.Accuse);
        label.Texts(ActorRole.Target, run.Text).ShouldBe(["The senator"]);
        label.Actors.ShouldContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_passive_label_after_has_been_accuses_the_subject()
    {
        var run = Coded.Run("Smith has been called a charlatan by fellow physicians.", Published);
        var label = run.Single(PloverType.Accuse);
        label.Texts(ActorRole.Target, run.Text).ShouldBe(["Smith"]);
        label.Actors.ShouldContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_passive_label_after_as_accuses_the_subject()
    {
        var run = Coded.Run("The senator was labelled as a liar by Democrats.", Published);
        var label = run.Single(PloverType.Accuse);
        label.Texts(ActorRole.Target, run.Text).ShouldBe(["The senator"]);
        label.Actors.ShouldContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_passive_label_of_praise_is_no_accusation()
    {
        var run = Coded.Run("Ms Jones was called a hero by the mayor.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_friend_called_is_no_accusation()
    {
        var run = Coded.Run("Mr Brown was called a friend by President Obama.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_passive_label_with_no_agent_names_no_judge()
    {
        var run = Coded.Run("The minister was branded a traitor.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse && e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Theory]
    [InlineData("Senator Warren excoriated the Federal Reserve on Tuesday.", "excoriated")]
    [InlineData("Chancellor Scholz upbraided the Polish government on Monday.", "upbraided")]
    public void A_verb_of_rebuke_accuses_its_object(string sentence, string verb)
    {
        var run = Coded.Run(sentence, Published);
        var rebuke = run.Single(PloverType.Accuse);
        run.Text[rebuke.Trigger.Start..rebuke.Trigger.End].ShouldBe(verb);
        rebuke.Actors.ShouldContain(a => a.Role == ActorRole.Source);
        rebuke.Actors.ShouldContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void A_leader_lampooned_by_the_press_is_accused_by_it()
    {
        var run = Coded.Run("President Macron was lampooned by French newspapers.", Published);
        var mockery = run.Single(PloverType.Accuse);
        mockery.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Macron"));
        mockery.Actors.ShouldContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void An_active_label_of_abuse_still_accuses_the_object()
    {
        var run = Coded.Run("Labour leader Keir Starmer called Boris Johnson a liar.", Published);
        var label = run.Single(PloverType.Accuse);
        label.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Johnson"));
    }
}
