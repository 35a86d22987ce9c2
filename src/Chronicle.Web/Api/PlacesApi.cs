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

    private static async Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken)
    {
        var format = ResponseFormats.Of(request, query.Format);
        var page = await queries.PlacesAsync(
            QueryParsing.Filter(query), QueryParsing.Sort(query.Sort, SummarySortKey.Events, descendingByDefault: true),
            QueryParsing.Page(query), cancellationToken).ConfigureAwait(false);
        return format == ResponseFormat.Csv
            ? new CsvResult(["name", "geonameid", "country", "latitude", "longitude", "events"],
                page.Items.Select(p => (IReadOnlyList<string?>)[p.Name, p.Geonameid?.ToString(CultureInfo.InvariantCulture), p.Country,
                    p.Lat?.ToString("0.#####", CultureInfo.InvariantCulture), p.Lon?.ToString("0.#####", CultureInfo.InvariantCulture),
                    p.Events.ToString(CultureInfo.InvariantCulture)]), "places.csv")
            : TypedResults.Ok(ListResponse<PlaceSummary>.Of(page, request));
    }
}
