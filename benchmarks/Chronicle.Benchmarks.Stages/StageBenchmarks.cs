using BenchmarkDotNet.Attributes;
using Chronicle.Engine;
using Chronicle.Ingest;

namespace Chronicle.Benchmarks.Stages;

/// <summary>
/// One row per stage: the stage alone over the articles, given what the stages before it found (computed once in
/// setup), so each figure is that stage's own cost.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IStage _stage = null!;
    private (Document Document, Annotations Found)[] _inputs = [];

    /// <summary>The stage measured, by name.</summary>
    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    /// <summary>Every stage of the full pipeline, in order.</summary>
    public static IEnumerable<string> StageNames => ["tokens", "pos", "names", "times", "quantities", "quotes", "places", "entity-ids", "events"];

    /// <summary>Words in the articles, to turn a time into words per second.</summary>
    public long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        var pipeline = PipelineFactory.Create(new DataFiles(Path.Combine(root, "data")));
        var stages = pipeline.Stages.ToList();
        var index = stages.FindIndex(s => s.Name == Stage);
        _stage = index >= 0 ? stages[index] : throw new InvalidOperationException($"no stage {Stage}");
        var corpus = Environment.GetEnvironmentVariable("CHRONICLE_BENCH_CORPUS") is { Length: > 0 } given
            ? given
            : Path.Combine(root, "..", "shared", "corpora", "news", "bbc");
        var documents = new InputExpander(DocumentReaders.CreateDefault(ReaderLimits.Default), null, () => Stream.Null)
            .Read([corpus]).OfType<DocumentRead>().Select(r => r.Document).Take(300).ToList();
        _inputs = [.. documents.Select(d => (d, stages.Take(index).Aggregate(Annotations.Empty, (found, stage) => stage.Run(d, found))))];
        Words = documents.Sum(d => (long)Benchmark.CountWords(d.Text));
    }

    [Benchmark]
    public int Run()
    {
        var count = 0;
        foreach (var (document, found) in _inputs)
        {
            count += _stage.Run(document, found).Tokens.Length;
        }

        return count;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
