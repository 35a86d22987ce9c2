namespace Chronicle.Events.Tests;

/// <summary>
/// Wire-service news, second round: recased copy (<c>the U.S. Said</c>, <c>Monday's U.S. Attack</c>), threats told by a
/// modal of possibility or a reprisal adjective, a predicate coordinated with an accusation, a quantifier floated before
/// a participle, and a time clause inside a denial.
/// </summary>
public sealed class WireNewsTests2
{
    [Fact]
    public void A_recased_verb_after_a_dotted_abbreviation_is_no_part_of_the_subject()
    {
        var run = Coded.Run("The U.S. Said Freedonians had fired on an American helicopter from the rigs.");
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldBe(["Freedonians"]);
    }

    [Fact]
    public void A_recased_noun_after_a_dotted_abbreviation_is_a_trigger()
    {
        var run = Coded.Run("The U.S. Said two sailors were injured in Monday's U.S. Attack on the port.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("U.S.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_that_the_warner_may_act_is_a_threat()
    {
        var run = Coded.Run("Ruritania warned Freedonia it may take retaliatory measures if Freedonia imposes the planned sanctions.");
        var threat = run.Single(PloverType.Threaten);
        threat.Texts(ActorRole.Source, run.Text).ShouldBe(["Ruritania"]);
        threat.Texts(ActorRole.Target, run.Text).ShouldBe(["Freedonia"]);
    }

    [Theory]
    [InlineData("The minister warned farmers they could face heavy losses this year.")]
    [InlineData("The minister warned exporters they could no longer rely on the home market.")]
    public void A_warning_of_what_may_befall_the_warned_is_no_threat(string sentence) =>
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Threaten);

    [Fact]
    public void A_threat_coordinated_with_an_accusation_is_the_accusers_own()
    {
        var run = Coded.Run("Senior Ruritanian officials have accused Freedonia of breaking the accord and have threatened retaliatory action.");
        var threat = run.Single(PloverType.Threaten);
        threat.Texts(ActorRole.Source, run.Text).ShouldBe(["Senior Ruritanian officials"]);
        threat.Modality.ShouldNotBe(Modality.Alleged);
    }

    [Theory]
    [InlineData("The two governments have both vowed retaliation.")]
    [InlineData("The rebel commanders have all vowed revenge.")]
    public void A_vow_after_a_floated_quantifier_is_a_threat(string sentence) =>
        Coded.Run(sentence).Single(PloverType.Threaten).Actors.ShouldContain(a => a.Role == ActorRole.Source);

    [Fact]
    public void An_act_in_a_time_clause_inside_a_denial_is_not_denied()
    {
        var run = Coded.Run("Police denied rumours of riots in the capital after a gunman killed two people at a petrol station.");
        run.Single(PloverType.Assault).Modality.ShouldNotBe(Modality.Denied);
    }

    [Fact]
    public void The_act_denied_stays_denied()
    {
        var run = Coded.Run("The army denied that its soldiers had killed two villagers.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Modality == Modality.Denied);
    }

    [Fact]
    public void The_agent_of_a_participle_hanging_from_a_thing_is_no_subject()
    {
        var run = Coded.Run("Three cargo ships seized by Ruritania last month were released on Friday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat && e.Actors.Any(a => a.Span.Of(run.Text) == "Ruritania"));
    }

    [Fact]
    public void The_agent_of_a_strike_called_to_protest_is_the_protester()
    {
        var run = Coded.Run("Several people were hurt during a general strike called by dock workers to protest against the new taxes.");
        run.Events.ShouldContain(e => e.Type == PloverType.Protest && e.Texts(ActorRole.Source, run.Text).Any(s => s.Contains("dock workers", StringComparison.Ordinal)));
    }

    [Fact]
    public void Condemning_a_courts_ruling_is_a_disapproval()
    {
        var run = Coded.Run("The opposition party condemned the ruling on Tuesday.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldBe(["The opposition party"]);
    }

    [Fact]
    public void Condemning_a_plan_names_no_one_and_is_no_event()
    {
        var run = Coded.Run("The opposition party condemned the plan on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Announcing_tariffs_is_a_sanction()
    {
        var run = Coded.Run("Washington announced tariffs on Ruritanian steel on Friday.");
        run.Single(PloverType.Sanction).Texts(ActorRole.Source, run.Text).ShouldBe(["Washington"]);
    }
}
