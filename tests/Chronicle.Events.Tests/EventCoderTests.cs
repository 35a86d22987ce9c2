namespace Chronicle.Events.Tests;

public sealed class EventCoderTests
{
    [Fact]
    public void The_stage_is_named_events()
    {
        var lexicon = TriggerLexicon.Parse(["attack\tV\tASSAULT\t-\t-\tnews"], "test");
        lexicon.Count.ShouldBe(1);
        lexicon.Find("Attack").Length.ShouldBe(1);
    }

    [Fact]
    public void Subject_before_and_object_after_an_active_verb_are_source_and_target()
    {
        var run = Coded.Run("Police arrested Maria Okonkwo in Lagos on Tuesday.");
        var e = run.Single(PloverType.Coerce);
        e.Mode.ShouldBe("arrest");
        e.Texts(ActorRole.Source, run.Text).ShouldContain("Police");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Maria Okonkwo");
        e.Place!.Country.ShouldBe("NG");
        e.Date!.Value.ShouldBe("2024-03-12");
    }

    [Fact]
    public void Passive_voice_puts_the_by_agent_as_source()
    {
        var run = Coded.Run("The convoy was attacked by rebels near Goma on Friday.");
        var e = run.Single(PloverType.Assault);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("rebels");
        e.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "The convoy");
    }

    [Fact]
    public void Noun_trigger_takes_its_possessor_as_source_and_of_phrase_as_target()
    {
        var run = Coded.Run("Leaders met to discuss Germany's invasion of Poland.");
        var e = run.Single(PloverType.Assault);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "DE");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "PL");
    }

    [Fact]
    public void A_demonym_adjective_is_the_source_of_a_noun_trigger()
    {
        var run = Coded.Run("Diplomats condemned the French invasion of Spain.");
        var e = run.Events.First(x => x.Type == PloverType.Assault);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "FR");
    }

    [Fact]
    public void A_telephone_call_after_an_opening_phrase_belongs_to_the_main_subject()
    {
        var run = Coded.Run("In a telephone call with Olaf Brenner on Monday, Canada's prime minister Ana Ruiz praised the deal.");
        var e = run.Single(PloverType.Consult);
        e.Mode.ShouldBe("phone");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("Olaf Brenner");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "CA");
        e.Date!.Value.ShouldBe("2024-03-11");
    }

    [Fact]
    public void Common_noun_actors_get_the_article_focus_country()
    {
        var run = Coded.Run("Protesters marched through Nairobi. Security forces opened fire on the protesters.");
        var e = run.Single(PloverType.Assault);
        e.Mode.ShouldBe("firearms");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "KE");
    }

    [Fact]
    public void Counts_of_the_killed_come_from_the_clause()
    {
        var run = Coded.Run("Gunmen killed at least 12 villagers in Kaduna.");
        var e = run.Single(PloverType.Assault);
        var killed = e.Counts.Single(c => c.Kind == CountKind.Killed);
        killed.Quantity.Value.ShouldBe(12m);
        killed.Quantity.Qualifier.ShouldBe(Qualifier.AtLeast);
    }

    [Fact]
    public void Participants_of_a_gathering_are_counted()
    {
        var run = Coded.Run("Nearly 5,000 people gathered in Lima.");
        var e = run.Single(PloverType.Protest);
        e.Counts.Single(c => c.Kind == CountKind.Participants).Quantity.Value.ShouldBe(5000m);
    }

    [Fact]
    public void Leaders_gathering_is_not_a_protest()
    {
        var run = Coded.Run("Finance ministers gathered in Geneva.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Negation_makes_an_event_negated()
    {
        var run = Coded.Run("The army did not attack the village of Tamale.");
        run.Single(PloverType.Assault).Modality.ShouldBe(Modality.Negated);
    }

    [Fact]
    public void A_modal_makes_an_event_hypothetical()
    {
        var run = Coded.Run("The rebels may attack the capital, officials in Kenya said.");
        run.Single(PloverType.Assault).Modality.ShouldBe(Modality.Hypothetical);
    }

    [Fact]
    public void An_event_recalled_from_another_year_keeps_that_year()
    {
        var run = Coded.Run("Police killed 30 students in Bamako in March 2012.");
        run.Single(PloverType.Assault).Date!.Value.ShouldBe("2012-03");
    }

    [Fact]
    public void A_present_tense_event_without_a_time_takes_the_article_date()
    {
        var run = Coded.Run("Students are protesting against the government in Dhaka.");
        var e = run.Single(PloverType.Protest);
        e.Date!.Value.ShouldBe("2024-03-15");
        e.Date.Text.ShouldBe("article date");
    }

    [Fact]
    public void A_past_event_without_a_time_has_no_date()
    {
        var run = Coded.Run("Years ago, soldiers had attacked the town of Gulu.");
        run.Single(PloverType.Assault).Date.ShouldBeNull();
    }

    [Fact]
    public void Repeated_mentions_of_one_event_merge()
    {
        var run = Coded.Run("Thousands of workers protested in Dhaka on Monday. The protests continued into the night.");
        run.Events.Count(e => e.Type == PloverType.Protest).ShouldBe(1);
    }

    [Fact]
    public void Reporting_verbs_are_not_events()
    {
        var run = Coded.Run("The minister said the talks in Oslo were useful.");
        run.Events.ShouldNotContain(e => e.Trigger.Of(run.Text) == "said");
    }

    [Fact]
    public void Weapons_used_against_a_target_are_an_attack_with_a_count()
    {
        var run = Coded.Run("Russia has used about 300 missiles against Ukraine's power grid.");
        var e = run.Single(PloverType.Assault);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "RU");
        e.Counts.Single(c => c.Kind == CountKind.Weapons).Quantity.Value.ShouldBe(300m);
    }
}
