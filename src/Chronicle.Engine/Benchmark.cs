using System.Diagnostics;

namespace Chronicle.Engine;

/// <summary>What a throughput run measured.</summary>
/// <param name="Documents">Documents analysed per round.</param>
/// <param name="Words">Words per round (whitespace-separated).</param>
/// <param name="Threads">Threads used.</param>
/// <param name="Rounds">Timed rounds (after one warm-up round).</param>
/// <param name="BestRound">The fastest round's wall time.</param>
/// <param name="Stages">Time per stage summed over the timed rounds and threads.</param>
/// <param name="StageBytes">Bytes allocated per stage summed over the timed rounds and threads.</param>
public sealed record BenchmarkResult(
    int Documents, long Words, int Threads, int Rounds, TimeSpan BestRound, IReadOnlyDictionary<string, TimeSpan> Stages,
    IReadOnlyDictionary<string, long> StageBytes)
{
    /// <summary>Words per second in the fastest round.</summary>
    public double WordsPerSecond => Words / BestRound.TotalSeconds;

    /// <summary>Articles per second in the fastest round.</summary>
    public double ArticlesPerSecond => Documents / BestRound.TotalSeconds;
}

/// <summary>
/// Times the pipeline over documents already in memory, so reading files is not counted: one warm-up round for the
/// JIT, then timed rounds; the best round is reported (the least disturbed by other processes).
/// </summary>
public static class Benchmark
{
    /// <summary>Runs the pipeline over <paramref name="documents"/> <paramref name="rounds"/> times on <paramref name="threads"/> threads.</summary>
    public static BenchmarkResult Run(Pipeline pipeline, IReadOnlyList<Document> documents, int threads, int rounds)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        var words = documents.Sum(d => (long)CountWords(d.Text));
        RunRound(pipeline, documents, threads, new StageTimings());
        var stages = new StageTimings();
        var best = TimeSpan.MaxValue;
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            var started = Stopwatch.GetTimestamp();
            RunRound(pipeline, documents, threads, stages);
            var elapsed = Stopwatch.GetElapsedTime(started);
            best = elapsed < best ? elapsed : best;
        }

        return new BenchmarkResult(documents.Count, words, threads, Math.Max(1, rounds), best, stages.Elapsed, stages.Allocated);
    }

    private static void RunRound(Pipeline pipeline, IReadOnlyList<Document> documents, int threads, StageTimings total)
    {
        // Each thread takes the next document as it finishes one, so a thread dealt long articles does not leave the
        // others idle at the end of the round (fixed striping did, by several per cent on two threads).
        var perThread = new StageTimings[threads];
        var next = -1;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var timings = perThread[t] = new StageTimings();
            for (var i = Interlocked.Increment(ref next); i < documents.Count; i = Interlocked.Increment(ref next))
            {
                pipeline.Run(documents[i], timings);
            }
        });
        foreach (var timings in perThread)
        {
            total.Add(timings);
        }
    }

    /// <summary>Whitespace-separated words, the unit of the throughput targets.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
