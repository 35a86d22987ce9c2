namespace Chronicle.Events.Tests;

/// <summary>Actors' countries from what the article itself says: its institutions, parties and the people it introduces.</summary>
public sealed class ArticlePoliticsTests
{
    [Fact]
    public void An_institution_named_alone_makes_the_article_politics_for_a_bare_government()
    {
        var run = Coded.Run("The Dome was sold on Friday, Downing Street said. Some MPs criticised the government over the sale.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "government" && a.Country == "GB");
    }

    [Fact]
    public void An_institution_is_of_its_state()
    {
        var run = Coded.Run("Downing Street condemned the decision by the council on Tuesday.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void A_person_introduced_with_a_party_is_of_the_party_country()
    {
        var run = Coded.Run("Labour MP Harriet Oddington criticised the council over its plans for new homes.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void An_unknown_person_in_a_sentence_naming_the_article_institutions_is_of_its_politics()
    {
        var run = Coded.Run("The Tories and Labour argued over the deal on Monday. "
            + "Edwin Harcourt, chairman of a Commons committee, criticised the government over the deal for the arena in Springfield.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "GB");
    }

    [Fact]
    public void A_speaker_we_takes_the_speaker_country()
    {
        // (`If we reject this treaty` supposes a refusal and codes none: AssertedActTests.)
        var run = Coded.Run("\"We reject this treaty, and we will be isolated,\" said Foreign Secretary Jack Straw.", new DateOnly(2005, 1, 26));
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void A_named_policy_is_no_actor()
    {
        var run = Coded.Run("The Common Agricultural Policy (CAP) has been criticised by farmers. The CAP rejected the farmers' plea.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Canonical.Contains("CAP", StringComparison.Ordinal)
            || a.Canonical.Contains("Policy", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_public_body_is_of_the_article_politics()
    {
        var run = Coded.Run("Labour and the Tories clashed over food safety on Monday. The Food Standards Agency criticised the firm.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void An_institution_seat_read_as_a_town_abroad_stays_of_its_state()
    {
        var run = Coded.Run("Whitehall officials rejected the offer from the union on Monday.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void Regions_give_the_article_politics_when_nothing_else_does()
    {
        var run = Coded.Run("Councils in Wales and Scotland face rising costs this year. Council leaders urged the government to raise funding.");
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "government" && a.Country == "GB");
    }

    [Fact]
    public void A_dictionary_namesake_with_another_middle_name_loses_to_the_article_politics()
    {
        var run = Coded.Run("Labour and the Tories argued over taxes on Monday. Earl Ruth criticised the council over the new tax.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Span.Of(run.Text) == "Earl Ruth" && a.Country == "GB");
    }

    [Fact]
    public void A_member_who_resigned_the_whip_is_of_the_party_country()
    {
        var run = Coded.Run("Tory MP Robert Jackson resigned the whip on Tuesday.");
        var e = run.Single(PloverType.Retreat);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }
}
