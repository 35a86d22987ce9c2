using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>What a list is answered in.</summary>
internal enum ResponseFormat
{
    Json,
    Csv,
    GeoJson,
}

/// <summary>Picks the format from <c>format=</c>, else from the Accept header; JSON by default.</summary>
internal static class ResponseFormats
{
    public const string CsvType = "text/csv";
    public const string GeoJsonType = "application/geo+json";

    public static ResponseFormat Of(HttpRequest request, string? format, bool geoJsonAllowed = false)
    {
        var chosen = format?.ToLowerInvariant() switch
        {
            null or "" => FromAccept(request.Headers.Accept.ToString()),
            "json" => ResponseFormat.Json,
            "csv" => ResponseFormat.Csv,
            "geojson" => ResponseFormat.GeoJson,
            _ => throw new BadParameterException("format", $"'{format}' is not a format; use json or csv{(geoJsonAllowed ? " or geojson" : "")}."),
        };
        return chosen == ResponseFormat.GeoJson && !geoJsonAllowed
            ? throw new BadParameterException("format", "GeoJSON is offered for events only.")
            : chosen;

        ResponseFormat FromAccept(string accept) =>
            accept.Contains(CsvType, StringComparison.OrdinalIgnoreCase) ? ResponseFormat.Csv
            : geoJsonAllowed && accept.Contains(GeoJsonType, StringComparison.OrdinalIgnoreCase) ? ResponseFormat.GeoJson
            : ResponseFormat.Json;
    }
}
