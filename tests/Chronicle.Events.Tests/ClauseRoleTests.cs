namespace Chronicle.Events.Tests;

/// <summary>Reduced passives after an adverb, set adverbials before a verb, promises of policies, places of a ban, labels.</summary>
public sealed class ClauseRoleTests
{
    [Fact]
    public void A_reduced_passive_after_an_adverb_takes_its_by_agent_for_source()
    {
        var run = Coded.Run("A journalist reportedly beaten by the militia was released on Sunday.");
        var e = run.Single(PloverType.Assault);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("militia"));
        e.Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("journalist"));
        run.Events.ShouldNotContain(x => x.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("militia")));
    }

    [Fact]
    public void A_set_adverbial_does_not_hide_the_subject()
    {
        var run = Coded.Run("The Labour party is in turn demanding that the minister resign.");
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Labour"));
    }

    [Fact]
    public void A_promise_of_a_policy_is_no_agreement()
    {
        var run = Coded.Run("The party pledged smaller class sizes and shorter waiting lists. Mr Smith promised a cap on the number of migrants.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_promise_to_a_person_stays_an_agreement()
    {
        var run = Coded.Run("Lord Smith had promised the union leaders to strengthen safeguards in the bill.");
        run.Events.ShouldContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_ban_on_an_activity_has_no_place_for_target()
    {
        var run = Coded.Run("The law banning fox hunting in Scotland and Ireland came into force last year.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("Ireland")));
    }

    [Fact]
    public void A_label_given_in_words_is_no_event()
    {
        var run = Coded.Run("The minister's decision was branded a \"humiliating retreat\" by the Greens.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("Greens")));
    }

    [Fact]
    public void A_passive_attack_by_a_party_is_criticism()
    {
        var run = Coded.Run("The housing minister has been attacked by the Greens over the new scheme.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_by_gunmen_stays_an_assault()
    {
        var run = Coded.Run("The convoy was attacked by gunmen near the border town on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_deal_struck_is_made_by_the_subject()
    {
        var run = Coded.Run("The union struck a deal with the ministry on Monday.");
        run.Single(PloverType.Agree).Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("union"));
    }

    [Fact]
    public void A_coordinated_object_is_a_target_too()
    {
        var run = Coded.Run("The opposition leader John Smith accused the prime minister and Mr Jones of squabbling in public.");
        var targets = run.Single(PloverType.Accuse).Texts(ActorRole.Target, run.Text).ToList();
        targets.ShouldContain(s => s.Contains("prime minister"));
        targets.ShouldContain(s => s.Contains("Jones"));
    }
}
