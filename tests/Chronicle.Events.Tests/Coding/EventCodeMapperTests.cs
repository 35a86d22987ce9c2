using System.Collections.Immutable;
using Chronicle.Events.Coding;

namespace Chronicle.Events.Tests.Coding;

public sealed class EventCodeMapperTests
{
    private const string Text = "Thousands marched through the capital on Sunday. Police fired tear gas at the protesters. "
        + "The government later closed a newspaper. Officers arrested two marchers.";

    private static readonly EventCodeMapper Mapper = new(MappingTablesTests.Mappings);

    [Fact]
    public void A_demonstration_alone_is_a_peaceful_protest_with_its_CAMEO_root()
    {
        var coded = Run(Protest());

        coded[0].Acled.ShouldBe(new AcledType("Protests", "Peaceful protest"));
        coded[0].Cameo.ShouldBe("14");
    }

    [Fact]
    public void Tear_gas_by_police_on_protesters_in_the_next_sentence_is_an_intervention()
    {
        var coded = Run(Protest(), Event(PloverType.Assault, "crowd-control", "fired tear gas", ("Police", ActorRole.Source), ("protesters", ActorRole.Target)));

        coded[0].Acled!.SubEventType.ShouldBe("Protest with intervention");
        coded[1].Acled!.SubEventType.ShouldBe("Protest with intervention");
        coded[1].Cameo.ShouldBe("17");
    }

    [Fact]
    public void Firearms_on_protesters_are_excessive_force()
    {
        var coded = Run(Protest(), Event(PloverType.Assault, "firearms", "fired tear gas", ("Police", ActorRole.Source), ("protesters", ActorRole.Target)));

        coded[0].Acled!.SubEventType.ShouldBe("Excessive force against protesters");
    }

    [Fact]
    public void State_action_on_others_or_further_away_leaves_the_protest_peaceful()
    {
        var coded = Run(
            Protest(),
            Event(PloverType.Coerce, "censor", "closed", ("The government", ActorRole.Source), ("a newspaper", ActorRole.Target)),
            Event(PloverType.Coerce, "arrest", "arrested", ("Officers", ActorRole.Source), ("marchers", ActorRole.Target)));

        coded[0].Acled!.SubEventType.ShouldBe("Peaceful protest");
        coded[2].Acled.ShouldBe(new AcledType("Strategic developments", "Arrests"));
    }

    [Fact]
    public void Events_ACLED_does_not_code_keep_a_CAMEO_root_and_no_ACLED_type()
    {
        var coded = Run(Event(PloverType.Accuse, "disapprove", "closed"));

        coded[0].Acled.ShouldBeNull();
        coded[0].Cameo.ShouldBe("11");
    }

    private static CodedEvent Protest() => Event(PloverType.Protest, "demo", "marched", ("Thousands", ActorRole.Source));

    private static CodedEvent Event(PloverType type, string? mode, string trigger, params (string Name, ActorRole Role)[] actors)
    {
        var at = Text.IndexOf(trigger, StringComparison.Ordinal);
        return new CodedEvent(
            type, mode, new TextSpan(at, at + trigger.Length), new TextSpan(at, at + trigger.Length),
            [.. actors.Select(a => new EventActor(a.Role, Span(a.Name), a.Name, null, null))],
            null, null, [], Modality.Asserted, null, 0.9);
    }

    private static TextSpan Span(string words)
    {
        var at = Text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(at, at + words.Length);
    }

    private static ImmutableArray<CodedEvent> Run(params CodedEvent[] events)
    {
        var sentences = new List<Sentence>();
        for (var start = 0; start < Text.Length;)
        {
            var dot = Text.IndexOf(". ", start, StringComparison.Ordinal);
            var stop = dot < 0 ? Text.Length : dot + 1;
            sentences.Add(new Sentence(new TextSpan(start, stop), 0, 0));
            start = stop + 1;
        }

        var found = Annotations.Empty with { Sentences = [.. sentences], Events = [.. events] };
        return Mapper.Run(new Document("test", null, null, Text), found).Events;
    }
}
