namespace Chronicle;

/// <summary>
/// Time spent and bytes allocated in each stage, summed over documents. Not thread-safe: one per worker thread.
/// </summary>
public sealed class StageTimings
{
    private readonly Dictionary<string, TimeSpan> _elapsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _allocated = new(StringComparer.Ordinal);

    /// <summary>Each stage's total time, in first-seen order.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Elapsed => _elapsed;

    /// <summary>Each stage's total allocation in bytes (on the thread that ran it), in first-seen order.</summary>
    public IReadOnlyDictionary<string, long> Allocated => _allocated;

    /// <summary>Adds time spent in <paramref name="stage"/>.</summary>
    public void Add(string stage, TimeSpan elapsed) =>
        _elapsed[stage] = _elapsed.GetValueOrDefault(stage) + elapsed;

    /// <summary>Adds time spent and bytes allocated in <paramref name="stage"/>.</summary>
    public void Add(string stage, TimeSpan elapsed, long allocatedBytes)
    {
        Add(stage, elapsed);
        _allocated[stage] = _allocated.GetValueOrDefault(stage) + allocatedBytes;
    }

    /// <summary>Adds another worker's timings.</summary>
    public void Add(StageTimings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (stage, elapsed) in other._elapsed)
        {
            Add(stage, elapsed, other._allocated.GetValueOrDefault(stage));
        }
    }
}
