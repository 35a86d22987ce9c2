namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen wire and newspaper stories of the 1990s (session 26): an agent after `by`
/// read as the target when a phrase of what was hit or participles joined by `and` stand between, verbal attacks
/// (`assailed`) read as force, plans and programmes signed missed.
/// </summary>
public sealed class WireNewsSession26Tests
{
    private static readonly DateOnly In1998 = new(1998, 3, 12);

    [Theory]
    [InlineData("Attacks on the mission by militants have increased in Herat.", PloverType.Assault)]
    [InlineData("Threats against the judge by right-wing groups had become routine in Bogota.", PloverType.Threaten)]
    public void The_agent_after_a_phrase_of_what_was_hit_is_the_source(string sentence, PloverType type)
    {
        var run = Coded.Run(sentence, In1998);
        var e = run.Single(type);
        e.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith(type == PloverType.Assault ? "militants" : "right-wing groups");
        e.Texts(ActorRole.Target, run.Text).ShouldNotContain(t => t.EndsWith("militants") || t.EndsWith("groups"));
    }

    [Fact]
    public void Participles_joined_by_and_share_the_agent_after_the_last()
    {
        var run = Coded.Run("Two Dutch aid workers kidnapped and later freed by Abu Sayyaf rebels returned home.", In1998);
        var kidnapping = run.Events.Single(e => e.Type == PloverType.Assault);
        kidnapping.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("Abu Sayyaf rebels");
        kidnapping.Texts(ActorRole.Target, run.Text).ShouldNotContain(t => t.Contains("Abu Sayyaf"));
    }

    [Fact]
    public void Two_participles_share_their_agent_for_the_second_too()
    {
        var run = Coded.Run("Two villagers were beaten and robbed by soldiers near Kigali.", In1998);
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Target, run.Text).Any(t => t.EndsWith("soldiers")));
    }

    [Fact]
    public void Assailing_a_state_for_an_act_is_criticism()
    {
        var run = Coded.Run("Greek officials assailed Turkey for holding naval exercises near Rhodes.", In1998);
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Target, run.Text).Single().ShouldBe("Turkey");
        run.Events.ShouldNotContain(x => x.Type == PloverType.Assault);
    }

    [Fact]
    public void Signing_a_programme_supports_the_other_party()
    {
        var run = Coded.Run("Mubarak and Hussein signed a five-year trade programme in Cairo on Tuesday.", In1998);
        run.Single(PloverType.Support).Texts(ActorRole.Source, run.Text).ShouldContain("Mubarak");
    }

    [Fact]
    public void A_purpose_after_the_destination_of_people_sent_is_theirs()
    {
        var run = Coded.Run("Canada has dispatched police investigators to Haiti to investigate the killings.", In1998);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("investigators");
    }

    [Theory]
    [InlineData("The Red Cross flew ten surgeons to Kigali to treat the wounded.")]
    [InlineData("Among the arrested were two reporters from Lima.")]
    public void A_participle_after_the_naming_people_in_that_state_is_no_act(string sentence) =>
        Coded.Run(sentence, In1998).Events.ShouldNotContain(e => e.Type == PloverType.Assault || e.Type == PloverType.Coerce);

    [Theory]
    [InlineData("Peru is offering a reward of $1 million for information leading to the capture and conviction of the rebel leader Luis Vargas.")]
    [InlineData("A $200,000 reward has been offered for information that leads to the arrest of Luis Vargas.")]
    public void A_reward_offered_and_the_arrest_it_asks_about_are_no_events(string sentence) =>
        Coded.Run(sentence, In1998).Events.ShouldBeEmpty();

    [Fact]
    public void An_arrest_that_information_led_to_happened()
    {
        var run = Coded.Run("The tip led to the arrest of Luis Vargas in Lima on Monday.", In1998);
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("Luis Vargas");
    }

    [Fact]
    public void A_place_joined_to_a_place_after_in_is_no_actor()
    {
        var run = Coded.Run("The bombings at the consulates in Peru and Bolivia have killed 30 people.", In1998);
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Source, run.Text).Contains("Bolivia"));
    }

    [Theory]
    [InlineData("About 300 nurses marched in Nairobi on Friday.")]
    [InlineData("About 100 protesters marched in Accra.")]
    public void The_crowd_after_a_word_of_approximation_is_the_source(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        var protest = run.Single(PloverType.Protest);
        protest.Texts(ActorRole.Source, run.Text).ShouldHaveSingleItem();
        protest.Texts(ActorRole.Target, run.Text).ShouldNotContain(t => t.EndsWith("nurses") || t.EndsWith("protesters"));
    }
}
