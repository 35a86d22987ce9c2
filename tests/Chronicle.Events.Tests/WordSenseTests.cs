namespace Chronicle.Events.Tests;

/// <summary>Trigger words in senses that are no political event, and the parties an event is not between.</summary>
public sealed class WordSenseTests
{
    [Fact]
    public void Occupying_a_place_in_politics_is_no_seizure()
    {
        var run = Coded.Run("The minister said the party had learned to occupy the centre ground of politics.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void What_a_poll_demonstrates_is_no_protest()
    {
        var run = Coded.Run("The latest survey demonstrates that the government is losing support among the young.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void Crowds_that_demonstrate_outside_still_protest()
    {
        var run = Coded.Run("Thousands of students demonstrated outside the parliament in Ankara on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void To_appeal_to_voters_is_no_request()
    {
        var run = Coded.Run("The party set out a programme aimed to appeal to young voters in the big cities.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void An_appeal_to_act_is_a_request()
    {
        var run = Coded.Run("The president appealed to the rebels to lay down their arms on Monday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Request, string.Join("; ", run.Events.Select(e => e.Type + " " + e.Trigger.Of(run.Text))));
    }

    [Fact]
    public void Meeting_the_public_is_no_consultation()
    {
        var run = Coded.Run("Senator Jane Smithson said she had met many people in the town who were worried about jobs.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
    }

    [Fact]
    public void Fighting_a_disease_is_no_assault()
    {
        var run = Coded.Run("The minister promised that the new fund would eradicate the disease within ten years.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Two_named_critics_are_two_events()
    {
        var run = Coded.Run("Senator Jane Smithson criticised the minister on Monday. Senator John Wardlow also criticised the minister in a speech in Leeds.");
        run.Events.Count(e => e.Type == PloverType.Accuse).ShouldBe(2);
    }

    [Fact]
    public void An_unknown_first_person_is_no_source()
    {
        var run = Coded.Run("\"I have attacked the government over the tax rises, and I will go on doing it.\"");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "I"));
    }

    [Fact]
    public void A_condition_holds_no_target()
    {
        var run = Coded.Run("The mayor said he would refuse to resign even if the president asked him to go.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("president")));
    }

    [Fact]
    public void The_charge_holds_no_target()
    {
        var run = Coded.Run("The four men were held in a London prison, accused of links to al-Qaeda.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("Qaeda")));
    }

    [Fact]
    public void Soldiers_offered_are_no_target()
    {
        var run = Coded.Run("The prime minister offered 120 soldiers to the peacekeeping force.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("soldiers")));
    }

    [Theory]
    [InlineData("The senator backed the invasion of Iraq in 2003.")]
    [InlineData("The opposition leader supported the war against Iraq.")]
    public void The_country_invaded_is_no_target_of_the_backing(string text)
    {
        var run = Coded.Run(text);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support && e.Actors.Any(a => a.Role == ActorRole.Target));
    }

    [Fact]
    public void A_treaty_named_after_a_city_is_no_target()
    {
        var run = Coded.Run("The US has refused to sign up to the Kyoto treaty on emissions.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Span.Of(run.Text).Contains("Kyoto")));
    }

    [Fact]
    public void Those_a_thing_is_about_are_no_target()
    {
        var run = Coded.Run("The mayor defended the council's attitude towards the Kurdish community on Monday.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text).Contains("community")));
    }

    [Fact]
    public void An_agreement_only_hoped_for_is_none()
    {
        var run = Coded.Run("There is still \"little prospect\" of Canada agreeing to cut its emissions this year.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }
}
