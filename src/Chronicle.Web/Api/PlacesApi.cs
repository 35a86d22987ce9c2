using System.Globalization;
using Chronicle.Storage.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary><c>/api/places</c>: where the filtered events happened, with counts.</summary>
internal static class PlacesApi
{
    public static RouteGroupBuilder MapPlaces(this RouteGroupBuilder api)
    {
        api.MapGet("/places", ListAsync).WithName("ListPlaces").WithTags("places")
            .WithSummary("Places of the events matching the filters; sort=events|name.");
        return api;
    }

    private static readonly CsvTable<PlaceSummary> Csv = new("places.csv",
        ["name", "geonameid", "country", "latitude", "longitude", "events"],
        p => [p.Name, p.Geonameid?.ToString(CultureInfo.InvariantCulture), p.Country, p.Lat?.ToString("0.#####", CultureInfo.InvariantCulture),
            p.Lon?.ToString("0.#####", CultureInfo.InvariantCulture), p.Events.ToString(CultureInfo.InvariantCulture)]);

    private static Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken) =>
        ListAnswer.OfAsync(query, request, SummarySortKey.Events, (filter, sort, page) => queries.PlacesAsync(filter, sort, page, cancellationToken), Csv.Of);
}
