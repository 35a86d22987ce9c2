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

    private static Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken) =>
        ListAnswer.OfAsync(query, request, EventSortKey.Date, (filter, sort, page) => queries.EventsAsync(filter, sort, page, cancellationToken),
            events => new CsvResult(EventCsv.Columns, events.SelectMany(Rows), "events.csv"),
            page => TypedResults.Json(GeoJson.Of(page), contentType: ResponseFormats.GeoJsonType));

    private static async Task<IResult> GetAsync(string id, IEventQueries queries, CancellationToken cancellationToken) =>
        await queries.EventAsync(id, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No event '{id}'.");

    /// <summary>The export's rows for one stored event: the article fields it needs, and only this event.</summary>
    private static IEnumerable<IReadOnlyList<string?>> Rows(StoredEvent stored) =>
        EventCsv.Rows(new ArticleJson(stored.DocumentId, stored.Source, stored.Title, stored.Published, "", [], [], [], [], [], [stored.Event], null, ""));
}
