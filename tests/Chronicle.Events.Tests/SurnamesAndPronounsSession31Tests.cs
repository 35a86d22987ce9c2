namespace Chronicle.Events.Tests;

/// <summary>
/// A person named after a title with `of` in it (`Secretary of State X`) still opens the
/// sentence as its subject, so a later `he` in a conjoined or next clause takes that person.
/// </summary>
public sealed class SurnamesAndPronounsSession31Tests
{
    private static readonly DateOnly Published = new(2015, 10, 5);

    [Fact]
    public void He_after_and_takes_the_person_named_after_a_title_with_of()
    {
        var run = Coded.Run("Secretary of State Arne Berg said on Monday that the talks had failed, and he urged Norway to halt the strikes.", Published);
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Berg"));
    }

    [Fact]
    public void He_in_the_next_sentence_takes_the_person_named_after_a_title_with_of()
    {
        var run = Coded.Run("Secretary of State Tomas Holm spoke in Oslo on Monday. He urged Sweden to halt the exercises.", Published);
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Holm"));
    }

    [Fact]
    public void He_after_two_men_still_takes_the_last_subject()
    {
        var run = Coded.Run("Peter Lund met Secretary of State Karl Moss in Oslo. Moss spoke on Monday, and he urged Sweden to halt the strikes.", Published);
        run.Single(PloverType.Request).Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Moss"));
    }

    [Fact]
    public void A_lower_case_of_phrase_before_the_name_is_no_title()
    {
        var run = Coded.Run("Supporters of the striking miners met Karl Moss in Oslo. He urged Sweden to halt the strikes.", Published);
        run.Events.Where(e => e.Type == PloverType.Request).SelectMany(e => e.Actors)
            .ShouldNotContain(a => a.Role == ActorRole.Source && a.Canonical.Contains("Moss"));
    }
}
