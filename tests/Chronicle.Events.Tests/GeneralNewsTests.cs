namespace Chronicle.Events.Tests;

/// <summary>
/// News beyond politics: sports and software reports, whose violent words are the game's or the machines', reports of
/// disasters, whose dead no one killed, and crime news, whose robbers, suspects and police are the actors.
/// </summary>
public sealed class GeneralNewsTests
{
    private const string Fight =
        "The champion bombed the challenger with a right hand in the fifth round and the referee stopped the bout. "
        + "He had beaten the same boxer in 2008 by a knockout.";

    [Fact]
    public void A_boxer_who_beats_another_commits_no_assault()
    {
        var run = Coded.Run(Fight);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_player_who_pulls_out_of_a_match_makes_no_retreat()
    {
        var run = Coded.Run("The top seed pulled out of the tournament with an ankle injury. "
            + "His coach said the striker and his teammates would rest before the championship.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void A_contract_offered_to_a_player_is_no_agreement()
    {
        var run = Coded.Run("The club's owner offered the first baseman an eight-year deal worth $180 million. "
            + "The baseball season opens in April and the team hopes to reach the playoffs.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_stabbing_at_a_stadium_is_still_an_assault()
    {
        var run = Coded.Run("A fan stabbed two men with a knife outside the stadium after the football match. "
            + "Police said the season had seen few such incidents and the coach condemned the attack.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void One_word_of_sport_does_not_make_a_sports_report()
    {
        var run = Coded.Run("Rebels attacked an army post near the football stadium on Sunday.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Theory]
    [InlineData("Jones successfully defended his heavyweight title on Saturday.")]
    [InlineData("The sprinter defended her crown in Berlin.")]
    public void A_title_defended_supports_no_one(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Attacks_on_browsers_in_a_software_report_are_no_assault()
    {
        var run = Coded.Run("The company said hackers had exploited the vulnerability in attacks on its browsers. "
            + "It mobilised security teams to build a patch and urged users to download the software update.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault || e.Type == PloverType.Mobilize);
    }

    [Theory]
    [InlineData("The company on Tuesday released an emergency patch to fix the flaw.")]
    [InlineData("The singer released her second album in May.")]
    public void Software_or_a_record_released_frees_no_one(string sentence)
    {
        var run = Coded.Run(sentence);
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Those_an_earthquake_hurt_were_attacked_by_no_one()
    {
        var run = Coded.Run("A strong earthquake struck the island on Sunday, injuring five people and damaging buildings. "
            + "As many as 80 people were also wounded in the villages.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Outside_a_disaster_report_the_wounded_were_attacked()
    {
        var run = Coded.Run("Gunmen raided the market in the north of the country on Monday. Eighty people were wounded.");
        run.Events.ShouldContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void A_patient_sent_home_is_freed_by_no_one()
    {
        var run = Coded.Run("A bank employee was treated at a hospital and released.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Retreat);
    }

    [Fact]
    public void Hostages_freed_and_taken_to_hospital_were_released()
    {
        var run = Coded.Run("The hostages were released and taken to hospital.");
        run.Single(PloverType.Retreat);
    }

    [Theory]
    [InlineData("Two men were arrested on Friday and charged with the murder of a shopkeeper, police said.", "police")]
    [InlineData("A man has been detained in connection with the robbery, according to detectives.", "detectives")]
    public void An_arrest_the_police_tell_of_is_theirs(string sentence, string police)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Coerce).Texts(ActorRole.Source, run.Text).ShouldBe([police]);
    }

    [Fact]
    public void A_sentence_the_police_tell_of_is_no_arrest_of_theirs()
    {
        var run = Coded.Run("The gunman was sentenced to life in prison on Monday, police said.");
        run.Events.Where(e => e.Type == PloverType.Coerce).SelectMany(e => e.Texts(ActorRole.Source, run.Text)).ShouldNotContain("police");
    }

    [Fact]
    public void One_taken_into_custody_is_arrested()
    {
        var run = Coded.Run("Martin Hale was taken into custody after a standoff with the SWAT team.");
        var arrest = run.Single(PloverType.Coerce);
        arrest.Mode.ShouldBe("arrest");
        arrest.Texts(ActorRole.Target, run.Text).ShouldContain("Martin Hale");
    }

    [Theory]
    [InlineData("Two men are under arrest for the robbery of a jewellery store.", "Two men")]
    [InlineData("The opposition leader was placed under house arrest on Monday.", "The opposition leader")]
    public void Those_under_arrest_are_its_target(string sentence, string held)
    {
        var run = Coded.Run(sentence);
        run.Single(PloverType.Coerce).Texts(ActorRole.Target, run.Text).ShouldContain(held);
    }

    [Fact]
    public void Doubt_about_who_was_arrested_is_no_doubt_about_the_arrest()
    {
        var run = Coded.Run("Two possible gang members are under arrest for the robbery of a jewellery store.");
        run.Single(PloverType.Coerce).Modality.ShouldBe(Modality.Asserted);
    }

    [Theory]
    [InlineData("A robber shot a teenager outside the shop on Friday.", "A robber", "teenager")]
    [InlineData("The thieves beat two bystanders with iron bars.", "The thieves", "bystanders")]
    [InlineData("A man stabbed his wife in their home on Sunday.", "A man", "wife")]
    public void Those_crime_news_names_are_its_actors(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence);
        var attack = run.Single(PloverType.Assault);
        attack.Texts(ActorRole.Source, run.Text).ShouldContain(source);
        attack.Texts(ActorRole.Target, run.Text).ShouldContain(t => t.EndsWith(target, StringComparison.Ordinal));
    }

    [Fact]
    public void Criticism_of_ones_husband_is_a_family_matter()
    {
        var run = Coded.Run("During the interview she said she often criticised her husband for his silence.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }

    [Fact]
    public void One_seen_killed_was_killed()
    {
        var run = Coded.Run("From the doorway she saw Maria Lopez killed by a stray bullet.");
        var killing = run.Single(PloverType.Assault);
        killing.Texts(ActorRole.Target, run.Text).ShouldContain("Maria Lopez");
        killing.Texts(ActorRole.Source, run.Text).ShouldNotContain("Maria Lopez");
    }

    [Fact]
    public void Pamphlets_that_announce_rallies_are_no_protesters()
    {
        var run = Coded.Run("Pamphlets announced rallies outside the police headquarters on Monday.");
        run.Events.SelectMany(e => e.Texts(ActorRole.Source, run.Text)).ShouldNotContain("Pamphlets");
    }

    [Fact]
    public void Declining_to_describe_a_bomb_rejects_no_one()
    {
        var run = Coded.Run("Lieutenant Harris declined to describe the bomb in detail.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject);
    }
}
