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

    private static readonly CsvTable<ActorSummary> Csv = new("actors.csv",
        ["key", "entity_id", "canonical", "country", "events", "as_source", "as_target"],
        a => [a.Key, a.EntityId, a.Canonical, a.Country, Number(a.Events), Number(a.AsSource), Number(a.AsTarget)]);

    private static Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken) =>
        ListAnswer.OfAsync(query, request, SummarySortKey.Events, (filter, sort, page) => queries.ActorsAsync(filter, sort, page, cancellationToken), Csv.Of);

    private static async Task<IResult> GetAsync(string key, IEventQueries queries, CancellationToken cancellationToken) =>
        await queries.ActorAsync(key, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No actor '{key}'.");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
