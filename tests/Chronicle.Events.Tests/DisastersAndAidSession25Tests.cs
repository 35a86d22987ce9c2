namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen news (session 25, issue #7): a named storm read as the attacker of those it
/// killed, the victims counted after `with at least` read as the ones who killed, and aid sent or delivered as a sum
/// of money or as supplies missed.
/// </summary>
public sealed class DisastersAndAidSession25Tests
{
    private static readonly DateOnly In2024 = new(2024, 5, 1);

    [Theory]
    [InlineData("Hurricane Ivan killed about 2,000 people in Haiti in 2004.")]
    [InlineData("Typhoon Haiyan killed thousands of people in the Philippines.")]
    [InlineData("Cyclone Idai killed hundreds of villagers in Mozambique last year.")]
    public void A_named_storm_is_no_attacker(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("The rebels seized the town, with at least 30 soldiers killed.")]
    [InlineData("Troops raided the camp, with more than 40 refugees killed.")]
    [InlineData("Gunmen attacked the market, with about 12 traders killed.")]
    public void Victims_counted_after_with_are_never_the_killers(string sentence)
    {
        var run = Coded.Run(sentence, In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault
            && e.Texts(ActorRole.Source, run.Text).Any(s => s.Contains("killed", StringComparison.Ordinal) || s.Contains("soldiers", StringComparison.Ordinal)
                || s.Contains("refugees", StringComparison.Ordinal) || s.Contains("traders", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_named_storm_rule_leaves_a_titled_person_alone()
    {
        var run = Coded.Run("Rebels loyal to General Ivan killed ten villagers in Kivu.", In2024);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("The EU sent 3m euros of aid to Sudan.", "Sudan")]
    [InlineData("The EU delivered medicine to Gaza.", "Gaza")]
    [InlineData("Japan sent relief supplies to Nepal.", "Nepal")]
    public void Aid_sent_or_delivered_is_aid_to_the_recipient(string sentence, string recipient)
    {
        var run = Coded.Run(sentence, In2024);
        var aid = run.Single(PloverType.Aid);
        aid.Texts(ActorRole.Target, run.Text).ShouldBe([recipient]);
    }

    [Fact]
    public void A_letter_sent_is_no_aid()
    {
        var run = Coded.Run("The minister sent a letter about food prices to the union.", In2024);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Aid);
    }
}
