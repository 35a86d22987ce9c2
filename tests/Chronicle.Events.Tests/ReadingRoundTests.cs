namespace Chronicle.Events.Tests;

/// <summary>
/// Kinds of wrong event found by reading unseen political news (session 16): a participle after a letter's addressee,
/// a message that accuses, papers destroyed, a thing called on, a greeting, talks pulled out of, a pronoun coordinated in a subject, trouble said to be caused.
/// </summary>
public sealed class ReadingRoundTests
{
    [Fact]
    public void A_participle_after_the_one_written_to_is_the_writers_request_of_them()
    {
        var run = Coded.Run("The opposition leader has written to the prime minister demanding an inquiry into the sale.");
        var e = run.Single(PloverType.Request);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The opposition leader");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("the prime minister");
    }

    [Fact]
    public void A_participle_after_a_letter_to_someone_keeps_its_own_object()
    {
        var run = Coded.Run("The mayor wrote to the council, accusing the police chief of ignoring the riots.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The mayor");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("police chief");
    }

    [Fact]
    public void A_billboard_accusing_someone_is_the_accusation_of_those_who_put_it_up()
    {
        var run = Coded.Run("The farmers' union unveiled a billboard outside parliament accusing the government of betrayal.");
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("The farmers' union");
        e.Texts(ActorRole.Target, run.Text).ShouldContain("government");
    }

    [Theory]
    [InlineData("The number of files destroyed by the defence ministry has risen sharply.")]
    [InlineData("Officials destroyed the documents before the inquiry began.")]
    public void Papers_destroyed_are_no_assault(string sentence)
    {
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Assault);
    }

    [Fact]
    public void Homes_destroyed_by_soldiers_are_still_an_assault()
    {
        var run = Coded.Run("Soldiers destroyed the village and its mosque.");
        run.Single(PloverType.Assault).Texts(ActorRole.Source, run.Text).ShouldContain("Soldiers");
    }

    [Fact]
    public void Calling_on_a_thing_draws_on_it_and_asks_no_one()
    {
        var run = Coded.Run("The judge said being able to call on the wide experience of its members had improved the guidelines.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Request);
    }

    [Fact]
    public void Calling_on_a_body_to_act_is_still_a_request()
    {
        var run = Coded.Run("The union called on the government to reopen the talks.");
        run.Single(PloverType.Request).Texts(ActorRole.Target, run.Text).ShouldContain("government");
    }

    [Fact]
    public void A_greeting_is_no_support()
    {
        var run = Coded.Run("\"Welcome to the new campaign headquarters,\" the party chairman said.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Support);
    }

    [Fact]
    public void Welcoming_a_decision_is_still_support()
    {
        var run = Coded.Run("The minister welcomed the decision by the EU to lift the ban.");
        run.Single(PloverType.Support).Texts(ActorRole.Target, run.Text).ShouldContain("EU");
    }

    [Fact]
    public void Talks_pulled_out_of_are_no_talks_held_and_their_partner_is_the_target()
    {
        var run = Coded.Run("The rebels pulled out of the peace talks with the government.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Consult);
        run.Single(PloverType.Retreat).Texts(ActorRole.Target, run.Text).ShouldContain("government");
    }

    [Fact]
    public void Talks_held_after_a_withdrawal_are_still_talks()
    {
        var run = Coded.Run("The rebels withdrew from the town and held talks with the army.");
        run.Single(PloverType.Consult).Texts(ActorRole.Target, run.Text).ShouldContain("army");
    }

    [Fact]
    public void A_pronoun_coordinated_in_the_subject_stands_for_the_person_named_before()
    {
        var run = Coded.Run("Sir John Gieve ran the department at the time. He and other civil servants were criticised for failing to recall the case.");
        var targets = run.Single(PloverType.Accuse).Actors.Where(a => a.Role == ActorRole.Target).ToList();
        targets.ShouldContain(a => a.Canonical == "John Gieve" || a.Canonical == "Sir John Gieve" || a.Canonical == "Gieve");
        targets.ShouldContain(a => a.Span.Of(run.Text) == "other civil servants");
    }

    [Theory]
    [InlineData("The minister said the rebels had fuelled the conflict in the region.", "The minister", "the rebels")]
    [InlineData("Mr Karimov said Moscow has created \"a source of tension\" on the border.", "Mr Karimov", "Moscow")]
    [InlineData("Police said the militia were stoking violence in the north.", "Police", "the militia")]
    public void Saying_another_caused_trouble_blames_them(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence);
        var e = run.Single(PloverType.Accuse);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(source);
        e.Texts(ActorRole.Target, run.Text).ShouldContain(target);
    }

    [Theory]
    [InlineData("The report said the floods had caused chaos in the capital.")]
    [InlineData("Mr Smith said the new law would create tension.")]
    [InlineData("The minister said the plan had created jobs in the region.")]
    public void Trouble_from_no_actor_or_no_trouble_blames_no_one(string sentence)
    {
        Coded.Run(sentence).Events.ShouldNotContain(e => e.Type == PloverType.Accuse);
    }
}
