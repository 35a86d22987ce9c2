using System.CommandLine;
using System.Globalization;
using Chronicle.Engine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle stats</c>: what the database holds.</summary>
internal static class StatsCommand
{
    public const string Examples = "chronicle stats --db news.db";

    public static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var command = new Command("stats", "Count what the database holds: documents, sources, events by type, which pipeline coded them, and (PostgreSQL) the work queue by state.")
        {
            database,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var store = await CommonOptions.OpenExistingAsync(parsed, database, context, cancellationToken).ConfigureAwait(false);
            var stats = await store.StatisticsAsync(cancellationToken).ConfigureAwait(false);
            var output = context.Out;
            await output.WriteLineAsync($"database: {store.Description} (schema {stats.SchemaVersion})").ConfigureAwait(false);
            await output.WriteLineAsync(Line("documents", stats.Documents)).ConfigureAwait(false);
            await output.WriteLineAsync(Line("sources", stats.Sources)).ConfigureAwait(false);
            await output.WriteLineAsync(Line("events", stats.Events)).ConfigureAwait(false);
            foreach (var (type, count) in stats.EventsByType)
            {
                await output.WriteLineAsync(Line($"  {type}", count)).ConfigureAwait(false);
            }

            foreach (var (pipeline, count) in stats.Pipelines)
            {
                await output.WriteLineAsync(Line($"coded by {pipeline}", count)).ConfigureAwait(false);
            }

            var db = CommonOptions.DatabaseOf(parsed, database, context);
            if (StoreFactory.IsPostgres(db))
            {
                await using var queue = await StoreFactory.OpenQueueAsync(db, context.Clock, cancellationToken).ConfigureAwait(false);
                var q = await queue.StatisticsAsync(cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(Line("queue", q.Pending + q.Claimed + q.Expired + q.Done + q.Failed)).ConfigureAwait(false);
                await output.WriteLineAsync(Line("  pending", q.Pending)).ConfigureAwait(false);
                await output.WriteLineAsync(Line("  claimed", q.Claimed)).ConfigureAwait(false);
                await output.WriteLineAsync(Line("  expired", q.Expired)).ConfigureAwait(false);
                await output.WriteLineAsync(Line("  done", q.Done)).ConfigureAwait(false);
                await output.WriteLineAsync(Line("  failed", q.Failed)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Line(string label, long count) =>
        string.Create(CultureInfo.InvariantCulture, $"{label + ":",-12} {count:N0}");
}
