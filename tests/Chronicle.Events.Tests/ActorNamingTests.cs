namespace Chronicle.Events.Tests;

/// <summary>
/// Who an actor is when the text names it by a post, a pronoun or another of its names: compound titles, the holder of
/// a post, `it` and `they` going on with a subject, a party's aliases, and a place that is where rather than who.
/// </summary>
public sealed class ActorNamingTests
{
    [Fact]
    public void A_compound_title_after_by_is_read_whole()
    {
        var run = Coded.Run("Mr Cole was criticised by Foreign Secretary Tom Reed on Monday.");
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).ShouldContain("Foreign Secretary Tom Reed");
    }

    [Fact]
    public void A_post_of_one_holder_is_the_person_named_with_it_before()
    {
        var run = Coded.Run("Home Secretary Anne Blake spoke on Monday. Later the home secretary criticised the police chiefs over the delays.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == "Anne Blake" && a.EntityId != null);
    }

    [Fact]
    public void A_post_set_off_before_a_name_is_that_persons()
    {
        var run = Coded.Run("The shadow chancellor, Tom Reed, spoke on Monday. The shadow chancellor also criticised the Treasury.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == "Tom Reed");
    }

    [Fact]
    public void A_shadow_or_deputy_post_is_not_the_post_itself()
    {
        var run = Coded.Run("Shadow chancellor Tom Reed spoke on Monday. Mr Reed accused the chancellor of hiding the figures.");
        var accusation = run.Single(PloverType.Accuse);
        accusation.Actors.ShouldContain(a => a.Role == ActorRole.Target);
        accusation.Actors.ShouldNotContain(a => a.Role == ActorRole.Target && a.Canonical == "Tom Reed");
    }

    [Fact]
    public void A_bare_post_many_hold_is_not_resolved_to_one_person()
    {
        var run = Coded.Run("Foreign Minister Ann Lee spoke on Monday. The minister accused the Treasury of lying.");
        run.Single(PloverType.Accuse).Actors.ShouldNotContain(a => a.Canonical == "Ann Lee");
    }

    [Fact]
    public void It_goes_on_with_an_organisation_that_was_the_subject_before()
    {
        var run = Coded.Run("The Green Party met on Monday. It accused the ministers of lying.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Green Party"));
    }

    [Fact]
    public void They_goes_on_with_a_plural_group_that_was_the_subject_before()
    {
        var run = Coded.Run("Opposition MPs met on Monday. They accused the Prime Minister of lying.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("MPs"));
    }

    [Fact]
    public void It_does_not_stand_for_a_person_or_a_thing()
    {
        var person = Coded.Run("Mr Smith spoke on Monday. It accused the ministers of lying.");
        person.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Smith")));
        var thing = Coded.Run("The bill was published on Monday. It accused the ministers of lying.");
        thing.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Fact]
    public void They_in_a_quoted_sentence_is_not_the_narratives_group()
    {
        var run = Coded.Run("The unions met on Monday. \"Their rights were abused and they were denied a hearing.\"");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.Contains("unions")));
    }

    [Fact]
    public void The_owner_of_claims_denied_in_the_passive_is_the_target()
    {
        var run = Coded.Run("Mr Cole said the minister lied on Monday. His claims were denied by the Home Office.");
        var denial = run.Single(PloverType.Reject);
        denial.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Cole"));
        denial.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Home Office"));
    }

    [Fact]
    public void A_partys_names_share_one_canonical_name_and_id()
    {
        var run = Coded.Run("The Conservatives attacked the government on Monday. The Tory party later criticised the chancellor.");
        var sources = run.Events.SelectMany(e => e.Actors).Where(a => a.Role == ActorRole.Source).ToList();
        sources.Count.ShouldBe(2);
        sources.ShouldAllBe(a => a.Canonical == "Conservative Party");
        sources.Select(a => a.EntityId).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void A_partys_members_and_the_government_keep_their_own_names()
    {
        var run = Coded.Run("Labour MPs criticised the government on Monday.");
        var criticism = run.Single(PloverType.Accuse);
        criticism.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("MPs"));
        criticism.Actors.ShouldNotContain(a => a.Canonical == "Labour Party");
    }

    [Fact]
    public void Every_state_of_a_list_visited_is_a_target()
    {
        var run = Coded.Run("Mr Brown is visiting Tanzania, Mozambique and Kenya this week.");
        var visit = run.Single(PloverType.Consult);
        visit.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Country).ShouldBe(["TZ", "MZ", "KE"], ignoreOrder: true);
    }

    [Fact]
    public void A_place_where_a_venue_lies_is_no_party_to_talks()
    {
        var run = Coded.Run("The two leaders held talks at the foreign secretary's house in Kent.");
        run.Single(PloverType.Consult).Actors.ShouldNotContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Kent"));
    }

    [Fact]
    public void The_venue_of_talks_gives_the_parties_no_country()
    {
        var run = Coded.Run("Sri Lanka's army has fought the Tigers for years. Rebels held talks with the army in Oslo on Friday.");
        run.Single(PloverType.Consult).Actors.ShouldNotContain(a => a.Country == "NO");
    }

    [Fact]
    public void A_state_naming_a_terror_attack_is_not_its_attacker()
    {
        var run = Coded.Run("Since the US terror attacks, the police have arrested 20 people.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "US" && a.Canonical == "US"));
    }

    [Fact]
    public void A_word_of_a_quoted_description_before_a_noun_is_no_actor()
    {
        var run = Coded.Run("Mr Reed promised the unions a \"firm but fair\" policy on pay.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical == "firm"));
    }

    [Fact]
    public void Every_subject_of_a_list_joined_by_commas_and_and_is_a_source()
    {
        var run = Coded.Run("Students, nurses and teachers marched through Leeds on Monday.");
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).ShouldBe(["Students", "nurses", "teachers"], ignoreOrder: true);
    }

    [Fact]
    public void A_person_of_no_stated_country_arrested_abroad_is_of_the_place_of_the_arrest()
    {
        var run = Coded.Run("The Labour government in London defended British troops in Iraq on Monday. Ministers met MPs in London. Mr Zorvak was arrested at a hotel in Basra in 2003.");
        run.Single(PloverType.Coerce).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Canonical.Contains("Zorvak") && a.Country == "IQ");
    }

    [Fact]
    public void A_post_after_as_is_a_capacity_and_no_target()
    {
        var run = Coded.Run("Ms Hale said she would refuse to serve as a health or transport minister.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Canonical.Contains("minister")));
    }
    [Fact]
    public void An_abbreviation_the_article_spells_out_as_another_party_is_not_the_listed_one()
    {
        var run = Coded.Run("Thousands of Bangladesh Nationalist Party supporters marched through central Dhaka on Friday. "
            + "The BNP denied that its supporters had started the violence.");
        var protest = run.Single(PloverType.Protest);
        protest.Actors.ShouldAllBe(a => a.Country == "BD");
        run.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Canonical == "British National Party");
    }
}
