using System.Collections.Immutable;
using Chronicle.Resolution.Clusters;

namespace Chronicle.Resolution.Tests.Clusters;

public sealed class EventClustererTests
{
    // Invented places and events: a protest in a capital reported twice, and look-alikes.
    private static readonly Place Lisbon = new("Lisbon", 2267057, "PT", "14", 38.72, -9.14, GeoPrecision.City);
    private static readonly Place Porto = new("Porto", 2735943, "PT", "17", 41.15, -8.61, GeoPrecision.City);
    private static readonly Place Portugal = new("Portugal", 2264397, "PT", null, 39.5, -8.0, GeoPrecision.Country);
    private static readonly Place Madrid = new("Madrid", 3117735, "ES", "29", 40.42, -3.70, GeoPrecision.City);

    [Fact]
    public void Two_reports_of_one_protest_share_a_cluster()
    {
        var (articles, clusters) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Thousands of nurses marched in Lisbon on Friday demanding higher pay.",
                Protest(Lisbon, "2021-03-05", killed: null)),
            Article("b", 2021, 3, 7, "Nurses protested in Lisbon on Friday over pay, police said.",
                Protest(Lisbon, "2021-03-05", killed: null)),
        ]);
        Id(articles, 0).ShouldBe(Id(articles, 1));
        clusters.Length.ShouldBe(1);
        clusters[0].Members.Select(m => m.DocumentId).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void The_same_death_toll_in_another_country_is_another_event()
    {
        var (articles, _) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Police killed 12 protesters in Lisbon.", Protest(Lisbon, null, killed: 12)),
            Article("b", 2021, 3, 6, "Police killed 12 protesters in Madrid.", Protest(Madrid, null, killed: 12)),
        ]);
        Id(articles, 0).ShouldNotBe(Id(articles, 1));
    }

    [Fact]
    public void The_same_place_in_another_year_is_another_event()
    {
        var (articles, _) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null)),
            Article("b", 2021, 3, 6, "The march recalled the nurses' protest in Lisbon in 2019.", Protest(Lisbon, "2019", killed: null)),
        ]);
        Id(articles, 0).ShouldNotBe(Id(articles, 1));
    }

    [Fact]
    public void Two_cities_of_one_country_are_two_events_but_a_city_agrees_with_its_country()
    {
        var (articles, _) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null)),
            Article("b", 2021, 3, 6, "Nurses marched in Porto on Friday.", Protest(Porto, "2021-03-05", killed: null)),
            Article("c", 2021, 3, 8, "Nurses marched in Portugal on Friday, demanding pay.", Protest(Portugal, "2021-03-05", killed: null)),
        ]);
        Id(articles, 0).ShouldNotBe(Id(articles, 1));
        // The country-level report agrees with both cities and joins the earlier one only: a report joins one cluster.
        Id(articles, 2).ShouldBe(Id(articles, 0));
    }

    [Fact]
    public void An_undated_report_near_the_day_joins_but_one_from_months_later_does_not()
    {
        var (articles, _) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null)),
            Article("b", 2021, 3, 7, "Nurses marched in Lisbon.", Protest(Lisbon, null, killed: null)),
            Article("c", 2021, 9, 1, "Nurses marched in Lisbon.", Protest(Lisbon, null, killed: null)),
        ]);
        Id(articles, 1).ShouldBe(Id(articles, 0));
        Id(articles, 2).ShouldNotBe(Id(articles, 0));
    }

    [Fact]
    public void Ids_come_from_the_earliest_report_whatever_the_input_order()
    {
        var early = Article("early", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null));
        var late = Article("late", 2021, 3, 8, "Nurses marched in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null));
        var (forward, _) = new EventClusterer().Cluster([early, late]);
        var (backward, _) = new EventClusterer().Cluster([late, early]);
        Id(forward, 0).ShouldBe(Id(backward, 1));
        Id(forward, 0).ShouldBe(Id(forward, 1));
        Id(forward, 0).ShouldStartWith("evc-");
    }

    [Fact]
    public void Adding_an_article_later_keeps_old_ids_and_matches_a_batch_run()
    {
        var clusterer = new EventClusterer();
        var first = Article("a", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null));
        var second = Article("b", 2021, 3, 7, "Nurses protested in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: null));
        var third = Article("c", 2021, 3, 7, "Police killed 12 in Madrid.", Protest(Madrid, "2021-03-05", killed: 12));
        var (batch, _) = clusterer.Cluster([first, second, third]);

        var (old, clusters) = clusterer.Cluster([first, second]);
        var (added, after) = clusterer.Add(clusters, third);
        after.Take(clusters.Length).Select(c => c.Id).ShouldBe(clusters.Select(c => c.Id));
        Id(old, 0).ShouldBe(Id(batch, 0));
        added.Events[0].ClusterId.ShouldBe(batch[2].Events[0].ClusterId);
    }

    [Fact]
    public void A_cluster_keeps_each_source_s_own_count()
    {
        var (_, clusters) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Police killed 12 protesters in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: 12)),
            Article("b", 2021, 3, 7, "Rights groups say police killed up to 30 protesters in Lisbon on Friday.", Protest(Lisbon, "2021-03-05", killed: 30)),
        ]);
        clusters.Length.ShouldBe(1);
        clusters[0].Members.Select(m => m.Counts[0].Quantity.Value).ShouldBe([12m, 30m]);
        clusters[0].Sources.ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void Different_types_never_share_a_cluster()
    {
        var protest = Protest(Lisbon, "2021-03-05", killed: null);
        var (articles, _) = new EventClusterer().Cluster(
        [
            Article("a", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", protest),
            Article("b", 2021, 3, 6, "Nurses marched in Lisbon on Friday.", protest with { Type = PloverType.Assault }),
        ]);
        Id(articles, 0).ShouldNotBe(Id(articles, 1));
    }

    private static string Id(ImmutableArray<ArticleEvents> articles, int index) => articles[index].Events[0].ClusterId!;

    private static ArticleEvents Article(string id, int year, int month, int day, string text, CodedEvent coded) =>
        new(id, id + ".txt", new DateOnly(year, month, day), text,
            [coded with { Evidence = new TextSpan(0, text.Length), Trigger = new TextSpan(0, Math.Min(5, text.Length)) }]);

    private static CodedEvent Protest(Place place, string? date, int? killed) => new(
        PloverType.Protest,
        "demonstrate",
        new TextSpan(0, 5),
        new TextSpan(0, 5),
        [new EventActor(ActorRole.Source, new TextSpan(0, 5), "nurses", null, "PT")],
        place,
        date is null ? null : new EventDate(date, date.Length == 10 ? DatePrecision.Day : DatePrecision.Year, date),
        killed is { } k ? [new EventCount(CountKind.Killed, new Quantity(new TextSpan(0, 2), k, k, k, Qualifier.Exact, "protesters"))] : [],
        Modality.Asserted,
        null,
        0.9);
}
