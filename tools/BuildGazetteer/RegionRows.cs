using System.Globalization;

namespace BuildGazetteer;

/// <summary>
/// Regions and counties news names whole that no other source lists for their country (<c>regions-extra.tsv</c>,
/// written by hand): each is a division of its country at the point given, unless one of that name is there already.
/// </summary>
internal static class RegionRows
{
    public static List<Row> Build(List<string[]> lines, List<Row> divisions)
    {
        var rows = new List<Row>();
        foreach (var f in lines)
        {
            var (country, admin1, name) = (f[0], f[1], f[2]);
            if (divisions.Exists(d => d.Country == country && (d.Name == name || d.Names.Contains(name))))
            {
                continue;
            }

            var names = f.Length > 5 && f[5].Length > 0 ? f[5].Split('|').ToList() : [];
            rows.Add(new Row('A', 0, name, country, admin1, double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture), 0, "ADM1", names, []));
        }

        return rows;
    }
}
