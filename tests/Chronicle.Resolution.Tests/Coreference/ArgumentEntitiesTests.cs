using System.Collections.Immutable;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class ArgumentEntitiesTests
{
    private static CorefArgument Argument(ArgumentKind kind, string words) => new(kind, [.. words.Split(' ')]);

    [Fact]
    public void A_full_name_and_its_last_word_are_one_entity()
    {
        var lemmatizer = new EnglishLemmatizer();
        var full = ArgumentEntities.Entities([Argument(ArgumentKind.Participant, "Maria Kowalski")], ArgumentKind.Participant, lemmatizer);
        var surname = ArgumentEntities.Entities([Argument(ArgumentKind.Participant, "Kowalski 's")], ArgumentKind.Participant, lemmatizer);
        full.Overlaps(surname).ShouldBeTrue();
        ArgumentEntities.Entities([Argument(ArgumentKind.Participant, "she")], ArgumentKind.Participant, lemmatizer).ShouldBeEmpty();
    }

    [Fact]
    public void Dates_are_compared_by_their_calendar_values()
    {
        var a = ArgumentEntities.TimeValues([Argument(ArgumentKind.Time, "Sept. 12 , 2008")]);
        var b = ArgumentEntities.TimeValues([Argument(ArgumentKind.Time, "September 12th")]);
        var c = ArgumentEntities.TimeValues([Argument(ArgumentKind.Time, "2009")]);
        a.ShouldBe(["m:9", "d:12", "y:2008"], ignoreOrder: true);
        a.Overlaps(b).ShouldBeTrue();
        ArgumentEntities.TimesConflict(a, b).ShouldBeFalse();
        ArgumentEntities.TimesConflict(a, c).ShouldBeTrue();
        ArgumentEntities.TimeValues(ImmutableArray<CorefArgument>.Empty).ShouldBeEmpty();
    }
}
