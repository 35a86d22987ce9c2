namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong or missed event found by reading unseen wire stories from a 1980s archive (session 17): vows of
/// retaliation, states gone since, warships and strikers as actors, a strike named with its strikers after `by`, a
/// quantifier floated before the verb, a clause after `as`, and a relative clause acting on its antecedent.
/// </summary>
public sealed class ArchiveNewsTests
{
    [Theory]
    [InlineData("Iran vowed retaliation against the United States.", "vowed")]
    [InlineData("The prime minister promised retaliation against the United States.", "promised retaliation")]
    [InlineData("The militia pledged retaliation against the United States.", "pledged retaliation")]
    public void A_vow_of_retaliation_is_a_threat(string sentence, string trigger)
    {
        var run = Coded.Run(sentence);
        var threat = run.Single(PloverType.Threaten);
        threat.Trigger.Of(run.Text).ShouldBe(trigger);
        threat.Texts(ActorRole.Target, run.Text).ShouldContain("United States");
    }

    [Fact]
    public void A_vow_of_revenge_states_its_act_without_a_target()
    {
        var run = Coded.Run("The rebels vowed revenge on Sunday.");
        run.Single(PloverType.Threaten).Texts(ActorRole.Source, run.Text).ShouldContain("The rebels");
    }

    [Fact]
    public void A_vow_to_carry_on_is_no_threat()
    {
        Coded.Run("The prime minister vowed to continue the reforms.").Events.ShouldNotContain(e => e.Type == PloverType.Threaten);
    }

    [Fact]
    public void Revenge_for_a_killing_is_aimed_at_the_killers_not_the_killed()
    {
        var victims = Coded.Run("The rebels vowed revenge for the killing of their commander.");
        victims.Single(PloverType.Threaten).Texts(ActorRole.Target, victims.Text).ShouldNotContain(t => t.Contains("commander", StringComparison.Ordinal));

        var raid = Coded.Run("The group vowed revenge for the army's raid on the village.");
        raid.Single(PloverType.Threaten).Texts(ActorRole.Target, raid.Text).ShouldContain("army");
    }

    [Fact]
    public void Soviet_officials_are_of_the_Soviet_Union()
    {
        var run = Coded.Run("Soviet officials have criticised the United States for sending warships to the region.");
        var source = run.Single(PloverType.Accuse).Actors.Single(a => a.Role == ActorRole.Source);
        source.Span.Of(run.Text).ShouldBe("Soviet officials");
        source.Country.ShouldBe("SU");
    }

    [Fact]
    public void Warships_named_by_their_class_are_the_ones_that_fire()
    {
        var run = Coded.Run("The navy said four frigates shelled two oil platforms on Monday.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain("four frigates");
    }

    [Theory]
    [InlineData("A strike by postal workers began on Monday.", "postal workers")]
    [InlineData("The walkout by nurses entered its third day.", "nurses")]
    [InlineData("A protest by students blocked the main road.", "students")]
    public void A_protest_noun_takes_its_protesters_after_by(string sentence, string protesters)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldContain(e => e.Type == PloverType.Protest && e.Texts(ActorRole.Source, run.Text).Contains(protesters));
    }

