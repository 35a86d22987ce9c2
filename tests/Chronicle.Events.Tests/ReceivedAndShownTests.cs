namespace Chronicle.Events.Tests;

/// <summary>
/// Criticism a party attracts is aimed at it; a gerund after a copula's clause is its subject's act; a clause one
/// demonstrates is no protest; a planned visit to a state is PLOVER's intent to meet; posters or words withdrawn are no
/// retreat; a claim denied is denied to its sayer.
/// </summary>
public sealed class ReceivedAndShownTests
{
    [Fact]
    public void Criticism_a_party_has_attracted_targets_the_party()
    {
        var run = Coded.Run("The Greens have attracted media criticism for using the new laws.");
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Target, run.Text).ShouldContain("The Greens");
        criticism.Texts(ActorRole.Source, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void Criticism_voiced_after_has_keeps_its_critic()
    {
        var run = Coded.Run("The minister has faced fierce criticism from MPs over the plan.");
        var criticism = run.Single(PloverType.Accuse);
        criticism.Texts(ActorRole.Source, run.Text).ShouldContain("MPs");
        criticism.Texts(ActorRole.Target, run.Text).ShouldContain("The minister");
    }

    [Fact]
    public void A_gerund_after_a_copula_clause_is_the_subjects_act()
    {
        var run = Coded.Run("Mr Dalby is a late recruit to the campaign after rejecting overtures from the Greens.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Mr Dalby");
    }

    [Fact]
    public void Demonstrating_that_a_party_is_the_opposition_is_no_protest()
    {
        var run = Coded.Run("\"The party is already demonstrating on every issue that it is the effective opposition.\"");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Demonstrating_in_a_square_that_day_is_still_a_protest()
    {
        var run = Coded.Run("Students were demonstrating in the square that day.");
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void A_planned_visit_to_a_state_is_an_intent_to_meet()
    {
        var run = Coded.Run("German Foreign Minister Hans Weber will visit Albania in June, the embassy said.");
        run.Single(PloverType.Agree).Texts(ActorRole.Target, run.Text).ShouldContain("Albania");
    }

    [Fact]
    public void Posters_withdrawn_are_no_retreat()
    {
        var run = Coded.Run("The Greens have withdrawn two controversial posters and launched four new designs.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Comments_withdrawn_are_no_retreat()
    {
        var run = Coded.Run("The mayor withdrew his comments on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Troops_withdrawn_are_still_a_retreat()
    {
        var run = Coded.Run("The government withdrew its troops from the region.");
        run.Events.ShouldContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_claim_denied_after_a_comma_is_denied_to_its_sayer()
    {
        var run = Coded.Run("The Tories say there is a gap in the public finances, a claim denied by the chancellor.");
        var denial = run.Single(PloverType.Reject);
        denial.Texts(ActorRole.Source, run.Text).ShouldContain("chancellor");
        denial.Texts(ActorRole.Target, run.Text).ShouldContain("The Tories");
    }
}
