namespace Chronicle.Events.Tests;

/// <summary>Who `he` is, and events whose two sides are one person: the readings behind most wrong actors in political news.</summary>
public sealed class PronounAndSideTests
{
    [Fact]
    public void He_is_the_subject_of_a_clause_after_an_opening_phrase()
    {
        var run = Coded.Run("Before leaving for Rome, Mr Tom Hartley made a visit to Paris, where he met the mayor Ann Cole.");
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Trigger.Of(run) == "met"
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley")));
    }

    [Fact]
    public void He_is_the_speaker_named_after_a_quote()
    {
        var run = Coded.Run("\"The plan is a mistake,\" Mr Tom Hartley said. He also accused ministers of wasting money.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley"));
    }

    [Fact]
    public void He_is_not_a_person_named_only_as_a_possessor()
    {
        var run = Coded.Run("Mr Tom Hartley's budget was cut on Monday. He went on to accuse the council of wasting money.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Hartley")));
    }

    [Fact]
    public void No_event_has_one_person_on_both_sides()
    {
        var run = Coded.Run("Mr Tom Hartley's budget was praised by the press. He went on to accuse Mr Hartley of wasting money.");
        run.Events.ShouldNotContain(e => e.Actors.Any(s => s.Role == ActorRole.Source && s.EntityId != null
            && e.Actors.Any(t => t.Role == ActorRole.Target && t.EntityId == s.EntityId)));
    }

    [Fact]
    public void Ousting_a_leader_is_coercion_not_deportation()
    {
        var run = Coded.Run("The army ousted the president of Freedonia on Tuesday.");
        run.Single(PloverType.Coerce).Mode.ShouldBeNull();
    }

    [Fact]
    public void He_is_not_the_subject_of_a_when_clause()
    {
        var run = Coded.Run("Tom Hartley lost the vote when Mrs Ann Cole was still popular. He resigned in 1995 to join a bank.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.Contains("Cole")));
    }

    [Fact]
    public void They_is_the_plural_subject_its_sentence_opened_with()
    {
        var run = Coded.Run("Opposition parties want more local policing but they accuse ministers of burying officers in paperwork.");
        run.Single(PloverType.Accuse).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("parties"));
    }

    [Fact]
    public void A_gerund_after_a_time_phrase_is_done_by_the_pronoun_subject_of_the_progressive_verb()
    {
        var run = Coded.Run("Labour MP Alan Pryce said the plan was right. He was speaking to reporters a few hours before visiting the Polish community in Leeds.",
            new DateOnly(2005, 3, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Trigger.Of(run) == "visiting"
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Pryce")));
    }

    [Fact]
    public void His_before_an_act_with_a_target_is_the_person_the_pronoun_stands_for()
    {
        var run = Coded.Run("Labour MP Alan Pryce said on Monday that his visit to Ghana had been a success.", new DateOnly(2005, 3, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Trigger.Of(run) == "visit"
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Pryce")));
    }

    [Fact]
    public void Official_before_an_act_is_an_adjective_not_its_source()
    {
        var run = Coded.Run("On Monday the Chilean president met Prime Minister Tony Blair at Downing Street, on his first official visit to London.",
            new DateOnly(2005, 3, 1));
        run.Events.SelectMany(e => e.Actors).ShouldNotContain(a => a.Span.Of(run).Contains("official"));
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "CL"));
    }

    [Fact]
    public void People_jailed_after_with_are_the_targets()
    {
        var run = Coded.Run("About a third of the orders were breached, with some people jailed and others not.");
        var e = run.Single(PloverType.Coerce);
        e.Texts(ActorRole.Target, run.Text).ShouldContain("some people");
        e.Texts(ActorRole.Source, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void A_target_is_not_taken_past_a_spaced_dash()
    {
        var run = Coded.Run("MPs backed the bill after the minister agreed to key changes - but Labour's majority was reduced to 14.", new DateOnly(2005, 3, 1));
        var e = run.Single(PloverType.Agree);
        e.Texts(ActorRole.Source, run.Text).ShouldContain("the minister");
        e.Texts(ActorRole.Target, run.Text).ShouldBeEmpty();
    }

    [Fact]
    public void His_in_a_phrase_fronted_before_the_main_clause_is_its_subject()
    {
        var run = Coded.Run("Mr Dan Abbot met the mayor on Monday. Within hours of his final talks with Mr Thorpe, Sir Edward told the nation he was resigning.",
            new DateOnly(1974, 3, 1));
        run.Events.ShouldContain(e => e.Type == PloverType.Consult && e.Trigger.Of(run) == "talks"
            && e.Actors.Any(a => a.Role == ActorRole.Source && a.Canonical.Contains("Edward")));
        run.Events.ShouldNotContain(e => e.Trigger.Of(run) == "talks" && e.Actors.Any(a => a.Canonical.Contains("Abbot")));
    }
}
