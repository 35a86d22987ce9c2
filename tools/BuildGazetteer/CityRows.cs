using System.Globalization;

namespace BuildGazetteer;

/// <summary>Reads GeoNames cities500, keeping alternate names written in Latin script.</summary>
internal static class CityRows
{
    public static List<Row> Read(string path)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 15)
            {
                continue;
            }

            var names = new List<string> { f[2] };
            names.AddRange(f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(Keep));
            rows.Add(new Row('P', long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[8], f[10],
                double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture),
                long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0,
                f[7], names, [])
            { Admin2 = f[11] });
        }

        rows.Sort((a, b) => a.GeonameId.CompareTo(b.GeonameId));
        return rows;
    }

    // Latin-script names only (the article languages), and no codes: airport codes and
    // abbreviations in capitals (`NYC`, `LAX`) match ordinary words and acronyms in text.
    internal static bool Keep(string name) =>
        name.Length >= 2
        && name.Any(char.IsLetter)
        && name.All(c => c < '\u0250' || c is '\u2019' or '\u02BB' or '\u02BF' or '\u02BE')
        && !(name.Length <= 4 && name.All(c => char.IsUpper(c) || c == '.'))
        && !name.StartsWith("http", StringComparison.Ordinal);
}
