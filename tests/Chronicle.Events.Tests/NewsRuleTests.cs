namespace Chronicle.Events.Tests;

/// <summary>Rules for actors' countries and for what is no factual event, on sentences written for these tests.</summary>
public sealed class NewsRuleTests
{
    [Fact]
    public void An_occupied_territory_takes_the_country_coders_give_it()
    {
        var run = Coded.Run("Israeli troops imposed a curfew on the West Bank town on Monday. Israel sealed off the Gaza Strip on Tuesday.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "PS"));
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("Gaza") && a.Country == "IL"));
    }

    [Fact]
    public void A_compass_part_of_a_country_is_that_country()
    {
        var run = Coded.Run("Turkish jets bombed northern Iraq on Sunday, officials said.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "IQ"));
    }

    [Fact]
    public void The_government_of_a_leader_has_his_country()
    {
        var run = Coded.Run("Thousands of students marched in Niamey on Friday to demand reforms from President Kountche's government.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Country == "NE"));
    }

    [Fact]
    public void A_faith_modifier_leaves_the_phrase_to_the_articles_country()
    {
        var run = Coded.Run("Islamic militants attacked a police station in Algeria on Friday. Algerian police said three officers died.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "DZ"));
    }

    [Fact]
    public void What_is_asked_from_someone_makes_them_the_target()
    {
        var run = Coded.Run("The Kurdish minority demanded autonomy from the Iraqi government on Sunday.");
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "IQ");
    }

    [Fact]
    public void The_subjects_own_troops_are_not_the_target()
    {
        var run = Coded.Run("Chad has agreed to withdraw its troops from Cameroon by the end of the month.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("troops")));
    }

    [Fact]
    public void A_people_named_by_a_plural_is_an_actor()
    {
        var run = Coded.Run("Croatian Serbs demanded guarantees from Zagreb on Thursday.");
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "HR");
    }

    [Fact]
    public void A_word_of_an_organisations_name_is_no_trigger()
    {
        var run = Coded.Run("The head of the Legal Aid Board resigned in March after the Family Support Agency lost its funding.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support || e.Type == PloverType.Aid);
    }

    [Fact]
    public void What_could_or_would_happen_is_no_event()
    {
        var run = Coded.Run("The minister said the government could give millions of pounds to the region. Members would agree with the plan if it worked.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid || e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_warning_of_a_danger_is_no_threat_but_a_warning_of_an_act_is()
    {
        var danger = Coded.Run("The interior minister warned that an attack could happen during the campaign.");
        danger.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
        var act = Coded.Run("The army chief warned that troops will fire on anyone who crosses the border.");
        act.Events.ShouldContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Declining_to_comment_and_denying_a_claim_are_no_rejections()
    {
        var run = Coded.Run("A police spokesman declined to comment. The ministry denied the reports on Tuesday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void Those_freed_right_before_the_participle_are_its_targets()
    {
        var run = Coded.Run("Six activists freed last week by Kenyan police spoke to reporters in Nairobi.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("activists")));
    }

    [Fact]
    public void An_attack_on_a_policy_is_criticism()
    {
        var run = Coded.Run("The opposition leader launched an attack on the cost of the new welfare scheme on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void The_possessor_of_an_arrest_is_its_target()
    {
        var run = Coded.Run("Lawyers said the protesters' arrest in Lagos on Monday was unlawful.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce && e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text).Contains("protesters")));
    }
}
