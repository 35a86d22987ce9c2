using System.Globalization;
using System.IO.Compression;
using System.Text;
using BuildGazetteer;

// Builds data/gazetteer/places.tsv.gz from GeoNames cities500, world-countries and the npm package
// `provinces` (US states and other first-level divisions). Deterministic: rows sorted, fixed gzip settings.
// usage: BuildGazetteer LEXICONS_DIR OUT_DIR [PROVINCES_JSON]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: BuildGazetteer LEXICONS_DIR OUT_DIR [provinces.json]");
    return 2;
}

var lexicons = args[0];
var output = args[1];
var provinces = args.Length > 2 ? args[2] : null;

var cities = CityRows.Read(Path.Combine(lexicons, "geonames", "cities500.txt"));
var countries = CountryRows.Read(Path.Combine(lexicons, "countries", "countries.json"));
var extraNames = ExtraFile.Read(Path.Combine(output, "extra-names.tsv"));
var admin1 = Admin1Rows.Build(provinces, ExtraFile.Read(Path.Combine(output, "admin1-extra.tsv")), cities, extraNames);
CountryRows.AddNames(countries, extraNames);

var continents = CountryRows.Continents(Path.Combine(output, "continents.tsv"));
var rows = continents.Concat(countries).Concat(admin1).Concat(cities).ToList();
var path = Path.Combine(output, "places.tsv.gz");
using (var file = File.Create(path))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine("# kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfcode\tnames\tdemonyms");
    foreach (var row in rows)
    {
        writer.WriteLine(row.ToLine());
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{countries.Count} countries, {admin1.Count} admin1, {cities.Count} places -> {path} ({new FileInfo(path).Length / 1024} KiB)"));
return 0;
