namespace Chronicle.Events.Tests;

/// <summary>
/// Wire-service news, third round: a threat raised, a power or latitude to act, a participle phrase after the subject,
/// an assault owned by a possessive pronoun, acts told in a relative clause with no pronoun, <c>they</c> for a plural
/// named after a singular subject, trigger context kept to its clause, an agent after a phrase of place, dangers
/// guarded against, acts put off, trade bans, patrols and roadblocks, and a resolution's condemnation;
/// a state's own people stay its target.
/// </summary>
public sealed class WireNewsTests3
{
    [Fact]
    public void A_threat_raised_is_the_threat_of_the_one_who_raises_it()
    {
        var run = Coded.Run("Japan raised the threat of sanctions against Brazil on Monday.");
        var threat = run.Single(PloverType.Threaten);
        threat.Texts(ActorRole.Source, run.Text).ShouldBe(["Japan"]);
        threat.Texts(ActorRole.Target, run.Text).ShouldBe(["Brazil"]);
    }

    [Theory]
    [InlineData("Officials said Canada had flexibility in taking sanctions against Denmark.")]
    [InlineData("Canada has the option of imposing quotas on Danish pork.")]
    [InlineData("The bill gives the president the authority to impose tariffs on Brazilian goods.")]
    public void A_power_or_latitude_to_act_is_no_act(string sentence) =>
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Sanction);

    [Fact]
    public void A_participle_phrase_after_coordinated_subjects_leaves_them_the_subject()
    {
        var run = Coded.Run("Iraqi naval units and forces defending the terminal sank two Iranian boats.");
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldContain("Iraqi naval units");
        attack.Texts(ActorRole.Source, run.Text).ShouldContain("forces");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void The_object_of_a_participle_after_the_subject_is_no_subject()
    {
        var run = Coded.Run("Iraqi troops guarding the border attacked two villages.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldBe(["Iraqi troops"]);
    }

    [Fact]
    public void A_participle_used_as_an_adjective_in_a_title_is_no_phrase_after_the_subject()
    {
        var run = Coded.Run("The party's founding chairman John Smith was arrested in Leeds on Sunday.");
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldContain(s => s.Contains("John Smith", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_pronoun_before_an_assault_names_its_doers()
    {
        var run = Coded.Run("Libyan troops crossed the border on Monday. Their assault on the town began at dawn.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Trigger.Of(run.Text) == "assault"
            && e.Actors.Any(a => a.Role == ActorRole.Source));
    }

    [Fact]
    public void A_possessive_pronoun_before_an_act_noun_modifying_a_thing_names_no_assault()
    {
        var run = Coded.Run("The Navy said it had grounded half of its attack jets for inspections.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Vessels_patrolling_a_sea_are_described_not_mobilised() =>
        Coded.Run("The danger is to shipping not protected by navy vessels patrolling the Gulf.").Events
            .ShouldNotContain(e => e.Type == PloverType.Mobilize);

    [Theory]
    [InlineData("The penalty tariffs the President has ordered imposed on Japan will take effect on Friday.", "the President", "Japan")]
    [InlineData("The sanctions Washington imposed against Libya hurt its oil exports.", "Washington", "Libya")]
    public void An_act_told_in_a_relative_clause_without_a_pronoun_is_the_clause_subjects(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence);
        var sanction = run.Single(PloverType.Sanction);
        sanction.Texts(ActorRole.Source, run.Text).ShouldBe([source]);
        sanction.Texts(ActorRole.Target, run.Text).ShouldBe([target]);
    }

    [Theory]
    [InlineData("He said that in the forthcoming talks Brazil would give a fair deal to all creditors.", "talks")]
    [InlineData("Minutes after the explosion Kenyan soldiers sealed off the scene.", "explosion")]
    public void A_noun_before_a_clause_with_its_own_object_or_after_a_time_phrase_is_no_relative_clause(string sentence, string noun)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotContain(e => e.Trigger.Of(run.Text).StartsWith(noun + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Firms may pose the same competitive threat they have made in Europe.", "threat")]
    [InlineData("The offer tops a buyout agreement Acme Holdings reached with the firm in May.", "agreement")]
    public void Market_acts_are_not_read_from_such_a_clause(string sentence, string noun)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotContain(e => e.Trigger.Of(run.Text).StartsWith(noun + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_after_the_verb_of_such_a_clause_leaves_it_one()
    {
        var run = Coded.Run("Japan may retaliate against tariffs the Reagan Administration imposed last Friday on Japanese products.");
        run.Events.ShouldContain(e => e.Type == PloverType.Sanction && e.Trigger.Of(run.Text).StartsWith("tariffs", StringComparison.Ordinal)
            && e.Texts(ActorRole.Source, run.Text).Contains("the Reagan Administration"));
    }

    [Fact]
    public void A_pronoun_subject_of_such_a_clause_is_the_one_named_before()
    {
        var run = Coded.Run("Chirac said the tariffs he imposed on Canadian goods were a special case.");
        run.Single(PloverType.Sanction).Actors.ShouldContain(a => a.Role == ActorRole.Source);
    }

    [Fact]
    public void A_compound_noun_before_a_subject_is_no_relative_clause()
    {
        var run = Coded.Run("Israeli intelligence officials have shared evidence with Egypt about the smugglers.");
        run.Events.ShouldNotContain(e => e.Trigger.Of(run.Text).StartsWith("intelligence officials", StringComparison.Ordinal));
    }

    [Fact]
    public void They_after_a_singular_subject_is_the_plural_its_clause_names()
    {
        var run = Coded.Run("Chirac asked the Socialists for help, but they refused to support him.");
        run.Single(PloverType.Reject).Texts(ActorRole.Source, run.Text).ShouldHaveSingleItem();
    }

    [Fact]
    public void They_is_no_plural_named_before_a_clause_with_its_own_subject()
    {
        var run = Coded.Run("The minister told farmers' groups that if growers expand, they may be penalized.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.Contains("groups", StringComparison.Ordinal)));
    }

    [Fact]
    public void Trade_words_past_a_clause_break_make_no_trade_retaliation()
    {
        var run = Coded.Run("Protesters stormed a trade fair; the army retaliated on Monday.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Sanction);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Trigger.Of(run.Text) == "retaliated");
    }

    [Fact]
    public void Trade_words_in_the_clause_still_make_a_trade_retaliation() =>
        Coded.Run("Japan retaliated against American goods.").Single(PloverType.Sanction);

    [Fact]
    public void The_agent_after_a_phrase_of_place_is_the_attacker()
    {
        var run = Coded.Run("Two tankers attacked in the Gulf by Iranian gunboats on Saturday have anchored off Bahrain.");
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldBe(["Iranian gunboats"]);
        attack.Texts(ActorRole.Target, run.Text).ShouldNotContain("Iranian gunboats");
    }

    [Fact]
    public void An_attack_one_is_protected_from_is_not_done()
    {
        var run = Coded.Run("The United States made plans to protect Kuwaiti tankers from Iranian attack.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Britain and France are insisting on spending controls before agreeing to any reform.")]
    [InlineData("The two ministers left Paris without agreeing on the budget.")]
    public void An_agreement_put_off_or_not_made_is_none(string sentence) =>
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Agree);

    [Theory]
    [InlineData("Danish unions imposed a trade ban on Canada.")]
    [InlineData("Australian unions imposed a ban on shipments to Fiji.")]
    public void A_ban_on_trade_is_a_sanction(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Sanction).Actors.ShouldContain(a => a.Role == ActorRole.Target);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Coerce);
    }

    [Fact]
    public void A_ban_on_protests_stays_a_coercion() =>
        Coded.Run("The government imposed a ban on protests in the capital.").Single(PloverType.Coerce);

    [Fact]
    public void Troops_patrolling_are_mobilised()
    {
        var run = Coded.Run("Police and troops patrolled the northern Copperbelt to prevent rioting.");
        run.Single(PloverType.Mobilize).Actors.Count(a => a.Role == ActorRole.Source).ShouldBe(2);
    }

    [Fact]
    public void A_routine_patrol_told_in_the_present_is_no_mobilisation() =>
        Coded.Run("Police and welfare officers patrol the estates picking up truants.").Events
            .ShouldNotContain(e => e.Type == PloverType.Mobilize);

    [Fact]
    public void Roadblocks_set_up_restrict_movement()
    {
        var run = Coded.Run("Government forces set up roadblocks around the main towns.");
        var coercion = run.Single(PloverType.Coerce);
        coercion.Mode.ShouldBe("restrict");
        coercion.Texts(ActorRole.Source, run.Text).ShouldBe(["Government forces"]);
    }

    [Fact]
    public void A_resolution_condemning_is_the_condemnation_of_the_body_that_passed_it()
    {
        var run = Coded.Run("The Parliament passed a resolution condemning France.");
        var condemnation = run.Single(PloverType.Accuse);
        condemnation.Texts(ActorRole.Source, run.Text).ShouldBe(["The Parliament"]);
        condemnation.Texts(ActorRole.Target, run.Text).ShouldBe(["France"]);
    }

    [Fact]
    public void A_states_own_people_stay_its_target() =>
        Coded.Run("Iran arrested Iranian dissidents on Monday.").Single(PloverType.Coerce).Actors.ShouldContain(a => a.Role == ActorRole.Target);
}
