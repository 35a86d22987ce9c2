namespace Chronicle.Events.Tests;

public sealed class PartyCountryTests
{
    [Fact]
    public void Party_members_are_of_the_party_country()
    {
        var run = Coded.Run("Several Tory MPs have sharply criticised the prime minister over the new housing rules.");
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void A_party_named_alone_is_of_its_country()
    {
        var run = Coded.Run("The Liberal Democrats have rejected the Conservatives' plan for a tax on pensions.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void Parties_make_the_article_politics_for_a_bare_government()
    {
        var run = Coded.Run("Labour and the Tories clashed over schools on Monday. The Conservatives will back government plans for a new rail tax.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "government" && a.Country == "GB"));
    }

    [Fact]
    public void A_party_word_in_another_country_article_names_no_party()
    {
        var run = Coded.Run("Police in Nairobi arrested ten Kenyan students on Monday. The Labour ministry officials criticised the strike in Kenya.");
        run.Events.ShouldNotContain(e => e.Actors.Any(a => a.Country == "GB"));
    }

    [Fact]
    public void A_state_institution_is_of_the_article_politics()
    {
        var run = Coded.Run("Tony Blair and Gordon Brown spoke on Monday. Jack Straw agreed with them. "
            + "The Court of Appeal backed the Home Office over its rules for asylum claims.", new DateOnly(2004, 6, 1));
        var e = run.Single(PloverType.Support);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Source && a.Country == "GB");
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "GB");
    }

    [Fact]
    public void A_court_above_states_takes_no_home_country()
    {
        var run = Coded.Run("Tony Blair and Gordon Brown spoke on Monday. Jack Straw agreed with them. "
            + "The European Court of Justice criticised the Home Office over its rules for asylum claims.", new DateOnly(2004, 6, 1));
        var e = run.Single(PloverType.Accuse);
        e.Actors.ShouldNotContain(a => a.Role == ActorRole.Source && a.Country == "GB");
    }

    [Fact]
    public void Victims_only_counted_are_of_the_place_a_later_mention_gives()
    {
        var run = Coded.Run("Palestinian leaders met in Ramallah and Gaza on Monday to discuss reforms in the West Bank and Gaza. "
            + "A suicide bomber killed five outside a nightclub on Friday. The attack in Tel Aviv was the first since the truce.");
        var e = run.Single(PloverType.Assault);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Span.Of(run.Text) == "five" && a.Country == "IL");
    }
}
