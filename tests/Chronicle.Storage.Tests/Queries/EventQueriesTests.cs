using Chronicle.Storage.Queries;

namespace Chronicle.Storage.Tests.Queries;

/// <summary>
/// The read side's contract, run on every store (one subclass each): the same filters, sorting, paging, timelines
/// and summaries over the same three articles give the same answers.
/// </summary>
public abstract class EventQueriesTests : IAsyncLifetime
{
    private static readonly Sort<EventSortKey> NewestFirst = new(EventSortKey.Date, true);
    private TestStore? _database;

    protected abstract StoreKind Kind { get; }

    private protected IEventQueries Queries { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestStore.CreateAsync(Kind);
        await using (var store = await _database.OpenAsync())
        {
            await store.StoreAsync(QuerySamples.Articles);
        }

        Queries = _database.OpenQueries();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Events_come_newest_first_with_their_article_and_a_total()
    {
        var page = await Queries.EventsAsync(EventFilter.All, NewestFirst, PageRequest.First);

        page.Total.ShouldBe(3);
        page.Items.Select(e => e.Event.Trigger.Text).ShouldBe(["shelled", "marched", "marched"]);
        page.Items[0].Title.ShouldBe("Town shelled");
        page.Items[0].Day.ShouldBe("2024-04-12");
        page.Items[0].Published.ShouldBe("2024-04-13");
        page.Items[0].Source.ShouldBe("https://example.com/shelling");
        page.Items[0].Event.Place!.Country.ShouldBe("UA");
    }

    // Keyed by label so that the theory's data stays serializable.
    private static readonly Dictionary<string, EventFilter> Filters = new(StringComparer.Ordinal)
    {
        ["type"] = new EventFilter(Type: "PROTEST"),
        ["from"] = new EventFilter(From: new DateOnly(2024, 4, 1)),
        ["to"] = new EventFilter(To: new DateOnly(2024, 3, 5)),
        ["from and to"] = new EventFilter(From: new DateOnly(2024, 3, 6), To: new DateOnly(2024, 4, 11)),
        ["country"] = new EventFilter(Country: "FR"),
        ["acled type any case"] = new EventFilter(Acled: "protests"),
        ["acled sub-event type"] = new EventFilter(Acled: "Shelling/artillery/missile attack"),
        ["actor by name key"] = new EventFilter(Actor: "teachers"),
        ["actor by entity id"] = new EventFilter(Actor: "e-artillery"),
        ["actor by canonical name any case"] = new EventFilter(Actor: "VELMORA"),
        ["word"] = new EventFilter(Text: "police"),
        ["words all needed any case"] = new EventFilter(Text: "POLICE wages"),
        ["words not in one article"] = new EventFilter(Text: "police organisers"),
        ["prefix"] = new EventFilter(Text: "govern*"),
        ["stray quote"] = new EventFilter(Text: "teachers\""),
        ["only operators"] = new EventFilter(Text: "\" ' & | ! ( ) : *"),
        ["no stemming"] = new EventFilter(Text: "march"),
        ["cluster"] = new EventFilter(Cluster: "c-march"),
        ["type, word and country"] = new EventFilter(Type: "PROTEST", Text: "organisers", Country: "FR"),
        ["confidence at least its own"] = new EventFilter(MinConfidence: 0.8),
        ["confidence between two"] = new EventFilter(MinConfidence: 0.85),
        ["confidence and type"] = new EventFilter(Type: "ASSAULT", MinConfidence: 0.75),
    };

    [Theory]
    [InlineData("type", 2)]
    [InlineData("from", 1)]
    [InlineData("to", 2)]
    [InlineData("from and to", 0)]
    [InlineData("country", 2)]
    [InlineData("acled type any case", 2)]
    [InlineData("acled sub-event type", 1)]
    [InlineData("actor by name key", 2)]
    [InlineData("actor by entity id", 1)]
    [InlineData("actor by canonical name any case", 1)]
    [InlineData("word", 1)]
    [InlineData("words all needed any case", 1)]
    [InlineData("words not in one article", 0)]
    [InlineData("prefix", 1)]
    [InlineData("stray quote", 2)]
    [InlineData("only operators", 3)]
    [InlineData("no stemming", 1)]
    [InlineData("cluster", 2)]
    [InlineData("type, word and country", 1)]
    [InlineData("confidence at least its own", 2)]
    [InlineData("confidence between two", 1)]
    [InlineData("confidence and type", 0)]
    public async Task Filters_narrow_the_events(string filter, int expected)
    {
        var page = await Queries.EventsAsync(Filters[filter], NewestFirst, PageRequest.First);

        page.Total.ShouldBe(expected);
        page.Items.Count.ShouldBe(expected);
    }

    [Fact]
    public async Task Pages_are_slices_of_one_order()
    {
        var sort = new Sort<EventSortKey>(EventSortKey.Confidence, false);
        var first = await Queries.EventsAsync(EventFilter.All, sort, new PageRequest(2, 0));
        var second = await Queries.EventsAsync(EventFilter.All, sort, new PageRequest(2, 2));

        first.Items.Select(e => e.Event.Confidence).ShouldBe([0.7, 0.8]);
        second.Items.Select(e => e.Event.Confidence).ShouldBe([0.9]);
        second.Total.ShouldBe(3);
        (await Queries.EventsAsync(EventFilter.All, new Sort<EventSortKey>(EventSortKey.Type, false), PageRequest.First))
            .Items.Select(e => e.Event.Type).ShouldBe(["ASSAULT", "PROTEST", "PROTEST"]);
    }

    [Fact]
    public async Task One_event_is_found_by_id()
    {
        var id = (await Queries.EventsAsync(new EventFilter(Type: "ASSAULT"), NewestFirst, PageRequest.First)).Items[0].Event.Id;

        (await Queries.EventAsync(id))!.Event.Mode.ShouldBe("aerial");
        (await Queries.EventAsync("nope-1")).ShouldBeNull();
    }

    [Theory]
    [InlineData(TimelineInterval.Day, "2024-03-05", "2024-04-12")]
    [InlineData(TimelineInterval.Week, "2024-03-04", "2024-04-08")]
    [InlineData(TimelineInterval.Month, "2024-03", "2024-04")]
    public async Task The_timeline_counts_events_by_period_and_type(TimelineInterval interval, string firstPeriod, string lastPeriod)
    {
        var buckets = await Queries.TimelineAsync(EventFilter.All, interval);

        buckets.ShouldBe([new TimelineBucket(firstPeriod, "PROTEST", 2), new TimelineBucket(lastPeriod, "ASSAULT", 1)]);
        (await Queries.TimelineAsync(new EventFilter(Type: "ASSAULT"), interval)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Documents_are_listed_searched_and_filtered_by_publication_date_and_event()
    {
        var byDate = new Sort<DocumentSortKey>(DocumentSortKey.Published, false);
        var all = await Queries.DocumentsAsync(EventFilter.All, byDate, PageRequest.First);
        all.Items.Select(d => d.Title).ShouldBe(["Teachers march for pay", "Lyon teachers protest", "Town shelled"]);
        all.Items[0].Events.ShouldBe(1);
        all.Items[0].IngestedAt.ShouldNotBeNullOrEmpty();

        (await Queries.DocumentsAsync(new EventFilter(Text: "wages"), byDate, PageRequest.First)).Items.Select(d => d.Title).ShouldBe(["Lyon teachers protest"]);
        (await Queries.DocumentsAsync(new EventFilter(Text: "shelled"), byDate, PageRequest.First)).Total.ShouldBe(1);
        (await Queries.DocumentsAsync(new EventFilter(From: new DateOnly(2024, 3, 6), To: new DateOnly(2024, 3, 31)), byDate, PageRequest.First)).Total.ShouldBe(1);
        (await Queries.DocumentsAsync(new EventFilter(Type: "ASSAULT"), byDate, PageRequest.First)).Items.Select(d => d.Title).ShouldBe(["Town shelled"]);
        (await Queries.DocumentsAsync(EventFilter.All, new Sort<DocumentSortKey>(DocumentSortKey.Title, true), PageRequest.First))
            .Items.Select(d => d.Title).ShouldBe(["Town shelled", "Teachers march for pay", "Lyon teachers protest"]);
    }

    [Fact]
    public async Task A_document_comes_with_its_annotations_and_sources()
    {
        var id = QuerySamples.Articles[2].Document.Id.Value;

        var document = await Queries.DocumentAsync(id);

        document!.Article.Text.ShouldBe(QuerySamples.ShellingText);
        document.Article.Events.Count.ShouldBe(1);
        document.Sources.ShouldBe(["https://example.com/shelling"]);
        (await Queries.DocumentAsync("0000")).ShouldBeNull();
    }

    [Fact]
    public async Task Actors_are_counted_by_role_and_found_by_key_or_name()
    {
        var byEvents = new Sort<SummarySortKey>(SummarySortKey.Events, true);
        var actors = await Queries.ActorsAsync(EventFilter.All, byEvents, PageRequest.First);
        actors.Total.ShouldBe(3);
        actors.Items[0].ShouldBe(new ActorSummary("teachers", null, "Teachers", "FR", 2, 2, 0));

        (await Queries.ActorAsync("e-artillery"))!.Canonical.ShouldBe("Artillery");
        (await Queries.ActorAsync("velmora"))!.AsTarget.ShouldBe(1);
        (await Queries.ActorAsync("nobody")).ShouldBeNull();
        (await Queries.ActorsAsync(new EventFilter(Type: "ASSAULT"), new Sort<SummarySortKey>(SummarySortKey.Name, false), PageRequest.First))
            .Items.Select(a => a.Canonical).ShouldBe(["Artillery", "Velmora"]);
    }

    [Fact]
    public async Task Places_are_counted_with_their_coordinates()
    {
        var places = await Queries.PlacesAsync(EventFilter.All, new Sort<SummarySortKey>(SummarySortKey.Events, true), PageRequest.First);

        places.Items.ShouldBe([new PlaceSummary("Lyon", 2996944, "FR", 45.75, 4.85, 2), new PlaceSummary("Velmora", 9999001, "UA", 48.5, 35.0, 1)]);
        (await Queries.PlacesAsync(new EventFilter(Country: "UA"), new Sort<SummarySortKey>(SummarySortKey.Name, false), PageRequest.First)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Clusters_join_reports_of_one_event_across_articles()
    {
        var clusters = await Queries.ClustersAsync(EventFilter.All, new Sort<SummarySortKey>(SummarySortKey.Events, true), PageRequest.First);

        clusters.Total.ShouldBe(1);
        clusters.Items.ShouldBe([new ClusterSummary("c-march", "PROTEST", 2, 2, "2024-03-05", "2024-03-05")]);
        (await Queries.ClustersAsync(new EventFilter(Type: "ASSAULT"), new Sort<SummarySortKey>(SummarySortKey.Name, false), PageRequest.First)).Total.ShouldBe(0);
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("1; DROP TABLE documents; --")]
    [InlineData("') UNION SELECT id, text, 1, 1, 1, 1 FROM documents --")]
    [InlineData("\" OR \"\"=\"")]
    [InlineData("NEAR(a b) OR title:x")]
    [InlineData("a & b | !c <-> d:*")]
    [InlineData("%_\\")]
    public async Task Injection_strings_in_the_filters_match_nothing_and_change_nothing(string text)
    {
        var all = new Sort<SummarySortKey>(SummarySortKey.Events, true);
        EventFilter[] exact = [new(Acled: text), new(Actor: text), new(Cluster: text), new(Document: text), new(Type: text), new(Country: text)];
        foreach (var filter in exact)
        {
            (await Queries.EventsAsync(filter, NewestFirst, PageRequest.First)).Total.ShouldBe(0, filter.ToString());
            (await Queries.DocumentsAsync(filter, new Sort<DocumentSortKey>(DocumentSortKey.Title, false), PageRequest.First)).Total.ShouldBe(0);
            (await Queries.ActorsAsync(filter, all, PageRequest.First)).Total.ShouldBe(0);
            (await Queries.PlacesAsync(filter, all, PageRequest.First)).Total.ShouldBe(0);
            (await Queries.ClustersAsync(filter, all, PageRequest.First)).Total.ShouldBe(0);
            (await Queries.TimelineAsync(filter, TimelineInterval.Week)).ShouldBeEmpty();
        }

        (await Queries.EventsAsync(new EventFilter(Text: text), NewestFirst, PageRequest.First)).Total.ShouldBeLessThanOrEqualTo(3);
        (await Queries.EventAsync(text)).ShouldBeNull();
        (await Queries.DocumentAsync(text)).ShouldBeNull();
        (await Queries.ActorAsync(text)).ShouldBeNull();
        (await Queries.EventsAsync(EventFilter.All, NewestFirst, PageRequest.First)).Total.ShouldBe(3);
    }
}
