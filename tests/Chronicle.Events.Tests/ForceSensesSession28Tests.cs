namespace Chronicle.Events.Tests;

public sealed class ForceSensesSession28Tests
{
    [Fact]
    public void Deaths_after_a_crash_told_before_the_participle_are_no_assault()
    {
        var run = Coded.Run("An army transport plane crashed near Mazar-i-Sharif, killing 30 soldiers.", new DateOnly(1998, 2, 10));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_train_that_derailed_killing_passengers_is_no_assault()
    {
        var run = Coded.Run("A passenger train derailed outside Lahore, killing nine people.", new DateOnly(1998, 2, 10));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_crash_the_sentence_says_was_shot_down_stays_an_assault()
    {
        var run = Coded.Run("A military helicopter was shot down near Herat, killing eight soldiers.", new DateOnly(1998, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Troops_who_open_fire_killing_soldiers_still_assault_them()
    {
        var run = Coded.Run("Rebel troops opened fire on a convoy near Goma, killing six soldiers.", new DateOnly(1998, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_verbal_attack_is_criticism()
    {
        var run = Coded.Run("The governor launched a verbal attack on the finance minister.", new DateOnly(1998, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_scathing_attack_is_criticism()
    {
        var run = Coded.Run("The opposition leader made a scathing attack on the cabinet.", new DateOnly(1998, 2, 10));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_made_in_an_article_is_criticism()
    {
        var run = Coded.Run("The bishop attacked the army in an article for a Lima newspaper.", new DateOnly(1998, 2, 10));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_armed_attack_stays_an_assault()
    {
        var run = Coded.Run("Rebels launched an attack on an army base near Jaffna.", new DateOnly(1998, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Plastic_bullets_are_crowd_control()
    {
        var run = Coded.Run("Police fired plastic bullets at rioters in Belfast.", new DateOnly(1998, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Mode == "crowd-control");
        run.Events.ShouldNotContain(e => e.Mode == "heavy-weapons");
    }

    [Fact]
    public void Rubber_bullets_are_crowd_control()
    {
        var run = Coded.Run("Soldiers fired rubber bullets at stone-throwing youths in Hebron.", new DateOnly(1998, 2, 10));
        run.Events.ShouldNotContain(e => e.Mode == "heavy-weapons");
    }

    [Fact]
    public void Force_promised_unless_a_condition_is_met_threatens_the_one_it_would_hit()
    {
        var run = Coded.Run("Turkey will bomb the rebel camps unless Syria expels the rebels.", new DateOnly(1998, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Turkey")));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Force_that_would_follow_an_if_clause_is_a_threat()
    {
        var run = Coded.Run("Russia would attack Georgia if it joined NATO.", new DateOnly(2008, 2, 10));
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten
            && e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("Georgia")));
    }

    [Fact]
    public void Force_told_in_the_past_with_a_condition_stays_an_assault()
    {
        var run = Coded.Run("Troops attacked the rebels whenever they crossed the river near Kisangani.", new DateOnly(1998, 2, 10));
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }
}
