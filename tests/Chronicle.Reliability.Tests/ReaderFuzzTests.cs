using System.Diagnostics;
using System.Globalization;
using Chronicle.Ingest;
using Chronicle.Reliability.Tests.Hostile;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// Every reader is fed every hostile input (<see cref="HostileCorpus"/>, fixed seed): each ends with a storable document
/// or a one-line error, never an exception, within a time bound and an allocation bound.
/// </summary>
public sealed class ReaderFuzzTests
{
    /// <summary>
    /// Wall-clock time one input may take, plus a millisecond per document it holds: generous for a loaded 2-core CI
    /// machine, far below a hang or a quadratic blow-up.
    /// </summary>
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bytes one input may allocate: a fixed allowance, a multiple of its size (the 5 MB cap keeps that finite) and an
    /// allowance per document it holds (a feed of 20,000 items is 20,000 articles).
    /// </summary>
    private static long AllocationBound(long inputBytes, int documents) => (96L << 20) + (48 * inputBytes) + (64L << 10) * documents;

    public static TheoryData<string> Formats => [.. HostileCorpus.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_hostile_input_ends_in_a_document_or_a_clear_error_within_bounds(string format)
    {
        var reader = DocumentReaders.CreateDefault(ReaderLimits.Default).Readers.Single(r => r.Format == format);
        var inputs = HostileCorpus.For(format);
        var problems = new List<string>();
        var slowest = TimeSpan.Zero;
        long mostAllocated = 0;
        var documents = 0;
        var errors = 0;
        foreach (var input in inputs)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            List<ReadResult> results;
            try
            {
                using var stream = new MemoryStream(input.Bytes, writable: false);
                results = [.. reader.Read("hostile" + Extension(format), stream, ReaderLimits.Default)];
            }
            catch (Exception e)
            {
                problems.Add($"{input}: threw {e.GetType().Name}: {e.Message}");
                continue;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            slowest = elapsed > slowest ? elapsed : slowest;
            mostAllocated = Math.Max(mostAllocated, allocated);
            documents += results.Count(r => r is DocumentRead);
            errors += results.Count(r => r is ReadFailure);
            if (ReadOutcome.Problem(results) is { } problem)
            {
                problems.Add($"{input}: {problem}");
            }

            var timeBound = TimeBound + (TimeSpan.FromMilliseconds(1) * results.Count);
            if (elapsed > timeBound)
            {
                problems.Add($"{input}: took {elapsed.TotalSeconds:0.0} s, over the {timeBound.TotalSeconds:0.0} s bound");
            }

            var bound = AllocationBound(input.Bytes.Length, results.Count);
            if (allocated > bound)
            {
                problems.Add($"{input}: allocated {allocated >> 20} MB, over the {bound >> 20} MB bound");
            }
        }

        Figures.Record($"reader {format}", string.Create(CultureInfo.InvariantCulture,
            $"{inputs.Count} inputs, {problems.Count} unhandled or out of bounds, {documents} documents and {errors} clear errors, max {slowest.TotalMilliseconds:0} ms, max {mostAllocated >> 20} MB allocated per input"));
        problems.ShouldBeEmpty();
    }

    private static string Extension(string format) => format switch
    {
        "html" => ".html",
        "feed" => ".xml",
        "jsonl" => ".jsonl",
        "reuters-sgml" => ".sgm",
        _ => ".txt",
    };
}
