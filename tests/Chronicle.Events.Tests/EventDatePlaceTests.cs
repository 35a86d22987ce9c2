namespace Chronicle.Events.Tests;

/// <summary>
/// An event's own date and place in wire news: datelines, times that belong to another phrase or clause, events told
/// as recalled, places named only to find another by; on sentences written for these tests (published Friday 2024-03-15).
/// </summary>
public sealed class EventDatePlaceTests
{
    [Fact]
    public void A_datelines_date_is_no_date_of_an_event_told_in_the_past_perfect()
    {
        var run = Coded.Run("BAGHDAD, March 15 - Iraq said today its troops had killed hundreds of rebels on the southern front.");
        run.Single(PloverType.Assault).Date.ShouldBeNull();
    }

    [Fact]
    public void An_event_of_the_day_under_a_dateline_takes_the_article_date_and_says_so()
    {
        var run = Coded.Run("NAIROBI, March 15 - Thousands of teachers have gone on strike in western Kenya, the union said.");
        var date = run.Single(PloverType.Protest).Date.ShouldNotBeNull();
        date.Value.ShouldBe("2024-03-15");
        date.Text.ShouldBe("article date");
    }

    [Fact]
    public void A_dateline_places_fighting_it_reports_only_in_its_country()
    {
        var run = Coded.Run("BAGHDAD, March 15 - Iraq said its troops had killed hundreds of rebels on the southern front.");
        var place = run.Single(PloverType.Assault).Place.ShouldNotBeNull();
        place.Country.ShouldBe("IQ");
        place.Precision.ShouldBe(GeoPrecision.Country);
    }

    [Fact]
    public void A_dateline_places_a_statement_in_its_town()
    {
        var run = Coded.Run("NAIROBI, March 15 - The Kenyan government rejected the demands of the teachers' union.");
        run.Single(PloverType.Reject).Place?.Name.ShouldBe("Nairobi");
    }

    [Fact]
    public void A_year_after_the_article_is_no_date_of_a_past_threat()
    {
        var run = Coded.Run("The European Parliament threatened to block the spending plans for next year.");
        run.Single(PloverType.Threaten).Date.ShouldBeNull();
    }

    [Fact]
    public void A_date_before_a_noun_dates_that_noun_only()
    {
        var run = Coded.Run("The president rejected the March 2 ruling of the court.");
        run.Single(PloverType.Reject).Date.ShouldBeNull();
    }

    [Theory]
    [InlineData("Troops killed 30 protesters during the March 2 uprising in the capital.", "2024-03-02")]
    [InlineData("Two policemen were injured in Monday's attack on the station.", "2024-03-11")]
    public void A_dated_phrase_after_in_or_during_is_the_time_of_its_clause(string sentence, string date)
    {
        var run = Coded.Run(sentence);
        run.Events.Where(e => e.Type == PloverType.Assault).ShouldAllBe(e => e.Date != null && e.Date.Value == date);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_time_in_a_clause_after_after_dates_that_clause()
    {
        var run = Coded.Run("Police arrested 20 protesters after the court banned the march on Tuesday.");
        run.Events.Single(e => e.Trigger.Of(run) == "arrested").Date.ShouldBeNull();
    }

    [Fact]
    public void A_criticism_made_previously_is_not_of_the_day()
    {
        var run = Coded.Run("Soviet officials have previously criticized the United States for sending warships to the region.");
        run.Single(PloverType.Accuse).Date.ShouldBeNull();
    }

    [Fact]
    public void An_act_told_in_the_simple_past_takes_no_article_date_from_a_present_statement()
    {
        var run = Coded.Run("The council has rejected the decision and said President Ali was ousted by force.");
        run.Single(PloverType.Reject).Date?.Value.ShouldBe("2024-03-15");
        run.Single(PloverType.Coerce).Date.ShouldBeNull();
    }

    [Fact]
    public void A_clock_time_before_its_zone_is_no_year()
    {
        var run = Coded.Run("Four American frigates shelled two oil platforms at 1100 GMT on Monday.");
        run.Single(PloverType.Assault).Date?.Value.ShouldBe("2024-03-11");
    }

    [Fact]
    public void A_place_named_to_find_another_by_is_not_where()
    {
        var run = Coded.Run("Police posts in Nakuru, 40 km west of Nairobi, were attacked by gunmen on Monday.");
        run.Single(PloverType.Assault).Place?.Name.ShouldBe("Nakuru");
    }

    [Fact]
    public void A_plural_possessor_is_no_place()
    {
        var run = Coded.Run("Witnesses in Kandahar described the United States' attack on the village.");
        run.Single(PloverType.Assault).Place?.Country.ShouldBe("AF");
    }

    [Fact]
    public void A_determiner_opening_a_later_conjunct_keeps_it_with_the_first()
    {
        var run = Coded.Run("Mr Chinh, a veteran of the wars against France and the U.S., was ousted by parliament in Hanoi.");
        run.Single(PloverType.Coerce).Place?.Name.ShouldBe("Hanoi");
    }

    [Fact]
    public void One_person_killed_and_a_bare_number_injured_are_counts()
    {
        var run = Coded.Run("An armed man killed one person and injured two others in an attack on a petrol station in Kuala Lumpur.");
        var counts = run.Single(PloverType.Assault).Counts;
        counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 1);
        counts.ShouldContain(c => c.Kind == CountKind.Injured && c.Quantity.Value == 2);
    }
}
