namespace Chronicle.Events.Tests;

/// <summary>Arguments read through catenative verbs, light verbs with particles, datives, appositions and complaints.</summary>
public sealed class ArgumentShapeTests
{
    [Fact]
    public void The_subject_of_a_verb_taking_an_infinitive_does_the_act()
    {
        var run = Coded.Run("Norway has tried to hack into the computers of Swedish officials, police said Tuesday.");
        var e = run.Single(PloverType.Coerce);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "NO");
    }

    [Fact]
    public void A_verb_after_but_shares_the_subject_of_the_verb_before()
    {
        var run = Coded.Run("Togo opened its borders on Monday to traders from Ghana, but was still refusing entry to Nigerians.");
        run.Events.ShouldContain(e => e.Type == PloverType.Reject && e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "TG"));
    }

    [Fact]
    public void An_indirect_object_inside_a_phrase_trigger_is_the_target()
    {
        var run = Coded.Run("Denmark will give Kenya a grant of 40 million dollars next year, the ministry said.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "KE"));
    }

    [Fact]
    public void A_light_verb_with_a_particle_lends_its_subject_to_the_noun()
    {
        var run = Coded.Run("France speeded up the withdrawal of its troops from Mali on Wednesday.");
        var e = run.Single(PloverType.Retreat);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "FR");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "ML");
    }

    [Fact]
    public void A_complaint_to_a_body_over_an_act_targets_the_one_complained_of()
    {
        var run = Coded.Run("Chile complained to the United Nations on Monday over two Peruvian naval incursions.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "PE");
    }

    [Fact]
    public void A_capital_possessor_gives_an_official_the_country()
    {
        var run = Coded.Run("Nairobi's security chief has warned that police will no longer tolerate rallies by the group.");
        var e = run.Single(PloverType.Threaten);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KE");
    }

    [Fact]
    public void Settlers_before_a_city_of_phrase_are_the_subject()
    {
        var run = Coded.Run("Armed settlers in the northern city of Kirkuk seized the offices of a local party overnight.");
        var e = run.Single(PloverType.Coerce);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("settlers"));
    }
}
