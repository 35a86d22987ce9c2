using System.Collections.Immutable;
using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Contract;
using Chronicle.Engine;
using Chronicle.Ingest.Fetching;
using Chronicle.Resolution.Clusters;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle extract</c>: analyse articles and print the output contract, without a database.</summary>
internal static class ExtractCommand
{
    public const string Examples = "chronicle extract samples --format table\nchronicle extract article.txt feed.xml https://example.org/story.html --format jsonl\ncat articles.jsonl | chronicle extract - > found.jsonl";

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (one article per line, the output contract), json (an indented array) or table (for reading).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "json", "table");
        var threads = CommonOptions.Threads();
        var maxBytes = CommonOptions.MaxBytes();
        var allowPrivate = CommonOptions.AllowPrivateUrls();
        var minConfidence = CommonOptions.MinConfidence();
        var command = new Command("extract", "Analyse articles and print what was found in them, in input order; nothing is stored.")
        {
            paths, format, threads, maxBytes, allowPrivate, minConfidence,
        };
        command.SetAction(parsed =>
        {
            var writer = parsed.GetValue(format) switch
            {
                "json" => new JsonArrayWriter(context.Out),
                "table" => new TableWriter(ConsoleFactory.Over(context.Out, terminal: false)),
                _ => (IArticleWriter)new JsonLinesWriter(context.Out),
            };
            var limits = CommonOptions.LimitsOf(parsed, maxBytes, allowPrivate);
            var least = CommonOptions.MinConfidenceOf(parsed, minConfidence);
            var analyzer = new ParallelAnalyzer(PipelineFactory.Create(DataFiles.Default), CommonOptions.ThreadsOf(parsed, threads));
            using var fetcher = new HttpUrlFetcher();
            var inputs = Readers.Inputs(limits, context.OpenStandardInput, fetcher).Read(parsed.GetValue(paths)!);
            var failed = 0;
            // Reports of one event across the articles of this run share a cluster id (first report in input order).
            var clusterer = new EventClusterer();
            var clusters = ImmutableArray<EventCluster>.Empty;
            foreach (var outcome in analyzer.Analyze(inputs))
            {
                if (outcome.Analysis is { } analysis)
                {
                    (analysis, clusters) = clusterer.Add(clusters, analysis);
                    writer.Write(ArticleMapper.ToWire(analysis).WithEventsAtLeast(least));
                }
                else
                {
                    failed++;
                    context.Error.WriteLine($"error: {outcome.Failure}");
                }
            }

            writer.Complete();
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
