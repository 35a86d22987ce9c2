using System.Text.Json;

namespace BuildGazetteer;

/// <summary>
/// First-level divisions. Names come from the npm package `provinces` (US states: the postal code is the
/// GeoNames admin1 code) and admin1-extra.tsv; a division's point is the middle of the box around its
/// cities500 places (less the outermost 1% each way), since none of the sources gives one.
/// </summary>
internal static class Admin1Rows
{
    public static List<Row> Build(string? provincesJson, List<string[]> extra, List<Row> cities, List<string[]> extraNames)
    {
        var named = new SortedDictionary<(string Country, string Code), Row>();
        var namesakes = new List<Row>();
        foreach (var e in extra.Where(e => e.Length >= 3))
        {
            Add(named, e[0], e[1], e[2], [], cities);
        }

        if (provincesJson is not null)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(provincesJson));
            foreach (var p in json.RootElement.EnumerateArray())
            {
                var country = p.GetProperty("country").GetString()!;
                var name = p.GetProperty("name").GetString()!;
                var alt = p.TryGetProperty("alt", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                if (country == "US" && p.TryGetProperty("short", out var code))
                {
                    Add(named, country, code.GetString()!, name, alt, cities);
                }
                else if (!named.Values.Any(r => r.Country == country && (r.Name == name || r.Names.Contains(name))))
                {
                    AddByNamesake(namesakes, country, name, alt, cities);
                }
            }
        }

        foreach (var e in extraNames.Where(e => e.Length >= 3 && e[1].Length > 0))
        {
            if (named.TryGetValue((e[0], e[1]), out var row))
            {
                row.Names.Add(e[2]);
            }
        }

        return [.. named.Values, .. namesakes];
    }

    // A division with no known admin1 code (`Bulacan`, `Kent`) is placed at the largest place of the same
    // name in its country, usually its seat, and takes that place's admin1 code.
    private static void AddByNamesake(List<Row> namesakes, string country, string name, List<string> alt, List<Row> cities)
    {
        var seat = cities.Where(c => c.Country == country && (c.Name == name || c.Names.Contains(name)))
            .OrderByDescending(c => c.Population).ThenBy(c => c.GeonameId).FirstOrDefault();
        if (seat is not null && !namesakes.Exists(n => n.Country == country && n.Name == name))
        {
            namesakes.Add(new Row('A', 0, name, country, seat.Admin1, seat.Latitude, seat.Longitude, 0, "ADM1", [.. alt.Where(CityRows.Keep)], []));
        }
    }

    // The middle of the box around a division's places, leaving out the outermost 1% on each side so that
    // a few remote places (islands, the far north) do not pull it away from where most of the division is.
    internal static double TrimmedMiddle(double[] values)
    {
        Array.Sort(values);
        var k = values.Length / 100;
        return (values[k] + values[^(k + 1)]) / 2;
    }

    private static void Add(SortedDictionary<(string, string), Row> named, string country, string code, string name, List<string> alt, List<Row> cities)
    {
        if (named.TryGetValue((country, code), out var existing))
        {
            existing.Names.Add(name);
            existing.Names.AddRange(alt.Where(CityRows.Keep));
            return;
        }

        var members = cities.Where(c => c.Country == country && c.Admin1 == code).ToList();
        if (members.Count == 0)
        {
            return;
        }

        var lat = TrimmedMiddle([.. members.Select(m => m.Latitude)]);
        var lon = TrimmedMiddle([.. members.Select(m => m.Longitude)]);
        var population = members.Sum(m => m.Population);
        named[(country, code)] = new Row('A', 0, name, country, code, lat, lon, population, "ADM1", [.. alt.Where(CityRows.Keep)], []);
    }
}
