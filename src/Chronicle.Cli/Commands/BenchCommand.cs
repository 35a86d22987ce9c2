using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Chronicle.Engine;
using Chronicle.Ingest;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle bench</c>: throughput of the pipeline over articles held in memory.</summary>
internal static class BenchCommand
{
    public const string Examples = """
        chronicle bench ../shared/corpora/news/bbc --threads 1
        chronicle bench ../shared/corpora/news/bbc --threads 1 --only tokens,pos,times,quantities
        """;

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var threads = CommonOptions.Threads();
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds after one warm-up round.", DefaultValueFactory = _ => 3 };
        var only = new Option<string?>("--only") { Description = "Run only these stages, comma-separated (e.g. tokens,pos,times,quantities)." };
        var command = new Command("bench", "Measure words per second, articles per second, time per stage, peak memory and start-up time.")
        {
            paths, threads, rounds, only,
        };
        command.SetAction(parsed =>
        {
            var loading = Stopwatch.GetTimestamp();
            var pipeline = Select(PipelineFactory.Create(DataFiles.Default), parsed.GetValue(only));
            var load = Stopwatch.GetElapsedTime(loading);
            // What a user waits for: from the process's start (runtime start-up and JIT included) until every data
            // file is loaded and the pipeline could analyse its first article.
            var startup = StartupTime();
            var documents = Readers.Inputs(ReaderLimits.Default, context.OpenStandardInput, fetcher: null)
                .Read(parsed.GetValue(paths)!).OfType<DocumentRead>().Select(r => r.Document).ToList();
            if (documents.Count == 0)
            {
                throw new UsageException("no documents could be read from the paths given.");
            }

            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var result = Benchmark.Run(pipeline, documents, CommonOptions.ThreadsOf(parsed, threads), parsed.GetValue(rounds));
            // CPU time per round (warm-up included) does not depend on how busy the machine is, unlike wall time:
            // words per CPU second at N threads over that at 1 thread is the parallel efficiency.
            var cpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / (result.Rounds + 1);
            Print(context.Out, result, (startup, load), pipeline);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cpu_seconds_per_round: {cpuPerRound.TotalSeconds:0.000}\nwords_per_cpu_second: {result.Words / cpuPerRound.TotalSeconds:0}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static TimeSpan StartupTime()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.UtcNow - process.StartTime.ToUniversalTime();
    }

    private static Pipeline Select(Pipeline pipeline, string? only)
    {
        if (string.IsNullOrWhiteSpace(only))
        {
            return pipeline;
        }

        var names = only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Except(pipeline.Stages.Select(s => s.Name)).ToList();
        return unknown.Count == 0
            ? Pipeline.Of(pipeline.Stages.Where(s => names.Contains(s.Name)))
            : throw new UsageException($"--only: unknown stage(s) {string.Join(", ", unknown)}; stages are {string.Join(", ", pipeline.Stages.Select(s => s.Name))}.");
    }

    private static void Print(TextWriter output, BenchmarkResult result, (TimeSpan Total, TimeSpan Load) startup, Pipeline pipeline)
    {
        using var process = Process.GetCurrentProcess();
        var lines = new[]
        {
            $"pipeline: {pipeline.Version}",
            $"documents: {result.Documents}",
            $"words: {result.Words}",
            $"threads: {result.Threads}",
            $"rounds: {result.Rounds} (best shown)",
            $"seconds: {result.BestRound.TotalSeconds:0.000}",
            $"words_per_second: {result.WordsPerSecond:0}",
            $"articles_per_second: {result.ArticlesPerSecond:0.0}",
            $"peak_memory_mb: {process.PeakWorkingSet64 / (1024.0 * 1024.0):0}",
            $"startup_seconds: {startup.Total.TotalSeconds:0.000}",
            $"data_load_seconds: {startup.Load.TotalSeconds:0.000}",

            // How much the garbage collector took, to tell allocation limits from partitioning when threads scale poorly.
            $"gc: {(GCSettings.IsServerGC ? "server" : "workstation")}{(GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent")}",
            $"gc_collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2",
            $"gc_pause_seconds: {GC.GetTotalPauseDuration().TotalSeconds:0.000}",
            $"allocated_mb: {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):0}",
        };
        foreach (var line in lines)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));
        }

        var total = result.Stages.Values.Sum(t => t.TotalSeconds);
        foreach (var (stage, elapsed) in result.Stages)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stage {stage}: {elapsed.TotalSeconds / result.Rounds:0.000} s per round ({elapsed.TotalSeconds / total:P0}), {result.StageBytes.GetValueOrDefault(stage) / (1024.0 * 1024.0 * result.Rounds):0} MB allocated"));
        }
    }
}
