namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong event still open after session 16's reading of UK political news: an aim told as the act, readiness
/// for a hostile act that falls on no one, the plural present of a reporting verb, a singular pronoun after plural reporters,
/// party members read as a miscellaneous name, forecasters as the ones who back, what voters would do in a poll.
/// </summary>
public sealed class OpenKindTests
{
    [Theory]
    [InlineData("The aim of the new party is to withdraw from the European Union.")]
    [InlineData("Our goal was to withdraw every soldier from the region by May.")]
    [InlineData("The plan will be to withdraw the troops before the winter.")]
    public void An_aim_is_no_act(string sentence)
    {
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void The_act_itself_is_still_coded()
    {
        var run = Coded.Run("The army withdrew from the border town in May.");
        run.Single(PloverType.Retreat).Texts(ActorRole.Source, run.Text).ShouldContain("The army");
    }

    [Fact]
    public void Readiness_for_a_hostile_act_on_no_one_agrees_to_nothing()
    {
        Coded.Run("The finance minister was ready to slap a new tax on the banks.").Events.ShouldBeEmpty();
    }

    [Fact]
    public void Readiness_for_a_hostile_act_on_someone_is_still_a_threat()
    {
        var run = Coded.Run("The president said he was prepared to impose martial law on the rebels.");
        run.Single(PloverType.Threaten).Texts(ActorRole.Target, run.Text).ShouldContain("rebels");
    }

    [Theory]
    [InlineData("Police say the two men, who were arrested on Friday, will appear in court.")]
    [InlineData("Police confirm the two men, who were arrested on Friday, have been freed on bail.")]
    public void The_plural_present_reports_as_the_past_does(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldContain("Police");
    }

    [Theory]
    [InlineData("The minister spoke for an hour. The Tories say he is surrendering a key veto.")]
    [InlineData("The minister spoke for an hour. Officials said he had not resigned.")]
    public void A_singular_pronoun_is_none_of_the_plural_reporters(string text)
    {
        Coded.Run(text).Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source
            && (a.Span.Of(text) == "The Tories" || a.Span.Of(text) == "Officials")));
    }

    [Fact]
    public void A_singular_reporter_is_still_the_pronoun_after_the_verb()
    {
        var run = Coded.Run("The foreign minister says he will expel the ambassador.");
        run.Events.ShouldContain(e => e.Texts(ActorRole.Source, run.Text).Contains("The foreign minister"));
    }

    [Theory]
    [InlineData("Many Labour MPs called for the minister's resignation.", "Labour MPs")]
    [InlineData("Some Labour MPs had long called for the minister's resignation.", "Labour MPs")]
    public void Members_of_a_party_at_the_start_of_a_sentence_are_the_subject(string sentence, string source)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).ShouldContain(a => a.EndsWith(source, StringComparison.Ordinal));
    }

    [Fact]
    public void Forecasters_who_back_a_party_are_its_supporters()
    {
        var run = Coded.Run("The Greens, backed by several independent forecasters, say the minister will have to raise taxes.");
        var e = run.Single(PloverType.Support);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(a => a.EndsWith("forecasters", StringComparison.Ordinal));
        e.Texts(ActorRole.Target, run.Text).ShouldContain("The Greens");
    }

    [Theory]
    [InlineData("Most voters would reject the new treaty by three to one, according to a survey.")]
    [InlineData("Dutch voters would probably reject the constitution, a poll for a newspaper suggests.")]
    public void What_voters_would_do_in_a_poll_is_no_act(string sentence)
    {
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }

    [Fact]
    public void What_voters_did_is_still_coded()
    {
        var run = Coded.Run("Voters rejected the new treaty in a referendum.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldContain("Voters");
    }
}
