using Chronicle.Storage.Queries;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>
/// What every list endpoint does: check the format first, then the filter, sort and page (so a request with several
/// bad parameters is told about them in that order), run the query, and answer the page as JSON (with the next page's
/// address), CSV, or GeoJSON where the list offers it.
/// </summary>
internal static class ListAnswer
{
    /// <summary>The answer for one list request; sorts are descending by default.</summary>
    public static async Task<IResult> OfAsync<T, TKey>(
        QueryParameters query, HttpRequest request, TKey defaultSort, Func<EventFilter, Sort<TKey>, PageRequest, Task<Page<T>>> run,
        Func<IReadOnlyList<T>, IResult> csv, Func<Page<T>, IResult>? geoJson = null)
        where TKey : struct, Enum
    {
        var format = ResponseFormats.Of(request, query.Format, geoJsonAllowed: geoJson is not null);
        var page = await run(
            QueryParsing.Filter(query), QueryParsing.Sort(query.Sort, defaultSort, descendingByDefault: true), QueryParsing.Page(query))
            .ConfigureAwait(false);
        return format switch
        {
            ResponseFormat.Csv => csv(page.Items),
            ResponseFormat.GeoJson when geoJson is not null => geoJson(page),
            _ => TypedResults.Ok(ListResponse<T>.Of(page, request)),
        };
    }
}
