namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a second reading of unseen wire and newspaper stories of the 1990s (session 27): suspects handed
/// over from one state to another missed; extremists, snipers and hardliners not read as actors, nor one doctor or
/// tourist; a state after a town's comma, in a place phrase, read as the attacker; bare `allies` given the focus country;
/// a condemnation of `bomb attacks` or `bomb explosions` (a compound) dropped; an act of which there is `no evidence` told;
/// `the clearest demonstration of the fact` read as a protest.
/// </summary>
public sealed class WireNewsSession27Tests
{
    private static readonly DateOnly In1998 = new(1998, 8, 17);

    [Theory]
    [InlineData("Morocco handed over two suspects to Spanish police on Friday.", "Morocco", "Spanish police")]
    [InlineData("Uganda turned over the suspect to Rwanda last week.", "Uganda", "Rwanda")]
    public void A_suspect_handed_over_to_another_party_is_legal_cooperation(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence, In1998);
        var e = run.Single(PloverType.Cooperate);
        e.Texts(ActorRole.Source, run.Text).Single().ShouldBe(source);
        e.Texts(ActorRole.Target, run.Text).Single().ShouldBe(target);
    }

    [Fact]
    public void Food_handed_over_stays_aid()
    {
        var run = Coded.Run("The army handed over food and medicine to villagers in Gulu.", In1998);
        run.Events.ShouldContain(e => e.Type == PloverType.Aid);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Cooperate);
    }

    [Theory]
    [InlineData("Extremists have bombed two villages near Jaffna since March.", PloverType.Assault, "Extremists")]
    [InlineData("Hardliners rejected the accord in Tehran on Monday.", PloverType.Reject, "Hardliners")]
    public void Those_named_by_their_politics_edge_are_actors(string sentence, PloverType type, string source)
    {
        var run = Coded.Run(sentence, In1998);
        run.Single(type).Texts(ActorRole.Source, run.Text).Single().ShouldStartWith(source);
    }

    [Theory]
    [InlineData("Snipers killed the doctor outside his clinic in Halifax.", "doctor")]
    [InlineData("Gunmen kidnapped a Danish tourist near Sanaa on Sunday.", "tourist")]
    public void One_person_of_a_calling_is_the_target(string sentence, string target)
    {
        var run = Coded.Run(sentence, In1998);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith(target);
    }

    [Fact]
    public void A_calling_that_modifies_a_noun_is_no_actor()
    {
        var run = Coded.Run("Farmer subsidies were cut by the government in Paris.", In1998);
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Target, run.Text).Any(t => t.StartsWith("Farmer")));
    }

    [Fact]
    public void A_state_after_a_towns_comma_in_a_place_phrase_is_where()
    {
        var run = Coded.Run("The blasts at the hotels in Mombasa, Kenya, and Arusha, Tanzania, killed 40 people.", In1998);
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Source, run.Text).Any(t => t == "Kenya" || t == "Tanzania"));
    }

    [Fact]
    public void States_listed_by_commas_as_subject_stay_actors()
    {
        var run = Coded.Run("Kenya, Tanzania and Uganda condemned the attacks on Tuesday.", In1998);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Count().ShouldBe(3);
    }

    [Fact]
    public void Bare_allies_are_of_no_one_state()
    {
        var run = Coded.Run("The allies bombed Basra overnight, Iraqi radio said.", In1998);
        var e = run.Single(PloverType.Assault);
        e.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBeNull();
    }

    [Theory]
    [InlineData("The Chilean government on Friday condemned the bomb attacks in Lima.")]
    [InlineData("The Chilean government condemned the two bomb explosions near the embassy in Lima.")]
    public void Condemning_bomb_attacks_named_by_a_compound_is_criticism(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text).Single().ShouldEndWith("Chilean government");
    }

    [Fact]
    public void Condemning_a_gas_explosion_is_no_event()
    {
        var run = Coded.Run("The mayor condemned the gas explosion in Lima.", In1998);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void An_act_of_which_there_is_no_evidence_is_negated()
    {
        var run = Coded.Run("The ministry said there was no evidence that any Danish prisoner was beaten.", In1998);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault && e.Modality != Modality.Negated);
    }

    [Theory]
    [InlineData("The treaty is the clearest demonstration of the fact that Europe is growing closer.")]
    [InlineData("The parade in Pyongyang was a demonstration of military strength.")]
    public void A_demonstration_of_a_thing_is_no_protest(string sentence)
    {
        var run = Coded.Run(sentence, In1998);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest);
    }

    [Fact]
    public void A_demonstration_of_people_stays_a_protest()
    {
        var run = Coded.Run("A demonstration of 5,000 students was held in Seoul on Sunday.", In1998);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest);
    }
}
