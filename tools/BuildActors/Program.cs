using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BuildActors;

// Builds data/actors/actors.tsv.gz from PETRARCH2's Phoenix actor and agent dictionaries, with the ISO 3166
// alpha-3 to alpha-2 table of world-countries so that codes such as RUSGOV carry a country Chronicle uses.
// Deterministic: input order kept, fixed gzip settings. usage: BuildActors LEXICONS_DIR OUT_DIR (OUT_DIR may hold
// present-day.actors.txt, read after the Phoenix files)
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BuildActors LEXICONS_DIR OUT_DIR");
    return 2;
}

var petrarch = Path.Combine(args[0], "petrarch2");
var rows = new List<string>();
using (var countries = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(args[0], "countries", "countries.json"))))
{
    foreach (var c in countries.RootElement.EnumerateArray())
    {
        rows.Add($"C\t{c.GetProperty("cca3").GetString()}\t{c.GetProperty("cca2").GetString()}");
    }
}

var actorCount = 0;
foreach (var file in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
{
    foreach (var actor in PetrarchActors.Read(Path.Combine(petrarch, file)))
    {
        rows.Add($"A\t{Words(actor.Primary)}\t{string.Join('|', actor.Aliases.Select(Words).Where(a => a.Length > 0))}\t{string.Join(';', actor.Codes)}");
        actorCount++;
    }
}

// Present-day actors the Phoenix dictionaries (2014-16) lack, hand-written beside the output in the same format.
var presentDay = Path.Combine(args[1], "present-day.actors.txt");
if (File.Exists(presentDay))
{
    foreach (var actor in PetrarchActors.Read(presentDay))
    {
        rows.Add($"A\t{Words(actor.Primary)}\t{string.Join('|', actor.Aliases.Select(Words).Where(a => a.Length > 0))}\t{string.Join(';', actor.Codes)}");
        actorCount++;
    }
}

var agents = PetrarchAgents.Read(Path.Combine(petrarch, "Phoenix.agents.txt"));
rows.AddRange(agents.Select(a => $"G\t{Words(a.Phrase)}\t{a.Code}"));

Directory.CreateDirectory(args[1]);
var path = Path.Combine(args[1], "actors.tsv.gz");
using (var file = File.Create(path))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
{
    writer.WriteLine("# Chronicle actor dictionary: C iso3 iso2 | A primary aliases codes | G agent code. Built by tools/BuildActors.");
    foreach (var row in rows)
    {
        writer.WriteLine(row);
    }
}

Console.WriteLine($"{actorCount} actors, {agents.Count} agent phrases -> {path} ({new FileInfo(path).Length / 1024} KB)");
return 0;

// PETRARCH joins words with `_` and ends a name with `_` to say "no more words may follow".
static string Words(string name) => string.Join(' ', name.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
