namespace Chronicle.Events.Tests;

/// <summary>Edges of a clause's actors: fronted dates, titles between commas, creditors, places of another clause.</summary>
public sealed class ClauseEdgeTests
{
    [Fact]
    public void A_fronted_date_is_no_part_of_the_subject()
    {
        var run = Coded.Run("On Tuesday police arrested a woman in the city centre.");
        var e = run.Single(PloverType.Coerce);
        e.Texts(ActorRole.Source, run.Text).ShouldBe(["police"]);
    }

    [Fact]
    public void A_title_between_commas_leaves_the_person_the_subject()
    {
        var run = Coded.Run("He was speaking as Sir Alan Grant, employers' group director general, warned the finance minister not to raise taxes.");
        var e = run.Single(PloverType.Request);
        e.Texts(ActorRole.Source, run.Text).ShouldContain(s => s.Contains("Alan Grant"));
    }

    [Fact]
    public void A_list_of_names_is_no_title()
    {
        var run = Coded.Run("France, Germany, Italy agreed to the deal.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "France"));
    }

    [Fact]
    public void The_creditor_of_a_debt_written_off_is_no_target()
    {
        var run = Coded.Run("The Canadian government pledged to write off debt owed to Germany by the poorest countries.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "Germany"));
    }

    [Fact]
    public void Plural_offers_after_a_possessive_are_a_noun()
    {
        var run = Coded.Run("Nepal's offers of Gurkhas to the peacekeeping force were welcomed.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Agree);
    }

    [Fact]
    public void A_place_in_a_reported_clause_is_no_target_of_the_refusal()
    {
        var run = Coded.Run("The president refused to give credence to suggestions it was preparing strikes against Norway.");
        run.Events.ShouldNotContain(e => e.Type == PloverType.Reject && e.Actors.Any(a => a.Role == ActorRole.Target));
    }
}
