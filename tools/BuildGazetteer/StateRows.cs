using System.Globalization;
using System.Text.Json;
using Chronicle.Recognizers.Places;

namespace BuildGazetteer;

/// <summary>
/// Divisions with their own points from the npm package `country-state-city` (`lib/assets/state.json`, data of the
/// dr5hn countries-states-cities database, ODbL): a division already known takes the source's point instead of the
/// middle of its towns' box; one not yet known is added, with the GeoNames admin1 code most of its nearest
/// cities500 places have (the source's codes are ISO 3166-2, not GeoNames').
/// </summary>
internal static class StateRows
{
    // A division must have a town of its country this near, or its point is taken for an error of the source
    // (a few have latitude and longitude swapped); far enough for the empty north of Canada or Russia.
    private const double NearestTownKm = 400;

    // A division whose namesake town lies this near is that town's municipality: the town stands for it.
    private const double NamesakeTownKm = 50;

    private const int Neighbours = 9;

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    };

    // Names that are only a direction or a word for a kind of area (`Central`, `Western`): as a division's
    // whole name they would turn ordinary words of any article into places.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "Central", "Western", "Eastern", "Northern", "Southern", "North", "South", "East", "West", "Capital",
        "Coast", "Lakes", "Islands", "Upper", "Lower", "Centre", "Center", "Interior", "Highlands", "Plains",
    };

    public static void Apply(string? stateJson, List<Row> divisions, List<Row> cities)
    {
        if (stateJson is null)
        {
            return;
        }

        var towns = cities.ToLookup(c => c.Country);
        using var json = JsonDocument.Parse(File.ReadAllBytes(stateJson));
        var added = new List<Row>();
        var placed = new List<Row>();
        foreach (var s in json.RootElement.EnumerateArray())
        {
            if (s.GetProperty("latitude").ValueKind != JsonValueKind.String || s.GetProperty("longitude").ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var name = s.GetProperty("name").GetString()!;
            var country = s.GetProperty("countryCode").GetString()!;
            var lat = Math.Round(double.Parse(s.GetProperty("latitude").GetString()!, CultureInfo.InvariantCulture), 5);
            var lon = Math.Round(double.Parse(s.GetProperty("longitude").GetString()!, CultureInfo.InvariantCulture), 5);
            var inCountry = towns[country].ToList();
            if (Generic.Contains(name) || !CityRows.Keep(name) || inCountry.Count == 0)
            {
                continue;
            }

            var nearest = inCountry.Select(t => (Town: t, Km: GeoMath.DistanceKm(lat, lon, t.Latitude, t.Longitude)))
                .OrderBy(t => t.Km).ThenBy(t => t.Town.GeonameId).Take(Neighbours).ToList();
            if (nearest[0].Km > NearestTownKm)
            {
                continue;
            }

            // At its namesake town the point is either the town's (the source geocoded `New York` to the city)
            // or the division is the town's municipality; either way the town stands for it.
            if (inCountry.Exists(t => (t.Name == name || t.Names.Contains(name)) && GeoMath.DistanceKm(lat, lon, t.Latitude, t.Longitude) < NamesakeTownKm))
            {
                continue;
            }

            var known = divisions.Find(d => d.Country == country && (d.Name == name || d.Names.Contains(name)));
            if (known is { Population: > 0 } && !InsideTowns(inCountry.Where(t => t.Admin1 == known.Admin1).ToList(), lat, lon))
            {
                // Outside the box of the division's own towns the point is the source's error (Victoria put on
                // its border with South Australia); the middle of the towns is kept. (A division placed at a
                // namesake town has population 0: its towns are not known, and the source's point is better.)
                continue;
            }

            if (known is not null)
            {
                divisions[divisions.IndexOf(known)] = known with { Latitude = lat, Longitude = lon };
                placed.Add(known with { Latitude = lat, Longitude = lon });
                continue;
            }

            if (added.Exists(a => a.Country == country && a.Name == name))
            {
                continue;
            }

            var admin1 = nearest.GroupBy(t => t.Town.Admin1).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(t => t.Km)).First().Key;
            added.Add(new Row('A', 0, name, country, admin1, lat, lon, 0, "ADM1", Short(name), []));
        }

        placed.AddRange(added);
        divisions.AddRange(added);
        divisions.AddRange(Split(placed, divisions));
    }

    // A region divided into divisions named by compass points (`North Darfur`, `South Darfur`; `West Java`,
    // `East Java`) is still named whole in the news: it is added at the mean of its parts' points.
    private static List<Row> Split(List<Row> placed, List<Row> divisions)
    {
        var parts = new SortedDictionary<(string Country, string Whole), List<Row>>();
        foreach (var row in placed)
        {
            var space = row.Name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && Compass.Contains(row.Name[..space]) && row.Name.Length - space > 3)
            {
                var key = (row.Country, row.Name[(space + 1)..]);
                if (!parts.TryGetValue(key, out var list))
                {
                    parts[key] = list = [];
                }

                list.Add(row);
            }
        }

        var regions = new List<Row>();
        foreach (var ((country, rest), list) in parts)
        {
            if (list.Count < 2 || Generic.Contains(rest) || divisions.Exists(d => d.Country == country && (d.Name == rest || d.Names.Contains(rest))))
            {
                continue;
            }

            var admin1 = list.GroupBy(r => r.Admin1).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            regions.Add(new Row('A', 0, rest, country, admin1,
                Math.Round(list.Average(r => r.Latitude), 5), Math.Round(list.Average(r => r.Longitude), 5), 0, "ADM1", [], []));
        }

        return regions;
    }

    // Within the box of the towns, less the outermost 1% each way, as the division's middle is taken.
    private static bool InsideTowns(List<Row> towns, double lat, double lon)
    {
        if (towns.Count == 0)
        {
            return true;
        }

        var lats = towns.Select(t => t.Latitude).Order().ToArray();
        var lons = towns.Select(t => t.Longitude).Order().ToArray();
        var k = towns.Count / 100;
        return lat >= lats[k] && lat <= lats[^(k + 1)] && lon >= lons[k] && lon <= lons[^(k + 1)];
    }

    // `Nyanza Province`, `Oromia Region`: news often leaves the kind word off.
    private static List<string> Short(string name)
    {
        foreach (var kind in (string[])[" Province", " Region", " State", " Governorate", " Department", " District", " Division"])
        {
            if (name.EndsWith(kind, StringComparison.Ordinal) && name.Length > kind.Length + 2)
            {
                return [name[..^kind.Length]];
            }
        }

        return [];
    }
}
