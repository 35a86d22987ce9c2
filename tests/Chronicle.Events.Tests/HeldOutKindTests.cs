using Chronicle.Engine;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong event that recur on articles no rule was written from: advice read as a threat, deprivations and
/// stances not taken read as acts, places read as the targets of protests, recalled wounds given today's attackers.
/// </summary>
public sealed class HeldOutKindTests
{
    [Fact]
    public void A_warning_against_a_quoted_course_asks_it_of_the_one_warned()
    {
        var run = Coded.Run("The Greens warned both parties against \"trying to scare voters\".");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
        var e = run.Single(PloverType.Request);
        e.Texts(ActorRole.Target, run.Text).ShouldContain("parties");
    }

    [Fact]
    public void Cautioning_someone_against_a_deed_is_a_request()
    {
        var run = Coded.Run("The minister cautioned the unions against calling a strike.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
        run.Single(PloverType.Request).Texts(ActorRole.Target, run.Text).ShouldContain("unions");
    }

    [Fact]
    public void A_warning_against_an_actor_is_still_a_threat()
    {
        var run = Coded.Run("The president warned Ruritania against any attack on the border.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void A_thing_withheld_by_no_one_named_is_no_refusal()
    {
        var run = Coded.Run("Mr Davis said two million pensioners were being denied adequate care.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_rule_that_people_will_be_denied_a_thing_is_no_refusal()
    {
        var run = Coded.Run("Only a serious illness will mean people will be automatically denied a visa, officials said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void A_thing_denied_by_a_named_actor_is_still_a_refusal()
    {
        var run = Coded.Run("The airline was denied landing rights by the Spanish government.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Spanish government");
    }

    [Fact]
    public void Those_locked_in_talks_hold_them()
    {
        var run = Coded.Run("The senator has been locked in talks with union leaders.");
        run.Single(PloverType.Consult).Texts(ActorRole.Source, run.Text).ShouldContain("The senator");
    }

    [Fact]
    public void A_region_a_strike_spreads_across_is_no_target()
    {
        var run = Coded.Run("Thousands of nurses were on strike across Scotland on Monday.");
        var e = run.Single(PloverType.Protest);
        e.Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("nurses");
    }

    [Fact]
    public void Rallies_held_throughout_a_region_are_not_against_it()
    {
        var run = Coded.Run("Farmers held rallies throughout Wales on Tuesday.");
        run.Single(PloverType.Protest).Actors.ShouldNotContain(a => a.Role == ActorRole.Target);
    }

    [Fact]
    public void A_protest_against_a_country_still_targets_it()
    {
        var run = Coded.Run("Farmers protested against France on Tuesday.");
        run.Single(PloverType.Protest).Texts(ActorRole.Target, run.Text).ShouldContain("France");
    }

    [Fact]
    public void Not_agreeing_with_someone_is_no_event()
    {
        var run = Coded.Run("The minister did not agree with the bishops who opposed the plan.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_settlement_not_agreed_is_no_event()
    {
        var run = Coded.Run("The council has not agreed a final settlement with the builders.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Not_backing_someone_is_no_support()
    {
        var run = Coded.Run("The union did not back Mr Grant in the leadership contest.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Being_not_wrong_in_criticising_someone_still_criticises()
    {
        var run = Coded.Run("The bishop said Mr Grant was not wrong in criticising the council.");
        run.Single(PloverType.Accuse).Modality.ShouldNotBe(Modality.Negated);
    }

    [Fact]
    public void An_attack_denied_is_still_told_as_negated()
    {
        var run = Coded.Run("The army did not attack the village of Tamale.");
        run.Single(PloverType.Assault).Modality.ShouldBe(Modality.Negated);
    }

    [Fact]
    public void An_arms_code_after_a_participle_is_no_aid()
    {
        var run = Coded.Run("In the UK, more licences were refused under the existing European Union arms code than under the ban, he said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }

    [Fact]
    public void A_wound_recalled_from_an_earlier_year_gets_no_attacker_of_the_place()
    {
        var run = Coded.Run("The former MP, who died on Monday, was wounded in Belgium in 1944.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical == EventCoder.UnidentifiedAttackers));
    }

    [Fact]
    public void A_wound_of_this_year_keeps_the_attacker_of_the_place()
    {
        var run = Coded.Run("Two soldiers were wounded by a roadside bomb near Kandahar on Sunday.");
        run.Single(PloverType.Assault).Actors.ShouldContain(a => a.Canonical == EventCoder.UnidentifiedAttackers && a.Country == "AF");
    }

    [Fact]
    public void Demonstrating_a_clause_without_that_is_showing_it()
    {
        var run = Coded.Run("Migrants from Ruritania will have to \"demonstrate they have a clean record\".");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void A_verb_past_an_adverb_after_has_is_no_part_of_the_name_after_it()
    {
        var run = Coded.Run("It has also emerged Mr Howard has suspended the local association for refusing to deselect its candidate.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("emerged")));
    }

    [Fact]
    public void A_strike_balloted_on_is_the_balloting_unions()
    {
        var run = Coded.Run("In four days, the union will start balloting 200,000 council workers on strikes.");
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldContain("the union");
    }

    [Fact]
    public void A_strike_balloted_on_in_protest_has_its_union_once()
    {
        var run = Coded.Run("The country's biggest teaching union is to ballot its 90,000 members on strikes in protest at plans to cut pensions.");
        run.Events.Where(e => e.Type == PloverType.Protest).ShouldAllBe(e => e.Actors.Count(a => a.Role == ActorRole.Source) == 1);
    }

    [Fact]
    public void A_gerund_after_by_past_the_verbs_object_is_the_subjects_act()
    {
        var run = Coded.Run("In 2000 the Fuel Lobby caused chaos by blocking roads with slow convoys.");
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldContain("the Fuel Lobby");
    }

    [Fact]
    public void A_body_agreeing_unanimously_on_its_own_course_decides_it()
    {
        var run = Coded.Run("The Scottish Executive considered a range of options but agreed unanimously to introduce a ban on smoking in bars.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Those_believed_past_an_adverb_to_have_agreed_agreed()
    {
        var run = Coded.Run("Finance ministers are also believed to have agreed to instruct the World Bank to complete a review.");
        run.Single(PloverType.Agree).Texts(ActorRole.Source, run.Text).ShouldContain("Finance ministers");
    }

    [Fact]
    public void An_organisation_meeting_with_no_one_named_meets_within_itself()
    {
        var run = Coded.Run("Amnesty International is meeting this week to plan a campaign.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void An_organisation_holding_talks_with_someone_still_consults()
    {
        var run = Coded.Run("Amnesty International is holding talks with the farming minister this week.");
        run.Events.ShouldContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void What_a_law_bans_by_its_terms_is_no_act()
    {
        var run = Coded.Run("The reform would have scrapped old legislation banning judges from sitting in parliament.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void A_system_that_detained_people_is_no_act_of_anyones()
    {
        var run = Coded.Run("He said his country once had a system that detained people without trial.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void Police_detaining_people_still_coerce()
    {
        var run = Coded.Run("Police detained 20 people without trial in Lagos on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void A_later_sentences_deal_lends_no_party_to_a_pledge_before_it()
    {
        var run = Coded.Run("Norway has pledged to pay 10% of the fund's debt bill. On top of the aid deal with Ghana the minister said Norway would make similar offers.");
        run.Events.ShouldNotContain(e => e.Trigger.Of(run) == "pledged" && e.Texts(ActorRole.Target, run.Text).Contains("Ghana"));
    }

    [Fact]
    public void In_an_undated_article_a_wound_dated_before_a_later_year_it_names_is_recalled()
    {
        const string text = "Sir Ian, who led the 1989 challenge to the party leader, has died. He was wounded in Belgium in 1944.";
        var pipeline = PipelineFactory.Create(new DataFiles(Path.Combine(RepositoryPaths.Root, "data")));
        var events = pipeline.Run(new Document("undated.txt", null, null, text)).Annotations.Events;
        events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical == EventCoder.UnidentifiedAttackers));
    }
}
