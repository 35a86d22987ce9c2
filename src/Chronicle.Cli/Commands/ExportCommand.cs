using System.CommandLine;
using Chronicle.Contract;
using Chronicle.Contract.Exports;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle export</c>: write what the database holds as JSON Lines or CSV.</summary>
internal static class ExportCommand
{
    public const string Examples = "chronicle export --format jsonl > articles.jsonl\nchronicle export --db news.db --format csv > events.csv";

    public static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one stored article per line, the output contract) or csv (one event per row, ACLED-like columns).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var command = new Command("export", "Write the database's articles and events to standard output.")
        {
            database, format,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await CommonOptions.OpenExistingAsync(parsed, database, context, cancellationToken).ConfigureAwait(false);
            var csv = parsed.GetValue(format) == "csv";
            if (csv)
            {
                await context.Out.WriteLineAsync(Csv.Line(EventCsv.Columns)).ConfigureAwait(false);
            }

            await foreach (var json in store.ReadArticlesJsonAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!csv)
                {
                    await context.Out.WriteLineAsync(json).ConfigureAwait(false);
                    continue;
                }

                foreach (var row in EventCsv.Rows(ContractJson.FromJson(json)!))
                {
                    await context.Out.WriteLineAsync(Csv.Line(row)).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
