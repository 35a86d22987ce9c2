namespace Chronicle.Events.Tests;

/// <summary>Who an actor is and which country it is of, read as a reader of the whole article reads it.</summary>
public sealed class ActorReadingTests
{
    [Fact]
    public void She_is_not_a_man_named_with_a_first_name_of_men()
    {
        var run = Coded.Run("Ann Cole said the plan was a mistake. Tom Hartley welcomed the report on Tuesday. "
            + "She also accused ministers of wasting money.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Cole"));
        e.Actors.ShouldNotContain(a => a.Canonical.Contains("Hartley"));
    }

    [Fact]
    public void She_is_not_a_man_whose_title_was_given_at_an_earlier_mention()
    {
        var run = Coded.Run("Mr Lee Hartley spoke first on Monday. Then Ms Jo Cole spoke. Hartley welcomed the report. "
            + "She also accused ministers of wasting money.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Cole"));
    }

    [Fact]
    public void He_is_the_holder_of_a_post_that_opened_the_sentence_before()
    {
        var run = Coded.Run("Mr Tom Hartley is expected to announce new rules on Monday. The prime minister on Sunday said "
            + "the rules would be tougher. But he rejected calls for a quota on migrants.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("prime minister"));
        e.Actors.ShouldNotContain(a => a.Canonical.Contains("Hartley"));
    }

    [Fact]
    public void He_is_the_person_named_earlier_with_the_post_that_opened_the_sentence_before()
    {
        var run = Coded.Run("Prime Minister Ann Cole opened the debate. Mr Tom Hartley is expected to announce new rules on Monday. "
            + "The prime minister on Sunday said the rules would be tougher. But she rejected calls for a quota on migrants.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical == "Ann Cole" && a.EntityId != null);
    }

    [Fact]
    public void A_region_read_as_a_namesake_abroad_is_of_the_articles_own_country()
    {
        var run = Coded.Run("Voters in the North East rejected plans for a regional assembly. Labour MP Tom Hartley said the "
            + "Home Office and Downing Street would respect the vote. Police arrested two men in the North East after the count.");
        var e = run.Single(PloverType.Coerce);
        e.Actors.ShouldAllBe(a => a.Country == "GB");
    }

    [Fact]
    public void A_person_titled_by_a_town_read_as_a_namesake_abroad_is_of_the_articles_own_country()
    {
        var run = Coded.Run("In one of the best known cases in Britain, Norfolk farmer Tom Hartley was jailed for shooting a burglar. "
            + "Labour MPs and the Home Office criticised the sentence.");
        run.Events.Where(e => e.Type == PloverType.Coerce).SelectMany(e => e.Actors)
            .ShouldContain(a => a.Canonical.Contains("Hartley") && a.Country == "GB");
    }

    [Fact]
    public void A_town_abroad_named_with_its_country_keeps_that_country()
    {
        var run = Coded.Run("Labour MP Tom Hartley visited Norfolk in the United States on Monday. Police arrested two men in "
            + "Norfolk, Virginia, after the visit. The Home Office and Downing Street said nothing.");
        run.Events.Where(e => e.Type == PloverType.Coerce).SelectMany(e => e.Actors)
            .ShouldContain(a => a.Role == ActorRole.Source && a.Country == "US");
    }

    [Fact]
    public void Troops_offered_to_a_mission_are_given_and_the_mission_is_the_target()
    {
        var run = Coded.Run("Freedonia offered troops to the African Union mission on Friday.");
        var targets = run.Events.SelectMany(e => e.Actors).Where(a => a.Role == ActorRole.Target).Select(a => a.Span.Of(run)).ToList();
        targets.ShouldContain(t => t.Contains("African Union"));
        targets.ShouldNotContain("troops");
    }

    [Fact]
    public void Talks_in_a_fronted_phrase_are_held_by_the_subject_after_it()
    {
        var run = Coded.Run("After two days of talks with ministers, the rail union called off its strike.");
        var talks = run.Events.Single(e => e.Type == PloverType.Consult);
        talks.Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("union"));
        talks.Texts(ActorRole.Target, run.Text).ShouldContain("ministers");
    }

    [Fact]
    public void Members_of_a_cabinet_are_of_the_articles_politics()
    {
        var run = Coded.Run("Labour MP Tom Hartley said the Home Office would act. Cabinet members criticised the Tories on Monday.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void A_peer_is_of_the_articles_politics()
    {
        var run = Coded.Run("Labour MPs and the Home Office backed the bill. The revolt ended after Lord Hartley promised the "
            + "Catholic archbishop of Cardiff to strengthen safeguards in the bill.");
        run.Events.SelectMany(e => e.Actors).ShouldContain(a => a.Canonical.Contains("Hartley") && a.Country == "GB");
    }

    [Fact]
    public void He_is_not_a_person_named_inside_a_quotation()
    {
        var run = Coded.Run("Mr Tom Hartley spoke on Monday. He said: \"Mr Bill Cole made the wrong choice.\" "
            + "He urged ministers to reverse the decision.");
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley"));
        e.Actors.ShouldNotContain(a => a.Canonical.Contains("Cole"));
    }

    [Fact]
    public void A_verb_after_an_auxiliary_is_not_part_of_the_actor_after_it()
    {
        var run = Coded.Run("Downing Street has stressed Mr Tom Hartley's support for the home secretary.");
        run.Single(PloverType.Support).Texts(ActorRole.Source, run.Text).ShouldAllBe(t => !t.Contains("stressed"));
    }

    [Fact]
    public void People_in_a_region_named_with_its_article_are_the_subject_not_the_region()
    {
        var run = Coded.Run("Ministers in London proposed an elected assembly. Voters in the North East have rejected plans for an elected assembly.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain(t => t.Contains("Voters"));
    }

    [Fact]
    public void Two_sides_rejecting_one_plan_apart_in_the_article_are_two_events()
    {
        var run = Coded.Run("The union rejected the Tories' plan on Monday. Ministers met on Tuesday to discuss the budget. "
            + "Teachers were angry about pay. The council also rejected the Tories' plan.");
        var sources = run.Events.Where(e => e.Type == PloverType.Reject).Select(e => e.Texts(ActorRole.Source, run.Text).ToList()).ToList();
        sources.Count.ShouldBe(2);
        sources.ShouldAllBe(s => s.Count == 1);
    }
}
