namespace Chronicle.Events.Tests;

/// <summary>
/// Verbal attacks, session 30 (issue #7): a politician who tore into someone criticises them, though the tagger reads
/// `tore` or `tears` as a noun; a person called by name who attacked allies, rivals or critics criticises them
/// (ACCUSE/disapprove), while armed attackers, or a weapon in the sentence, keep the attack an assault.
/// </summary>
public sealed class VerbalAttacksSession30Tests
{
    private static readonly DateOnly Today = new(2019, 10, 8);

    [Fact]
    public void Tore_into_a_body_criticises_it()
    {
        var run = Coded.Run("Obama tore into Congress.", Today);
        var accuse = run.Single(PloverType.Accuse);
        accuse.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Congress"));
    }

    [Fact]
    public void Tears_into_a_body_criticises_it()
    {
        var run = Coded.Run("The senator tears into the administration.", Today);
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("administration"));
    }

    [Fact]
    public void Tears_as_a_noun_are_no_criticism()
    {
        var run = Coded.Run("Her tears into the night went unheard.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_named_person_attacking_allies_criticises_them()
    {
        var run = Coded.Run("John Smith has attacked global allies.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Gunmen_attacking_allies_still_assault_them()
    {
        var run = Coded.Run("Gunmen attacked allies of the governor, killing three.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void Rebels_attacking_a_convoy_still_assault_it()
    {
        var run = Coded.Run("Rebels attacked the convoy near Aleppo.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_on_a_named_senator_is_criticism()
    {
        var run = Coded.Run("The governor launched an attack on Sen. Elizabeth Warren on Tuesday.", Today);
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_on_a_named_person_with_knives_stays_an_assault()
    {
        var run = Coded.Run("Police said the attack on John Smith was carried out with knives.", Today);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }
}
