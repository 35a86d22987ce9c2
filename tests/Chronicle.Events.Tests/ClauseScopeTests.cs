namespace Chronicle.Events.Tests;

/// <summary>Who acts in a subordinate phrase, and words that name no act between actors.</summary>
public sealed class ClauseScopeTests
{
    [Fact]
    public void A_participle_set_off_after_a_thing_has_its_agent_as_source()
    {
        var run = Coded.Run("Mr Harte was among those worried about plans, backed by France, to lift the arms embargo imposed on Burma.");
        var support = run.Single(PloverType.Support);
        support.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("France"));
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("Harte")));
    }

    [Fact]
    public void The_one_facing_criticism_is_its_target()
    {
        var run = Coded.Run("Ms Kerr faced criticism for letting the Greens set the agenda.");
        var accuse = run.Single(PloverType.Accuse);
        accuse.Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("Kerr"));
        accuse.Texts(ActorRole.Target, run.Text).ShouldNotContain(s => s.Contains("Greens"));
    }

    [Fact]
    public void Criticism_from_names_the_critics()
    {
        var run = Coded.Run("The minister has come under fierce criticism from the unions.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("unions"));
    }

    [Fact]
    public void A_town_after_a_summit_is_no_party_to_it()
    {
        var run = Coded.Run("Mr Lang held talks with Irish officials ahead of an EU summit in Brussels.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("Brussels")));
    }

    [Fact]
    public void The_watchdog_that_investigates_is_the_source()
    {
        var run = Coded.Run("Labour is to be investigated by a watchdog over claims it broke funding rules.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("watchdog"));
    }

    [Theory]
    [InlineData("\"I fundamentally disagree with locking people up without trial,\" the bishop said.")]
    [InlineData("Mr Leary refused to deny the claim that he had been paid.")]
    [InlineData("The party must win back those who supported the party in the past.")]
    [InlineData("The Greens raided the dressing-up box for their campaign launch.")]
    [InlineData("Labour has offered £22bn savings in its spending plans.")]
    [InlineData("Officials from the farm policy office said EU cooperation would help farmers.")]
    [InlineData("Critics fear Turkey reneging on reforms once talks begin.")]
    [InlineData("Recent surveys have backed the minister's stance.")]
    [InlineData("Officers will be seizing the tools we have given them.")]
    public void Words_that_name_no_act_between_actors_are_no_events(string text)
    {
        var run = Coded.Run(text);
        run.Events.ShouldBeEmpty(string.Join("; ", run.Events.Select(e => e.Type + " " + e.Trigger.Of(run.Text))));
    }

    [Fact]
    public void What_one_is_accused_of_doing_has_no_target_of_its_own()
    {
        var run = Coded.Run("Ms Kerr has been accused of criticising Mr Dale's policies in a private speech.");
        var accuse = run.Single(PloverType.Accuse);
        accuse.Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("Kerr"));
        accuse.Texts(ActorRole.Target, run.Text).ShouldNotContain(s => s.Contains("Dale"));
    }

    [Fact]
    public void Faced_with_criticism_opening_a_sentence_is_the_subject_s()
    {
        var run = Coded.Run("Faced with the committee's criticism, the government has suspended its plan.");
        var accuse = run.Single(PloverType.Accuse);
        accuse.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("committee"));
        accuse.Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("government"));
    }

    [Fact]
    public void A_protest_at_plans_is_the_clause_subject_s()
    {
        var run = Coded.Run("The country's biggest teachers' union is to ballot its members on strikes in protest at government plans to cut pensions.");
        run.Events.ShouldContain(e => e.Type == PloverType.Protest
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("union")));
    }

    [Fact]
    public void A_protest_is_the_possessed_group_s_not_the_possessor_s()
    {
        var run = Coded.Run("The UK's biggest civil service union is to ballot its members on strikes in protest at government plans.");
        var protest = run.Single(PloverType.Protest);
        protest.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("union"));
    }
}
