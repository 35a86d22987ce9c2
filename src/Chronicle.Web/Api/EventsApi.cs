using Chronicle.Contract;
using Chronicle.Contract.Exports;
using Chronicle.Storage.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary><c>/api/events</c>: filtered, sorted, paged events as JSON, CSV (ACLED-like columns) or GeoJSON.</summary>
internal static class EventsApi
{
    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync).WithName("ListEvents").WithTags("events")
            .WithSummary("Events matching the filters; format=json|csv|geojson.");
        api.MapGet("/events/{id}", GetAsync).WithName("GetEvent").WithTags("events")
            .WithSummary("One event with its article's title and date.");
        return api;
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken)
    {
        var format = ResponseFormats.Of(request, query.Format, geoJsonAllowed: true);
        var filter = QueryParsing.Filter(query);
        var sort = QueryParsing.Sort(query.Sort, EventSortKey.Date, descendingByDefault: true);
        var page = await queries.EventsAsync(filter, sort, QueryParsing.Page(query), cancellationToken).ConfigureAwait(false);
        return format switch
        {
            ResponseFormat.Csv => new CsvResult(EventCsv.Columns, page.Items.SelectMany(Rows), "events.csv"),
            ResponseFormat.GeoJson => TypedResults.Json(GeoJson.Of(page), contentType: ResponseFormats.GeoJsonType),
            _ => TypedResults.Ok(ListResponse<StoredEvent>.Of(page, request)),
        };
    }

    private static async Task<IResult> GetAsync(string id, IEventQueries queries, CancellationToken cancellationToken) =>
        await queries.EventAsync(id, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No event '{id}'.");

    /// <summary>The export's rows for one stored event: the article fields it needs, and only this event.</summary>
    private static IEnumerable<IReadOnlyList<string?>> Rows(StoredEvent stored) =>
        EventCsv.Rows(new ArticleJson(stored.DocumentId, stored.Source, stored.Title, stored.Published, "", [], [], [], [], [], [stored.Event], null, ""));
}
