namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds found wrong in a reading of unseen American campaign news (session 28): an insult given as a label (`called him
/// a liar`) missed; a named person's assassination coded with the victim as the killer; an attack made `personally` read
/// as force; a plan or a campaign `executed`, or the `basis` of a government destroyed, read as assaults; a lawmaker's
/// party label in brackets read as a place, and the lawmaker left without a country; tax returns `released` read as
/// captives set free; agreeing with a person's view read as an agreement; parents not read as actors; a
/// call for a moratorium, with no one named as asked, dropped.
/// </summary>
public sealed class PoliticalTalkSession28Tests
{
    private static readonly DateOnly In2016 = new(2016, 9, 20);

    [Theory]
    [InlineData("Senator Dana Whitlock called Governor Ross Pell a pathological liar.", "Dana Whitlock", "Ross Pell")]
    [InlineData("Governor Ross Pell called Senator Dana Whitlock a fraud and a bully.", "Ross Pell", "Dana Whitlock")]
    public void An_insult_given_as_a_label_accuses(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence, In2016);
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).Single().ShouldEndWith(source);
        e.Texts(ActorRole.Target, run.Text).Single().ShouldEndWith(target);
    }

    [Fact]
    public void Calling_someone_who_is_named_by_an_insult_is_no_label()
    {
        // No second phrase: the word of abuse names the one called.
        var run = Coded.Run("Governor Ross Pell called the bully in Denver.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void A_named_persons_assassination_is_done_to_them()
    {
        var run = Coded.Run("Investigators reopened the file on Marta Ilves's assassination in Tallinn.", In2016);
        run.Events.Where(e => e.Type == PloverType.Assault).ShouldAllBe(e => !e.Texts(ActorRole.Source, run.Text).Any(s => s.Contains("Ilves")));
        run.Events.ShouldContain(e => e.Type == PloverType.Assault && e.Texts(ActorRole.Target, run.Text).Any(s => s.Contains("Marta Ilves")));
    }

    [Fact]
    public void A_killing_of_others_keeps_its_possessor_as_the_killer()
    {
        var run = Coded.Run("The militia's killing of civilians in Bor drew protests.", In2016);
        var e = run.Events.Single(x => x.Type == PloverType.Assault);
        e.Texts(ActorRole.Source, run.Text).Single().ShouldContain("militia");
        e.Texts(ActorRole.Target, run.Text).Single().ShouldBe("civilians");
    }

    [Fact]
    public void An_attack_made_personally_is_no_assault()
    {
        var run = Coded.Run("Governor Ross Pell spoke in Denver. Senator Dana Whitlock had personally attacked his wife and his father.", In2016);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_made_personally_with_a_weapon_stays_one()
    {
        var run = Coded.Run("A man had personally attacked the guard with a knife in Denver.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Ross Pell entered each debate with a game plan and flawlessly executed it.")]
    [InlineData("A worldwide campaign is being executed by the very people the senator refuses to name.")]
    [InlineData("If you continue that, you destroy the whole basis of our government.")]
    public void Plans_carried_out_and_institutions_ruined_in_words_are_no_assaults(string sentence)
    {
        Coded.Run(sentence, In2016).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void People_executed_still_are()
    {
        var run = Coded.Run("Iran executed two men convicted of spying.", In2016);
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).Single().ShouldEndWith("men");
    }

    [Fact]
    public void A_lawmakers_party_label_is_no_place_and_makes_them_american()
    {
        var run = Coded.Run("Rep. Dana Whitlock (D-Ore.) accused Chaffetz of hypocrisy.", In2016);
        var e = run.Single(PloverType.Accuse);
        e.Place?.Name.ShouldNotContain("D-Ore");
        e.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("US");
    }

    [Theory]
    [InlineData("Governor Ross Pell released his tax returns in 2012.")]
    [InlineData("Senator Dana Whitlock released her medical records on Friday.")]
    public void Papers_made_public_set_no_one_free(string sentence)
    {
        Coded.Run(sentence, In2016).Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_captive_released_by_pronoun_still_is()
    {
        var run = Coded.Run("Rebels seized the engineer near Gao in May. The rebels released him on Tuesday.", In2016);
        run.Events.ShouldContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_party_label_between_commas_is_no_place_either()
    {
        var run = Coded.Run("Senator Dana Whitlock, D-Ore., accused the White House of lying.", In2016);
        var e = run.Single(PloverType.Accuse);
        e.Place?.Name.ShouldNotContain("D-Ore");
        e.Actors.Single(a => a.Role == ActorRole.Source).Country.ShouldBe("US");
    }

    [Fact]
    public void Parents_who_protest_are_actors()
    {
        var run = Coded.Run("Parents protested outside the education ministry in Lisbon.", In2016);
        run.Single(PloverType.Protest).Texts(ActorRole.Source, run.Text).Single().ShouldBe("Parents");
    }

    [Theory]
    [InlineData("Tom Varga largely agreed with Ross Pell.")]
    [InlineData("The judge agreed with Dana Whitlock that there was no reason to open the file.")]
    [InlineData("Tom Varga agreed with Ross Pell about the winner of the debate.")]
    public void Sharing_a_persons_view_is_no_agreement(string sentence)
    {
        Coded.Run(sentence, In2016).Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void Agreeing_with_a_state_on_an_act_stays_an_agreement()
    {
        var run = Coded.Run("Iran agreed with Russia on a ceasefire in Aleppo.", In2016);
        run.Single(PloverType.Agree).Texts(ActorRole.Target, run.Text).Single().ShouldBe("Russia");
    }

    [Theory]
    [InlineData("The teachers' union called for a moratorium on charter schools.")]
    [InlineData("The opposition called for a referendum on the treaty.")]
    public void A_call_for_a_halt_or_a_vote_is_a_request_with_no_one_named(string sentence)
    {
        var run = Coded.Run(sentence, In2016);
        run.Single(PloverType.Request).Texts(ActorRole.Source, run.Text).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_call_for_a_thing_is_no_request()
    {
        Coded.Run("The opposition called for a copy of the report.", In2016).Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }
}
