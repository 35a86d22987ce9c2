using System.Globalization;
using Chronicle.Storage.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary><c>/api/clusters</c>: reports of the same event joined across articles.</summary>
internal static class ClustersApi
{
    public static RouteGroupBuilder MapClusters(this RouteGroupBuilder api)
    {
        api.MapGet("/clusters", ListAsync).WithName("ListClusters").WithTags("clusters")
            .WithSummary("Clusters of the events matching the filters; sort=events|name (first day).");
        api.MapGet("/clusters/{id}", GetAsync).WithName("GetCluster").WithTags("clusters")
            .WithSummary("One cluster's reports (events), with their articles.");
        return api;
    }

    private static readonly CsvTable<ClusterSummary> Csv = new("clusters.csv",
        ["cluster_id", "type", "events", "documents", "first_day", "last_day"],
        c => [c.ClusterId, c.Type, c.Events.ToString(CultureInfo.InvariantCulture), c.Documents.ToString(CultureInfo.InvariantCulture), c.FirstDay, c.LastDay]);

    private static Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken) =>
        ListAnswer.OfAsync(query, request, SummarySortKey.Events, (filter, sort, page) => queries.ClustersAsync(filter, sort, page, cancellationToken), Csv.Of);

    private static async Task<IResult> GetAsync(string id, IEventQueries queries, CancellationToken cancellationToken)
    {
        var reports = await queries.EventsAsync(new EventFilter(Cluster: id), new Sort<EventSortKey>(EventSortKey.Date, false),
            new PageRequest(PageRequest.MaxLimit, 0), cancellationToken).ConfigureAwait(false);
        return reports.Total == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No cluster '{id}'.")
            : TypedResults.Ok(new ClusterResponse(id, reports.Total, reports.Items));
    }

    private sealed record ClusterResponse(string ClusterId, long Events, IReadOnlyList<StoredEvent> Reports);
}
