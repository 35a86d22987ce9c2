using System.Globalization;
using Chronicle.Storage.Queries;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary><c>/api/events/timeline</c>: counts of the filtered events by day, week or month and type.</summary>
internal static class TimelineApi
{
    public static RouteGroupBuilder MapTimeline(this RouteGroupBuilder api)
    {
        // Registered before /events/{id} would match it: a literal segment wins over a parameter in ASP.NET routing.
        api.MapGet("/events/timeline", GetAsync).WithName("EventTimeline").WithTags("events")
            .WithSummary("Event counts by period (interval=day|week|month) and PLOVER type.");
        return api;
    }

    private static async Task<IResult> GetAsync(
        [AsParameters] QueryParameters query, [FromQuery(Name = "interval")] string? interval, HttpRequest request,
        IEventQueries queries, CancellationToken cancellationToken)
    {
        var format = ResponseFormats.Of(request, query.Format);
        var width = interval?.ToLowerInvariant() switch
        {
            null or "" or "day" => TimelineInterval.Day,
            "week" => TimelineInterval.Week,
            "month" => TimelineInterval.Month,
            _ => throw new BadParameterException("interval", $"'{interval}' is not an interval; use day, week or month."),
        };
        var buckets = await queries.TimelineAsync(QueryParsing.Filter(query), width, cancellationToken).ConfigureAwait(false);
        return format == ResponseFormat.Csv
            ? new CsvResult(["period", "type", "count"],
                buckets.Select(b => (IReadOnlyList<string?>)[b.Period, b.Type, b.Count.ToString(CultureInfo.InvariantCulture)]), "timeline.csv")
            : TypedResults.Ok(new TimelineResponse(width.ToString().ToLowerInvariant(), buckets));
    }

    private sealed record TimelineResponse(string Interval, IReadOnlyList<TimelineBucket> Buckets);
}
