using System.CommandLine;
using System.Globalization;
using Chronicle.Cli.Output;
using Chronicle.Engine;
using Chronicle.Ingest.Fetching;
using Chronicle.Ingest;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle ingest</c>: analyse articles and store them, once each, in the database.</summary>
internal static class IngestCommand
{
    public const string Examples = "chronicle ingest samples\nchronicle ingest ../news --db news.db --threads 2\nchronicle ingest https://example.org/feed.xml";

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var database = CommonOptions.Database();
        var threads = CommonOptions.Threads();
        var maxBytes = CommonOptions.MaxBytes();
        var allowPrivate = CommonOptions.AllowPrivateUrls();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Articles stored per transaction.",
            DefaultValueFactory = _ => 64,
        };
        var command = new Command("ingest", "Analyse articles and store them in the database. An article already stored (the same body text) is stored once; a run that is killed can simply be run again, and finishes the job.")
        {
            paths, database, threads, maxBytes, allowPrivate, batchSize,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(batchSize) < 1)
            {
                throw new UsageException("--batch-size must be at least 1.");
            }

            var limits = CommonOptions.LimitsOf(parsed, maxBytes, allowPrivate);
            var inputs = parsed.GetValue(paths)!;
            var db = CommonOptions.DatabaseOf(parsed, database, context);
            var pipeline = PipelineFactory.Create(DataFiles.Default);
            await using var store = await StoreFactory.OpenAsync(db, context.Clock, cancellationToken).ConfigureAwait(false);
            var runner = new IngestRunner(pipeline, store, parsed.GetValue(batchSize), CommonOptions.ThreadsOf(parsed, threads));
            using var fetcher = new HttpUrlFetcher();
            var results = Readers.Inputs(limits, context.OpenStandardInput, fetcher).Read(inputs);
            var totals = await ProgressReporting.RunAsync(context, ExpectedInputs(inputs), (progress, print) =>
                runner.RunAsync(results, failure => print($"error: {failure}"), progress, cancellationToken)).ConfigureAwait(false);
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Stored {totals.Stored:N0} new documents in {store.Description} ({totals.AlreadyStored:N0} already stored, {totals.Failed:N0} failed).")).ConfigureAwait(false);
            return totals.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    /// <summary>How many files the inputs name, for the progress bar; containers may hold more documents.</summary>
    private static int ExpectedInputs(IEnumerable<string> inputs) =>
        inputs.Sum(input => Directory.Exists(input) ? InputExpander.Files(input).Count() : 1);
}
