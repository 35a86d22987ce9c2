namespace Chronicle.Events.Tests;

/// <summary>
/// Whose act it is: a town named after `in` past an event noun is where the act happens, never the one it is done to;
/// blasting someone for what they did is criticism, no attack.
/// </summary>
public sealed class WhoseActSession32Tests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_town_after_in_past_a_shooting_is_its_place_not_its_target()
    {
        var run = Coded.Run("Hundreds gathered on Sunday after the fatal police shooting in Tulsa.", Published);
        var shooting = run.Events.Single(e => e.Type == PloverType.Assault);
        shooting.Texts(ActorRole.Target, run.Text).ShouldNotContain("Tulsa");
        shooting.Place?.Country.ShouldBe("US");
    }

    [Fact]
    public void A_town_after_in_past_a_bombing_is_no_target()
    {
        var run = Coded.Run("The police opened an inquiry into the bombing in Lyon.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault
            && e.Texts(ActorRole.Target, run.Text).Contains("Lyon"));
    }

    [Fact]
    public void A_town_struck_by_a_verb_is_still_its_target()
    {
        var run = Coded.Run("Russian forces shelled Kharkiv on Tuesday.", Published);
        var shelling = run.Events.Single(e => e.Type == PloverType.Assault);
        shelling.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "UA");
    }

    [Fact]
    public void Blasting_someone_for_their_conduct_is_no_assault()
    {
        var run = Coded.Run("\"We will not back down,\" Johnson said. He blasted the newspapers for their coverage.", Published);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Blasting_a_ministry_for_failing_to_act_is_criticism()
    {
        var run = Coded.Run("The senator blasted the ministry for failing to act.", Published);
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_blast_that_kills_stays_an_assault()
    {
        var run = Coded.Run("A blast killed ten people in Kabul.", Published);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }
}
