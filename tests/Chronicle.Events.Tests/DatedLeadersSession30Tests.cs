using Chronicle.Resolution.Actors;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

/// <summary>
/// Dated one-word leaders, session 30 (issue #7): a bare name word (<c>Saddam</c>, <c>Mr. Bush</c>) that the dictionary's
/// leaders holding a state post on the article's date share, all of one country, gives that country rather than one
/// named nearby; a surname several countries' leaders share that day gives none, and a namesake leader abroad does not
/// override the country of a British story.
/// </summary>
public sealed class DatedLeadersSession30Tests
{
    private static readonly DateOnly Gulf = new(1990, 8, 20);
    private static readonly DateOnly Election = new(2005, 3, 10);

    private static readonly Lazy<ActorLexicon> Shipped = new(() =>
        ActorLexicon.Load(Path.Combine(RepositoryPaths.Root, "data", "actors", "actors.tsv.gz")));

    private static string? Country(CodedEvent e, ActorRole role) => e.Actors.FirstOrDefault(a => a.Role == role)?.Country;

    [Fact]
    public void A_leader_named_by_his_first_name_keeps_his_country_beside_another_country()
    {
        var run = Coded.Run("Saddam threatened to strike Israel.", Gulf);
        Country(run.Single(PloverType.Threaten), ActorRole.Source).ShouldBe("IQ");
    }

    [Fact]
    public void A_titled_surname_is_the_leader_of_that_day()
    {
        var run = Coded.Run("Mr. Bush condemned the attack on Kuwait.", Gulf);
        run.Events.ShouldContain(e => e.Type == PloverType.Accuse && Country(e, ActorRole.Source) == "US");
    }

    [Fact]
    public void The_lookup_answers_for_a_first_name_and_a_titled_surname()
    {
        Shipped.Value.LeaderOn("Saddam", Gulf).ShouldBe("IQ");
        Shipped.Value.LeaderOn("Mr Bush", Gulf).ShouldBe("US");
        Shipped.Value.LeaderOn("Blair", Election).ShouldBe("GB");
    }

    [Fact]
    public void A_surname_leaders_of_several_countries_share_that_day_gives_no_country()
    {
        Shipped.Value.LeaderOn("Brown", new DateOnly(2007, 1, 10)).ShouldBeNull();
    }

    [Fact]
    public void No_leader_is_found_without_a_date_or_out_of_office()
    {
        Shipped.Value.LeaderOn("Saddam", null).ShouldBeNull();
        Shipped.Value.LeaderOn("Saddam", new DateOnly(2005, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void A_namesake_leader_abroad_does_not_take_a_british_politician()
    {
        var run = Coded.Run("Mr Blair criticised Mr Howard over the asylum plan in London.", Election);
        Country(run.Single(PloverType.Accuse), ActorRole.Target).ShouldBe("GB");
    }
}