    [Fact]
    public void Those_who_broke_up_a_protest_are_not_its_protesters()
    {
        var run = Coded.Run("The protest was broken up by police on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Protest && e.Texts(ActorRole.Source, run.Text).Contains("police"));
    }

    [Fact]
    public void Strikers_who_scuffle_with_police_are_the_source()
    {
        var run = Coded.Run("About 20 people were arrested as strikers scuffled with police called in to escort replacement workers.");
        var scuffle = run.Single(PloverType.Assault);
        scuffle.Texts(ActorRole.Source, run.Text).ShouldContain("strikers");
        scuffle.Texts(ActorRole.Target, run.Text).ShouldContain("police");
    }

    [Fact]
    public void A_participle_after_its_noun_is_still_a_reduced_passive()
    {
        var run = Coded.Run("Two men arrested on Monday were charged with arson.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldContain("Two men");
    }

    [Theory]
    [InlineData("Iran and Syria have both condemned the attack on the embassy.")]
    [InlineData("Iran and Syria both condemned the attack on the embassy.")]
    public void A_quantifier_floated_before_the_verb_leaves_the_subject_whole(string sentence)
    {
        var run = Coded.Run(sentence);
        var sources = run.Single(PloverType.Accuse).Texts(ActorRole.Source, run.Text);
        sources.ShouldContain("Iran");
        sources.ShouldContain("Syria");
    }

    [Fact]
    public void A_relative_clause_with_its_own_subject_acts_on_the_antecedent()
    {
        var run = Coded.Run("The president announced a response to Iran, which the Americans blame for two missile attacks on tankers.");
        var blame = run.Single(PloverType.Accuse);
        blame.Texts(ActorRole.Source, run.Text).ShouldContain("the Americans");
        blame.Texts(ActorRole.Target, run.Text).ShouldContain("Iran");
    }

    [Fact]
    public void A_participle_phrase_set_off_after_the_subject_leaves_it_the_subject()
    {
        var run = Coded.Run("Police set up road blocks after the man, armed with a rifle, killed two villagers.");
        var killing = run.Single(PloverType.Assault);
        killing.Texts(ActorRole.Source, run.Text).ShouldContain("the man");
        killing.Texts(ActorRole.Source, run.Text).ShouldNotContain("Police");
    }

    [Fact]
    public void One_person_killed_is_the_target()
    {
        var run = Coded.Run("A gunman killed one person at a petrol station on Sunday.");
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("person", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On efforts for a ceasefire in the war, the president said the aggressor must be named first.")]
    [InlineData("Hopes for a peace deal between the two countries rose on Monday.")]
    public void An_act_striven_or_hoped_for_is_not_done(string sentence)
    {
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Retreat || e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_blow_aimed_against_someone_after_its_time_and_place_has_them_for_target()
    {
        var run = Coded.Run("Police blamed the rebels for a bomb attack last Friday in Kabul against an army convoy.");
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("army convoy", StringComparison.Ordinal));
    }

    [Fact]
    public void People_seized_after_a_possessive_are_anothers()
    {
        var run = Coded.Run("The miners marched on Monday. Police arrested their leaders.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("leaders", StringComparison.Ordinal));

        var own = Coded.Run("The government withdrew its troops from the border.");
        own.Events.ShouldNotContain(e => e.Texts(ActorRole.Target, own.Text).Any(t => t.Contains("troops", StringComparison.Ordinal)));
    }

    [Fact]
    public void Crews_and_marines_are_actors()
    {
        var run = Coded.Run("Marines boarded the ship and arrested the crew.");
        var arrest = run.Single(PloverType.Coerce);
        arrest.Texts(ActorRole.Source, run.Text).ShouldContain("Marines");
        arrest.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.Contains("crew", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_of_force_set_off_after_a_thing_is_not_the_main_subjects_act()
    {
        var run = Coded.Run("Senior officials rejected calls this week to sell the 26 banks, nationalised five years ago.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce && e.Texts(ActorRole.Source, run.Text).Contains("Senior officials"));
    }

    [Fact]
    public void An_active_verb_after_a_reported_passive_is_the_speakers()
    {
        var run = Coded.Run("Iran said several people were injured in the raid on its oil platform and vowed retaliation.");
        var threat = run.Single(PloverType.Threaten);
        threat.Texts(ActorRole.Source, run.Text).ShouldContain("Iran");
        threat.Texts(ActorRole.Source, run.Text).ShouldNotContain(t => t.Contains("people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_with_its_own_object_after_a_passive_is_active()
    {
        var run = Coded.Run("The minister said two men were arrested and called for calm.");
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).ShouldContain("The minister");

        var charged = Coded.Run("The men were arrested and charged on Monday.");
        charged.Single(PloverType.Coerce).Texts(ActorRole.Target, charged.Text).ShouldContain("The men");
    }

    [Theory]
    [InlineData("The Tehran leadership have been quick to threaten vengeance against the United States.", "The Tehran leadership")]
    [InlineData("The opposition was quick to condemn the government.", "The opposition")]
    public void An_adjective_of_will_after_be_passes_on_its_subject(string sentence, string subject)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldHaveSingleItem().Texts(ActorRole.Source, run.Text).ShouldContain(subject);
    }

    [Fact]
    public void A_power_to_act_is_no_act_of_the_one_who_has_it()
    {
        var run = Coded.Run("The minister is able to impose house detention on foreign nationals.");
        run.Events.ShouldNotContain(e => e.Texts(ActorRole.Source, run.Text).Contains("The minister"));
    }

    [Fact]
    public void A_warning_that_one_was_ready_to_strike_is_a_threat_to_the_one_warned()
    {
        var run = Coded.Run("The United States warned Iran that it was ready to retaliate for any further attack.");
        var threat = run.Single(PloverType.Threaten);
        threat.Texts(ActorRole.Source, run.Text).ShouldContain("The United States");
        threat.Texts(ActorRole.Target, run.Text).ShouldContain("Iran");
    }

    [Theory]
    [InlineData("Poland recalled its ambassador from Minsk on Monday.", "Poland")]
    [InlineData("The expulsion of four diplomats by Russia angered London.", "Russia")]
    public void Envoys_recalled_or_expelled_are_a_diplomatic_sanction(string sentence, string source)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Sanction).Texts(ActorRole.Source, run.Text).ShouldContain(source);
    }

    [Fact]
    public void Remembering_is_no_recall_of_an_envoy()
    {
        Coded.Run("He recalled that the ambassador had visited the town in May.").Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
    }

    [Fact]
    public void The_one_whose_expulsion_it_is_was_expelled()
    {
        var run = Coded.Run("The party began a process that led to Mr Jones's expulsion.");
        run.Single(PloverType.Sanction).Texts(ActorRole.Target, run.Text).ShouldContain("Mr Jones");
    }

    [Fact]
    public void A_modal_before_a_possessed_act_makes_it_unasserted()
    {
        var run = Coded.Run("The party began a process which could have triggered Mr Jones's expulsion.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction && e.Modality == Modality.Asserted);
    }
}
