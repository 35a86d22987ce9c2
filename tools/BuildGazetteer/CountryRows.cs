using System.Globalization;
using System.Text.Json;

namespace BuildGazetteer;

/// <summary>Reads world-countries: names, official names, spellings, demonyms; the point from country-points.tsv where listed.</summary>
internal static class CountryRows
{
    public static List<Row> Read(string path, string pointsPath)
    {
        // GeoNames' own country points where known (the convention of GeoNames-coded corpora such as LGL).
        var points = ExtraFile.Read(pointsPath).Where(e => e.Length >= 3).ToDictionary(
            e => e[0], e => (double.Parse(e[1], CultureInfo.InvariantCulture), double.Parse(e[2], CultureInfo.InvariantCulture)));
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = new List<Row>();
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var names = new List<string> { name.GetProperty("official").GetString()! };
            names.AddRange(c.GetProperty("altSpellings").EnumerateArray().Select(a => a.GetString()!)
                .Where(a => a.Length >= 3 && a.All(ch => ch < '\u0250')));
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var d) && d.TryGetProperty("eng", out var eng))
            {
                demonyms.Add(eng.GetProperty("m").GetString()!);
                demonyms.Add(eng.GetProperty("f").GetString()!);
            }

            var latlng = c.GetProperty("latlng");
            var code = c.GetProperty("cca2").GetString()!;
            var (lat, lon) = (latlng[0].GetDouble(), latlng[1].GetDouble());
            // GeoNames has moved a few country points far from the middle in later releases (Canada's to
            // Alberta, 1,000 km from where older releases, Wikipedia and world-countries put it): past 1,000 km
            // the two sources disagree about what the point means, and world-countries' middle is kept.
            if (points.TryGetValue(code, out var point) && DistanceKm(point, (lat, lon)) < 1000)
            {
                (lat, lon) = point;
            }
            var population = (long)(c.TryGetProperty("area", out var area) ? area.GetDouble() : 0);
            rows.Add(new Row('C', 0, common, code, "", lat, lon, population, "PCLI", names, [.. demonyms.Where(x => x.Length > 0)]));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Country, b.Country));
        return rows;
    }

    private static double DistanceKm((double Lat, double Lon) a, (double Lat, double Lon) b) =>
        Chronicle.Recognizers.Places.GeoMath.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);

    public static List<Row> Continents(string path) =>
    [
        .. ExtraFile.Read(path).Where(e => e.Length >= 3).Select(e => new Row('R', 0, e[0], "", "",
            double.Parse(e[1], CultureInfo.InvariantCulture),
            double.Parse(e[2], CultureInfo.InvariantCulture), 0, "CONT",
            e.Length > 3 ? [.. e[3].Split('|', StringSplitOptions.RemoveEmptyEntries)] : [], [])),
    ];

    // Seas, gulfs and straits: a name, a point, a GeoNames feature code and other names; no country.
    public static List<Row> Waters(string path) =>
    [
        .. ExtraFile.Read(path).Where(e => e.Length >= 4).Select(e => new Row('R', 0, e[0], "", "",
            double.Parse(e[1], CultureInfo.InvariantCulture),
            double.Parse(e[2], CultureInfo.InvariantCulture), 0, e[3],
            e.Length > 4 ? [.. e[4].Split('|', StringSplitOptions.RemoveEmptyEntries)] : [], [])),
    ];

    public static void AddNames(List<Row> countries, List<string[]> extra)
    {
        foreach (var e in extra.Where(e => e.Length >= 3 && e[1].Length == 0))
        {
            countries.Find(c => c.Country == e[0])?.Names.Add(e[2]);
        }
    }
}
