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
}
