using System.Text.Json;

namespace BuildGazetteer;

/// <summary>
/// First-level divisions. Names come from the npm package `provinces` (US states: the postal code is the
/// GeoNames admin1 code) and admin1-extra.tsv; a division's point is the middle of the box around its
/// cities500 places (less the outermost 5% each way), since none of the sources gives one.
/// </summary>
internal static class Admin1Rows
{
    public static List<Row> Build(string? provincesJson, List<string[]> extra, List<Row> cities, List<string[]> extraNames)
    {
        var named = new SortedDictionary<(string Country, string Code), Row>();
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
                if (country == "US" && p.TryGetProperty("short", out var code))
                {
                    var alt = p.TryGetProperty("alt", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                    Add(named, country, code.GetString()!, p.GetProperty("name").GetString()!, alt, cities);
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

        return [.. named.Values];
    }

    // The middle of the box around a division's places, leaving out the outermost 5% on each side so that
    // a few remote places (islands, the far north) do not pull it away from where most of the division is.
    private static double TrimmedMiddle(double[] values)
    {
        Array.Sort(values);
        var k = values.Length / 20;
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
