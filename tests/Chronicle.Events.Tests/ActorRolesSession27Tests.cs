namespace Chronicle.Events.Tests;

public sealed class ActorRolesSession27Tests
{
    [Theory]
    [InlineData("More than 2,000 protesters rallied in Portadown.", "protesters")]
    [InlineData("Fewer than 300 students marched in Belfast on Sunday.", "students")]
    [InlineData("Less than 500 farmers demonstrated in Cork.", "farmers")]
    public void A_crowd_counted_with_more_or_fewer_than_is_the_subject_of_its_verb(string sentence, string crowd)
    {
        var run = Coded.Run(sentence, new DateOnly(1998, 3, 22));
        var protest = run.Single(PloverType.Protest);
        protest.Texts(ActorRole.Source, run.Text).ShouldHaveSingleItem().ShouldEndWith(crowd);
        protest.Texts(ActorRole.Target, run.Text).ShouldAllBe(t => !t.EndsWith(crowd));
    }

    [Theory]
    [InlineData("Nigerian security forces clashed in Lagos with anti-government demonstrators who were protesting the plan.", "Nigerian security forces", "anti-government demonstrators")]
    [InlineData("Kenyan police clashed in Nairobi with students who had occupied the campus.", "Kenyan police", "students")]
    public void A_relative_clause_after_the_object_of_with_leaves_the_roles_alone(string sentence, string source, string target)
    {
        var run = Coded.Run(sentence, new DateOnly(1998, 3, 22));
        var clash = run.Single(PloverType.Assault);
        clash.Texts(ActorRole.Source, run.Text).ShouldBe([source]);
        clash.Texts(ActorRole.Target, run.Text).ShouldBe([target]);
    }

    [Theory]
    [InlineData("Sergio Navarro spent the night with chanting protesters.", "protesters")]
    [InlineData("The minister met with striking miners in Oruro.", "miners")]
    public void A_crowd_participle_after_a_preposition_never_makes_the_crowd_a_target(string sentence, string crowd)
    {
        var run = Coded.Run(sentence, new DateOnly(1998, 3, 22));
        run.Events.Where(e => e.Type == PloverType.Protest).SelectMany(e => e.Texts(ActorRole.Target, run.Text)).ShouldNotContain(crowd);
    }

    [Fact]
    public void A_gerund_with_an_object_after_a_preposition_is_still_an_act()
    {
        var run = Coded.Run("He was charged with attacking protesters in Lima.", new DateOnly(1998, 3, 22));
        run.Single(PloverType.Assault).Texts(ActorRole.Target, run.Text).ShouldBe(["protesters"]);
    }

    [Theory]
    [InlineData("Washington and London are alone in warning Iraq of military strikes.")]
    [InlineData("London and Washington warned Iraq of military strikes.")]
    public void A_capital_listed_beside_another_capital_keeps_its_own_country(string sentence)
    {
        var run = Coded.Run(sentence, new DateOnly(1998, 3, 22));
        var actors = run.Events.SelectMany(e => e.Actors).ToList();
        actors.ShouldContain(a => a.Span.Of(run.Text) == "Washington" && a.Country == "US");
        actors.ShouldContain(a => a.Span.Of(run.Text) == "London" && a.Country == "GB");
        actors.ShouldNotContain(a => a.Span.Of(run.Text) == "Washington" && a.Country == "GB");
    }
}
