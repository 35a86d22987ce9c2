namespace Chronicle.Events.Tests;

/// <summary>Multi-word triggers with their own modifiers, infinitives past time phrases, places as targets.</summary>
public sealed class EventPhraseTests
{
    [Fact]
    public void A_verb_phrase_trigger_takes_its_own_determiners_and_adjectives()
    {
        var run = Coded.Run("Kenyan officials held their first meeting with Maria Okonkwo in Nairobi.");
        var e = run.Single(PloverType.Consult);
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Maria Okonkwo");
    }

    [Fact]
    public void A_threat_keeps_its_infinitive_past_a_time_phrase()
    {
        var run = Coded.Run("The parliament of Peru threatened on Monday to break relations with Chile.");
        run.Events.ShouldContain(e => e.Type == PloverType.Threaten);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
    }

    [Fact]
    public void A_coercive_act_without_a_named_target_is_done_to_the_place_after_it()
    {
        var run = Coded.Run("Police imposed a curfew in Lagos on Tuesday.");
        var e = run.Single(PloverType.Coerce);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "NG");
    }

    [Fact]
    public void Signing_a_treaty_is_diplomatic_support_between_its_signatories()
    {
        var run = Coded.Run("Peru and Chile signed a treaty of friendship on Monday.");
        var e = run.Single(PloverType.Support);
        // (Since session 19 the signatories named together sign with each other: the first on the other.)
        e.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("PE");
        e.Actors.Single(a => a.Role == ActorRole.Target).Country.ShouldBe("CL");
    }
}
