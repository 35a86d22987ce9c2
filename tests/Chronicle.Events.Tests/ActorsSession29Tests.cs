namespace Chronicle.Events.Tests;

/// <summary>
/// Actors, session 29 (issue #7): those who report an attack are not its attackers; a participle after a reported clause
/// is the reported subject's even when a time stands between the report and its <c>that</c>; a present-tense relative
/// clause defining a bare plural class (<c>parents who refuse</c>) states no act.
/// </summary>
public sealed class ActorsSession29Tests
{
    private static readonly DateOnly Today = new(2016, 9, 20);

    [Fact]
    public void Officials_who_report_a_bombing_are_not_its_attackers()
    {
        var run = Coded.Run("A car bomb exploded near a market in Quetta on Sunday, killing 9 people, provincial officials said.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("officials")));
    }

    [Fact]
    public void A_participle_after_a_reported_clause_dated_before_its_that_is_the_reported_subjects()
    {
        var run = Coded.Run("Ugandan police said on Tuesday that rebels attacked a lorry near Gulu, killing 7 passengers.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("police")));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("rebels")));
    }

    [Fact]
    public void A_present_tense_relative_clause_on_a_bare_plural_states_no_act()
    {
        var run = Coded.Run("Landlords who refuse to return deposits to tenants could be fined under plans announced in Cardiff.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_past_tense_relative_clause_on_a_definite_group_keeps_its_act()
    {
        var run = Coded.Run("The students who refused to pay the fees were arrested in Leeds.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_relative_clause_after_a_count_of_people_is_no_class()
    {
        var run = Coded.Run("Hundreds of farmers who oppose the tax protested outside parliament in Dublin.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }
}
