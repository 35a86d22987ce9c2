namespace Chronicle.Events.Tests;

/// <summary>
/// Judgement, session 29 (issue #7): lashing out at, hitting out at, tearing into or taking aim at someone criticises
/// them (ACCUSE/disapprove); an actor that cannot allow something refuses it, and concedes nothing.
/// </summary>
public sealed class JudgementSession29Tests
{
    private static readonly DateOnly Today = new(2016, 9, 20);

    [Fact]
    public void Lashing_out_at_a_person_criticises_that_person()
    {
        var run = Coded.Run("Senator Warren lashed out at the bank's chief executive on Tuesday.", Today);
        var accuse = run.Single(PloverType.Accuse);
        accuse.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Warren"));
        accuse.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("chief executive"));
    }

    [Fact]
    public void Hitting_out_at_a_things_owner_criticises_the_owner()
    {
        var run = Coded.Run("The senator hit out at the governor's budget.", Today);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("governor"));
    }

    [Fact]
    public void Taking_aim_at_a_body_criticises_it()
    {
        var run = Coded.Run("Clinton took aim at the Fed.", Today);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Clinton"));
    }

    [Fact]
    public void Tearing_into_a_rival_criticises_the_rival()
    {
        var run = Coded.Run("The senator is tearing into the governor.", Today);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("governor"));
    }

    [Fact]
    public void A_shell_tearing_into_a_wall_is_no_criticism()
    {
        var run = Coded.Run("The shell tore into the wall.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Cannot_allow_is_a_refusal_not_a_concession()
    {
        var run = Coded.Run("The president cannot allow the terrorists to win.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Concede);
        run.Single(PloverType.Reject).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("president"));
    }

    [Fact]
    public void Allowing_is_still_a_concession()
    {
        var run = Coded.Run("The president allowed the rebels to leave.", Today);
        run.Single(PloverType.Concede);
    }
}
