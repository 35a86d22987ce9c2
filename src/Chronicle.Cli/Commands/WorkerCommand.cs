using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Engine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle worker</c>: analyse queued articles; run as many as you like, on as many machines.</summary>
internal static class WorkerCommand
{
    public const string Examples = """
        chronicle worker --db postgres://chronicle@db1/chronicle
        chronicle worker --db postgres://chronicle@db1/chronicle --threads 8 --follow
        """;

    public static Command Create(CliContext context)
    {
        var database = CommonOptions.Database();
        var threads = CommonOptions.Threads();
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per claim, stored in one transaction.", DefaultValueFactory = _ => 32 };
        var lease = new Option<double>("--lease") { Description = "Seconds a claim lasts unless renewed; a killed worker's articles are taken again after it.", DefaultValueFactory = _ => 60 };
        var follow = new Option<bool>("--follow") { Description = "Keep waiting for new articles when the queue is empty (stop with Ctrl-C)." };
        var name = new Option<string?>("--name") { Description = "This worker's name in the queue. Default: host:pid." };
        var command = new Command("worker", "Claim batches of queued articles from PostgreSQL, analyse them and store the results, until the queue is empty.")
        {
            database, threads, batchSize, lease, follow, name,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var size = parsed.GetValue(batchSize) is var n and >= 1 ? n : throw new UsageException("--batch-size must be at least 1.");
            var seconds = parsed.GetValue(lease) is var s and >= 1 ? s : throw new UsageException("--lease must be at least 1 second.");
            var options = new WorkerOptions(
                parsed.GetValue(name) is { Length: > 0 } given ? given : WorkerOptions.DefaultName,
                size, CommonOptions.ThreadsOf(parsed, threads), TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(Math.Min(2, seconds / 3)), parsed.GetValue(follow));
            await using var queue = await StoreFactory.OpenQueueAsync(CommonOptions.DatabaseOf(parsed, database, context), context.Clock, cancellationToken).ConfigureAwait(false);
            var worker = new QueueWorker(PipelineFactory.Create(DataFiles.Default), queue, options);
            var started = Stopwatch.GetTimestamp();
            var lastShown = TimeSpan.Zero;
            var progress = new SynchronousProgress(p =>
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (elapsed - lastShown >= TimeSpan.FromSeconds(2))
                {
                    lastShown = elapsed;
                    context.Error.WriteLine(Line(options.Name, p, elapsed));
                }
            });
            var totals = await worker.RunAsync(failure => context.Error.WriteLine($"error: {failure}"), progress, cancellationToken).ConfigureAwait(false);
            await context.Error.WriteLineAsync(Line(options.Name, totals, Stopwatch.GetElapsedTime(started))).ConfigureAwait(false);
            return totals.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static string Line(string name, WorkerProgress p, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"worker {name}: {p.Claimed:N0} claimed, {p.Stored:N0} stored, {p.AlreadyStored:N0} already stored, {p.Failed:N0} failed, {p.Lost:N0} lost to expired leases ({elapsed.TotalSeconds:0.0} s)");

    /// <summary>Reports on the worker's own thread (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<WorkerProgress> report) : IProgress<WorkerProgress>
    {
        public void Report(WorkerProgress value) => report(value);
    }
}
