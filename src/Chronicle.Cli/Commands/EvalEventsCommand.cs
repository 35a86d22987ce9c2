using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Chronicle.Contract;
using Chronicle.Engine;
using Chronicle.Evaluation.Events;
using Chronicle.Events.Coding;
using Chronicle.Ingest;
using Chronicle.Resolution.Clusters;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval events PATH</c>: against the PLOVER gold records (event type, source and target country), or
/// against a gold folder of the seeds' form, printing what <c>score_articles.py</c> prints.
/// </summary>
internal static class EvalEventsCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("gold")
        {
            Description = "PLOVER_GSR_CAMEO.txt (the PLOVER gold records), or a gold folder of the seeds' form (ARTICLE.json files, corpus.json).",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Also print every miss." };
        var extracted = new Option<string?>("--extracted")
        {
            Description = "Score this JSON Lines output (from `chronicle extract`) against the gold folder instead of extracting the articles.",
        };
        var articles = new Option<string?>("--articles")
        {
            Description = "Where the gold folder's articles are (default: beside the gold, or ../../NAME for gold/NAME).",
        };
        var command = new Command("events", "Events against the PLOVER gold records or against a gold folder of the seeds' form.")
        {
            path, verbose, extracted, articles,
        };
        command.SetAction(parsed =>
        {
            var gold = parsed.GetValue(path)!;
            var isVerbose = parsed.GetValue(verbose);
            if (PloverEvaluation.IsGoldRecords(gold))
            {
                var countries = EventCodeMappings.Load(DataFiles.Default.Mappings).Countries;
                PloverEvaluation.Run(gold, PipelineFactory.Create(DataFiles.Default), code => countries.Find(code)?.Alpha2, context.Out, isVerbose);
                return ExitCodes.Success;
            }

            if (!GoldFolderEvaluation.IsGoldFolder(gold))
            {
                throw new UsageException($"{gold}: neither PLOVER gold records (a JSON list) nor a folder of gold ARTICLE.json files.");
            }

            var docs = parsed.GetValue(extracted) is { } file
                ? GoldFolderEvaluation.ReadJsonLines(File.ReadLines(file))
                : Extract(gold, parsed.GetValue(articles), context);
            GoldFolderEvaluation.Run(gold, docs, context.Out, isVerbose);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads and analyses the articles the gold names, as <c>chronicle extract</c> would, as the contract's JSON.</summary>
    private static Dictionary<string, JsonElement> Extract(string gold, string? articles, CliContext context)
    {
        var files = new List<string>();
        foreach (var doc in GoldFolderEvaluation.Documents(gold))
        {
            if (GoldFolderEvaluation.FindArticle(gold, doc, articles) is { } file)
            {
                files.Add(file);
            }
            else
            {
                context.Error.WriteLine($"warning: {doc} not found beside {gold} (use --articles DIR)");
            }
        }

        var analyzer = new ParallelAnalyzer(PipelineFactory.Create(DataFiles.Default), 1);
        var inputs = Readers.Inputs(ReaderLimits.Default, context.OpenStandardInput, null).Read([.. files]);
        var docs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        // Clustered across the articles as `extract` clusters them, so that the cross-document rows see cluster ids.
        var clusterer = new EventClusterer();
        var clusters = ImmutableArray<EventCluster>.Empty;
        foreach (var outcome in analyzer.Analyze(inputs))
        {
            if (outcome.Analysis is { } found)
            {
                var (analysis, next) = clusterer.Add(clusters, found);
                clusters = next;
                var json = JsonDocument.Parse(ContractJson.ToLine(ArticleMapper.ToWire(analysis))).RootElement.Clone();
                docs[Path.GetFileName(analysis.Document.Source)] = json;
            }
            else
            {
                context.Error.WriteLine($"error: {outcome.Failure}");
            }
        }

        return docs;
    }
}
