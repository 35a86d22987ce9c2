namespace Chronicle.Events.Tests;

/// <summary>
/// Reactions, session 25 (issue #7): a reaction to an act told in an earlier sentence (<c>rejected the offer</c>,
/// <c>welcomed the move</c>) has as target whoever did that act; with no clear doer it has none.
/// </summary>
public sealed class ReactionsSession25Tests
{
    private static readonly DateOnly Today = new(2024, 5, 1);

    [Fact]
    public void A_rejected_offer_is_aimed_at_whoever_offered()
    {
        var run = Coded.Run("The government of Kenya offered talks to the rebels on Friday. The rebels rejected the offer.", Today);
        var rejection = run.Single(PloverType.Reject);
        rejection.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("government", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_condemned_raid_is_aimed_at_whoever_raided()
    {
        var run = Coded.Run("Police in Lagos raided the offices of an opposition party on Monday. The party condemned the raid.", Today);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Police", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_move_welcomed_after_a_ban_on_a_bare_noun_is_aimed_at_the_banner()
    {
        var run = Coded.Run("The French government banned protests in Paris on Monday. Germany welcomed the move.", Today);
        var welcome = run.Single(PloverType.Support);
        welcome.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "DE");
        welcome.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "FR");
    }

    [Fact]
    public void A_rejection_with_no_act_told_before_keeps_no_target()
    {
        var run = Coded.Run("Heavy rain fell in Nairobi on Friday. The rebels rejected the offer.", Today);
        run.Single(PloverType.Reject).Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void A_verb_names_its_own_act_noun_only()
    {
        ToldActs.Nominal("offered", "offer").ShouldBeTrue();
        ToldActs.Nominal("banned", "ban").ShouldBeTrue();
        ToldActs.Nominal("proposed", "proposal").ShouldBeTrue();
        ToldActs.Nominal("arrested", "arrests").ShouldBeTrue();
        ToldActs.Nominal("ruled", "ruling").ShouldBeTrue();
        ToldActs.Nominal("offered", "ban").ShouldBeFalse();
        ToldActs.Nominal("met", "meeting").ShouldBeFalse();
    }
}
