using System.CommandLine;
using Chronicle.Contract;
using Chronicle.Contract.Exports;
using Chronicle.Engine;
using Chronicle.Events.Coding;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle export</c>: write what the database holds as JSON Lines or CSV.</summary>
internal static class ExportCommand
{
    public const string Examples = "chronicle export --format jsonl > articles.jsonl\nchronicle export --db news.db --format csv > events.csv\nchronicle export --db news.db --format acled > acled.csv";

    public static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one stored article per line, the output contract), csv (one event per row, ACLED-like columns) "
                + "or acled (ACLED's own columns, one row per event ACLED would code).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "acled");
        var minConfidence = CommonOptions.MinConfidence();
        var command = new Command("export", "Write the database's articles and events to standard output.")
        {
            database, format, minConfidence,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var least = CommonOptions.MinConfidenceOf(parsed, minConfidence);
            await using var store = await CommonOptions.OpenExistingAsync(parsed, database, context, cancellationToken).ConfigureAwait(false);
            var chosen = parsed.GetValue(format);
            var acled = chosen == "acled" ? new AcledCsv(AcledLookupsOf(EventCodeMappings.Load(DataFiles.Default.Mappings), context.Clock)) : null;
            if (chosen != "jsonl")
            {
                await context.Out.WriteLineAsync(Csv.Line(acled is null ? EventCsv.Columns : AcledCsv.Columns)).ConfigureAwait(false);
            }

            await foreach (var json in store.ReadArticlesJsonAsync(cancellationToken).ConfigureAwait(false))
            {
                if (chosen == "jsonl" && least is null)
                {
                    // The stored line as it is: no parse and no re-serialisation.
                    await context.Out.WriteLineAsync(json).ConfigureAwait(false);
                    continue;
                }

                var article = ContractJson.FromJson(json)!.WithEventsAtLeast(least);
                if (chosen == "jsonl")
                {
                    await context.Out.WriteLineAsync(ContractJson.ToLine(article)).ConfigureAwait(false);
                    continue;
                }

                foreach (var row in acled is null ? EventCsv.Rows(article) : acled.Rows(article))
                {
                    await context.Out.WriteLineAsync(Csv.Line(row)).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The export's view of the mapping tables: countries, disorder types and interaction codes.</summary>
    private static AcledLookups AcledLookupsOf(EventCodeMappings mappings, TimeProvider clock) => new(
        code => mappings.Countries.Find(code) is { } c ? new AcledCountry(c.Alpha3, c.Numeric, c.Name, c.Region) : null,
        (type, subType) => mappings.DisorderType(new AcledType(type, subType)),
        name => mappings.Inter(name),
        clock.GetUtcNow().ToUnixTimeSeconds());
}
