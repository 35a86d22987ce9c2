namespace Chronicle.Events.Tests;

/// <summary>Subjects past raising verbs and long titles, the bodies that expel, and resignations with no one resigned from.</summary>
public sealed class ClauseSubjectTests
{
    [Fact]
    public void A_raising_verb_passes_on_its_subject()
    {
        var run = Coded.Run("The minister is thought to have criticised the Greens over their tax plans.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("minister"));
    }

    [Fact]
    public void A_long_title_between_commas_leaves_the_name_as_subject()
    {
        var run = Coded.Run("The letter came a day after Anna Berg, former Labour minister and now a European Commissioner, warned the BBC to stop.");
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Anna Berg"));
    }

    [Fact]
    public void The_party_one_is_expelled_from_expels()
    {
        var run = Coded.Run("Mr Grant was expelled from the Labour party because of his views.");
        run.Single(PloverType.Sanction).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Labour"));
    }

    [Fact]
    public void A_resignation_has_no_target()
    {
        var run = Coded.Run("Mr Grant resigned as Labour leader on Monday.");
        run.Single(PloverType.Retreat).Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void An_attack_on_a_party_s_pledges_is_criticism()
    {
        var run = Coded.Run("The Tories attacked Labour's six new pledges as \"vacuous\".");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_visit_to_a_region_meets_nobody()
    {
        var run = Coded.Run("The development secretary will also visit Aceh in Indonesia next week.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult || e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_gerund_after_a_preposition_is_done_by_the_clause_s_subject()
    {
        var run = Coded.Run("The farmer Tony Grant was jailed for life for murdering the burglar Fred Lane in 1999.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Tony Grant"));
    }

    [Fact]
    public void A_fronted_gerund_is_done_by_the_main_subject()
    {
        var run = Coded.Run("After criticising the government, the union leader Bob Crow called a strike.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Bob Crow"));
    }
}
