using System.Globalization;
using Chronicle.Storage.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary><c>/api/actors</c>: who takes part in the filtered events, as source or target.</summary>
internal static class ActorsApi
{
    public static RouteGroupBuilder MapActors(this RouteGroupBuilder api)
    {
        api.MapGet("/actors", ListAsync).WithName("ListActors").WithTags("actors")
            .WithSummary("Actors of the events matching the filters; sort=events|name.");
        api.MapGet("/actors/{key}", GetAsync).WithName("GetActor").WithTags("actors")
            .WithSummary("One actor by key or canonical name; its events are /api/events?actor=KEY.");
        return api;
    }

    private static async Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken)
    {
        var format = ResponseFormats.Of(request, query.Format);
        var page = await queries.ActorsAsync(
            QueryParsing.Filter(query), QueryParsing.Sort(query.Sort, SummarySortKey.Events, descendingByDefault: true),
            QueryParsing.Page(query), cancellationToken).ConfigureAwait(false);
        return format == ResponseFormat.Csv
            ? new CsvResult(["key", "entity_id", "canonical", "country", "events", "as_source", "as_target"],
                page.Items.Select(a => (IReadOnlyList<string?>)[a.Key, a.EntityId, a.Canonical, a.Country,
                    Number(a.Events), Number(a.AsSource), Number(a.AsTarget)]), "actors.csv")
            : TypedResults.Ok(ListResponse<ActorSummary>.Of(page, request));
    }

    private static async Task<IResult> GetAsync(string key, IEventQueries queries, CancellationToken cancellationToken) =>
        await queries.ActorAsync(key, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No actor '{key}'.");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
