namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of event in present-day conflict news that the lead's probes found missed (session 19): strikes named by the
/// state that made them, as wire copy writes them (`Israeli strikes killed`, `US strikes on Houthi positions`).
/// </summary>
public sealed class PresentDayConflictTests
{
    private static readonly DateOnly In2024 = new(2024, 5, 10);

    [Theory]
    [InlineData("Israeli strikes killed at least 25 people in Gaza on Tuesday.", "IL")]
    [InlineData("Russian strikes damaged the power grid near Kharkiv.", "RU")]
    [InlineData("American strikes on militia positions in Syria continued on Friday.", "US")]
    public void Strikes_named_by_a_state_in_a_military_context_are_attacks(string sentence, string attacker)
    {
        var run = Coded.Run(sentence, In2024);
        run.Single(PloverType.Assault).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == attacker);
    }

    [Theory]
    [InlineData("The strike by bus drivers hit commuters in Leeds on Monday.")]
    [InlineData("There was no sign of an end to the seamen's strike, which has badly hit the port of Santos.")]
    public void A_labour_strike_that_hits_a_city_stays_a_strike(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }

    [Theory]
    [InlineData("Germany pledged 500 million euros in humanitarian aid to Ukraine.", "humanitarian")]
    [InlineData("Britain pledged 300 million pounds in military assistance to Ukraine.", "military")]
    [InlineData("Germany pledged 500 million euros to Ukraine.", "economic")]
    public void Money_pledged_for_a_kind_of_aid_is_aid_of_that_kind(string sentence, string mode)
    {
        var run = Coded.Run(sentence, In2024);
        run.Single(PloverType.Aid).Mode.ShouldBe(mode);
    }

    [Fact]
    public void Drones_sent_to_a_state_are_military_aid_and_a_denial_denies_it()
    {
        var run = Coded.Run("Iran has denied sending drones to Russia for use in the war.", In2024);
        var aid = run.Single(PloverType.Aid);
        aid.Mode.ShouldBe("military");
        aid.Modality.ShouldBe(Modality.Denied);
        aid.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "IR");
        aid.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "RU");
    }

    [Theory]
    [InlineData("The African Union suspended Mali after the coup.", "ML")]
    [InlineData("The regional bloc suspended Guinea from the bloc on Friday.", "GN")]
    public void A_state_suspended_by_a_bloc_after_a_coup_is_sanctioned(string sentence, string suspended)
    {
        var run = Coded.Run(sentence, In2024);
        run.Single(PloverType.Sanction).Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == suspended);
    }

    [Fact]
    public void States_named_together_as_signers_sign_with_each_other()
    {
        var run = Coded.Run("Ethiopia and Eritrea signed a peace deal in Asmara.", In2024);
        var signing = run.Events.Single(e => e.Trigger.Of(run.Text).StartsWith("signed", StringComparison.Ordinal));
        signing.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "ET");
        signing.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "ER");
    }

    [Fact]
    public void The_killed_counted_before_an_including_phrase_are_the_victims()
    {
        var run = Coded.Run("At least 300 people, including 40 children, have been killed in the unrest, according to a rights group.", In2024);
        var killing = run.Single(PloverType.Assault);
        killing.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("300 people", StringComparison.Ordinal));
    }
}
