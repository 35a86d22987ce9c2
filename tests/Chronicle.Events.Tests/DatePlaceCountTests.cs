namespace Chronicle.Events.Tests;

/// <summary>An event's own date, place and counts, on sentences written for these tests (published Friday 2024-03-15).</summary>
public sealed class DatePlaceCountTests
{
    [Fact]
    public void The_day_a_statement_was_made_is_not_the_day_of_the_attack_it_reports()
    {
        var run = Coded.Run("Police said on Tuesday that gunmen had attacked a checkpoint near Kandahar on Sunday.");
        run.Single(PloverType.Assault).Date?.Value.ShouldBe("2024-03-10");
    }

    [Fact]
    public void An_event_told_in_a_statement_of_today_takes_no_date_of_its_own()
    {
        var run = Coded.Run("The army said today its troops had killed 30 rebels near Aleppo.");
        var e = run.Single(PloverType.Assault);
        e.Date.ShouldBeNull();
        e.Counts.ShouldContain(c => c.Kind == CountKind.Killed && c.Quantity.Value == 30);
    }

    [Fact]
    public void A_relative_clause_keeps_its_time_to_itself()
    {
        var run = Coded.Run("Rebels seized two towns in the northern offensive, which started on Monday.");
        run.Single(PloverType.Coerce).Date.ShouldBeNull();
    }

    [Fact]
    public void A_place_where_the_news_was_heard_is_not_where_the_event_happened()
    {
        var run = Coded.Run("The agency, monitored by the BBC in London, said rebels had attacked an army post in northern Mali.");
        run.Single(PloverType.Assault).Place?.Country.ShouldBe("ML");
    }

    [Fact]
    public void The_place_in_the_trigger_clause_comes_before_one_in_a_relative_clause()
    {
        var run = Coded.Run("The president, who met his generals in Paris on Wednesday, visited the German chancellor in Lyon today.");
        run.Events.Single(e => e.Trigger.Of(run) == "visited").Place?.Name.ShouldBe("Lyon");
    }

    [Fact]
    public void A_country_that_is_the_subject_is_not_the_place_of_what_it_did()
    {
        var run = Coded.Run("Iran attacked across the mountains of northeastern Iraq last week.");
        run.Single(PloverType.Assault).Place?.Country.ShouldBe("IQ");
    }

    [Fact]
    public void A_constituency_named_after_for_is_not_where_the_event_happened()
    {
        var run = Coded.Run("John Smith, the MP for Exeter and Plymouth, was attacked by gunmen in a park in the capital, Kampala.");
        run.Single(PloverType.Assault).Place?.Name.ShouldBe("Kampala");
    }

    [Fact]
    public void Coordinated_places_after_in_are_both_places()
    {
        var run = Coded.Run("Gunmen attacked police posts in Kampala and Gulu on Monday.");
        run.Single(PloverType.Assault).Place.ShouldNotBeNull();
    }

    [Fact]
    public void Hundreds_stays_vague()
    {
        var run = Coded.Run("Hundreds of protesters marched through Nairobi on Monday.");
        var count = run.Single(PloverType.Protest).Counts.Single(c => c.Kind == CountKind.Participants);
        count.Quantity.Low.ShouldBe(200);
        count.Quantity.High.ShouldBe(999);
    }

    [Fact]
    public void Killed_or_wounded_together_is_no_count_of_the_dead()
    {
        var run = Coded.Run("Government troops killed or wounded 300 rebels near Aleppo.");
        run.Single(PloverType.Assault).Counts.ShouldNotContain(c => c.Kind == CountKind.Killed || c.Kind == CountKind.Injured);
    }

    [Fact]
    public void A_bare_number_before_were_injured_counts_the_injured()
    {
        var run = Coded.Run("A policeman was killed and 25 were injured when a bomb exploded in Kabul this morning.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault
            && e.Counts.Any(c => c.Kind == CountKind.Injured && c.Quantity.Value == 25));
    }

    [Fact]
    public void The_injured_of_a_clause_are_not_counted_as_arrested()
    {
        var run = Coded.Run("At least 14 people were injured and many arrested in clashes in Quito.");
        run.Events.Where(e => e.Type == PloverType.Coerce).ShouldAllBe(e => !e.Counts.Any(c => c.Kind == CountKind.Arrested && c.Quantity.Value == 14));
    }
    [Theory]
    [InlineData("At least two people were killed in the blast in Kano on Friday.", PloverType.Assault, "At least two people")]
    [InlineData("At most 40 soldiers were arrested by the rebels near Goma.", PloverType.Coerce, "At most 40 soldiers")]
    public void A_counted_target_keeps_the_at_of_its_quantifier(string sentence, PloverType type, string text)
    {
        var run = Coded.Run(sentence);
        run.Single(type).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run) == text);
    }
    [Theory]
    [InlineData("Two jailed journalists began a hunger strike on Monday.", "Two jailed journalists")]
    [InlineData("Hundreds of students blocked roads in Adama to protest against the arrests.", "Hundreds of students")]
    public void Those_who_protest_are_its_participants_whatever_harm_the_clause_names(string sentence, string counted)
    {
        var run = Coded.Run(sentence);
        var protest = run.Single(PloverType.Protest);
        protest.Counts.ShouldContain(c => c.Kind == CountKind.Participants && c.Quantity.Span.Of(run.Text) == counted);
        run.Events.ShouldNotContain(e => e.Counts.Any(c => c.Kind == CountKind.Arrested));
    }

    [Fact]
    public void A_clause_after_and_keeps_its_own_counts()
    {
        var run = Coded.Run("Thousands of people marched in Lagos on Friday and 20 protesters were arrested.");
        run.Single(PloverType.Protest).Counts.ShouldHaveSingleItem().Kind.ShouldBe(CountKind.Participants);
        var arrest = run.Single(PloverType.Coerce).Counts.ShouldHaveSingleItem();
        arrest.Kind.ShouldBe(CountKind.Arrested);
        arrest.Quantity.Value.ShouldBe(20);
    }
}
