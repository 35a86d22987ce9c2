namespace Chronicle.Events.Tests;

public sealed class ThreatsSession27Tests
{
    [Fact]
    public void A_commitment_to_a_possible_strike_threatens_the_one_it_would_fall_on()
    {
        var run = Coded.Run("The prime minister says he is committed to a possible military strike against Syria.", new DateOnly(1998, 8, 8));
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten
            && e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("Syria")));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_pledge_to_bomb_threatens_the_ones_bombed()
    {
        var run = Coded.Run("Britain pledged to bomb the rebels near Mosul.", new DateOnly(2015, 6, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten && e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("rebels")));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_pledge_to_send_troops_is_no_threat()
    {
        var run = Coded.Run("Poland pledged to send troops to Lithuania.", new DateOnly(2021, 6, 1));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Not_ruling_out_military_strikes_threatens_the_one_they_would_hit()
    {
        var run = Coded.Run("Russia said it would not rule out military strikes against Georgia.", new DateOnly(2008, 8, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten
            && e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("Georgia")));
    }

    [Fact]
    public void Refusing_to_rule_out_sanctions_is_a_threat()
    {
        var run = Coded.Run("The European Union refused to rule out sanctions against Belarus.", new DateOnly(2021, 6, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
    }

    [Fact]
    public void Ruling_out_military_strikes_is_no_threat()
    {
        var run = Coded.Run("Russia ruled out military strikes against Georgia.", new DateOnly(2008, 8, 1));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Police_not_ruling_out_further_attacks_forecast_them_and_threaten_no_one()
    {
        var run = Coded.Run("Police did not rule out further attacks on the capital.", new DateOnly(2008, 8, 1));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }
}
