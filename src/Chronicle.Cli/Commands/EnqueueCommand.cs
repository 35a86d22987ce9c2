using System.CommandLine;
using System.Globalization;
using Chronicle.Engine;
using Chronicle.Ingest;
using Chronicle.Ingest.Fetching;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle enqueue</c>: add articles to the PostgreSQL work queue for workers to analyse.</summary>
internal static class EnqueueCommand
{
    public const string Examples = """
        chronicle enqueue ../news --db postgres://chronicle@db1/chronicle
        chronicle enqueue https://example.org/feed.xml --db "Host=db1;Database=chronicle;Username=chronicle"
        """;

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var database = CommonOptions.Database();
        var maxBytes = CommonOptions.MaxBytes();
        var allowPrivate = CommonOptions.AllowPrivateUrls();
        var batchSize = new Option<int>("--batch-size") { Description = "Articles queued per transaction.", DefaultValueFactory = _ => 500 };
        var command = new Command("enqueue", "Read articles and add them to the work queue in PostgreSQL, once per body text; 'chronicle worker' on any machine analyses them.")
        {
            paths, database, maxBytes, allowPrivate, batchSize,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var size = parsed.GetValue(batchSize) is var n and >= 1 ? n : throw new UsageException("--batch-size must be at least 1.");
            var limits = CommonOptions.LimitsOf(parsed, maxBytes, allowPrivate);
            await using var queue = await StoreFactory.OpenQueueAsync(CommonOptions.DatabaseOf(parsed, database, context), context.Clock, cancellationToken).ConfigureAwait(false);
            using var fetcher = new HttpUrlFetcher();
            int queued = 0, already = 0, failed = 0;
            foreach (var chunk in Readers.Inputs(limits, context.OpenStandardInput, fetcher).Read(parsed.GetValue(paths)!).Chunk(size))
            {
                foreach (var failure in chunk.OfType<ReadFailure>())
                {
                    await context.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
                    failed++;
                }

                var outcome = await queue.EnqueueAsync([.. chunk.OfType<DocumentRead>().Select(r => r.Document)], cancellationToken).ConfigureAwait(false);
                queued += outcome.Queued;
                already += outcome.AlreadyQueued;
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Queued {queued:N0} new articles in {queue.Description} ({already:N0} already queued or stored, {failed:N0} failed).")).ConfigureAwait(false);
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
