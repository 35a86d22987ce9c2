namespace Chronicle.Storage.Queries;

/// <summary>Which slice of a sorted result to return.</summary>
/// <param name="Limit">At most this many items (1 to <see cref="MaxLimit"/>).</param>
/// <param name="Offset">Items skipped first.</param>
public readonly record struct PageRequest(int Limit, int Offset)
{
    /// <summary>The largest page a query returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The first page of the default size.</summary>
    public static PageRequest First { get; } = new(DefaultLimit, 0);
}

/// <summary>One page of a result, with the total the filter matches.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Total">Items the filter matches across all pages.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Offset">Items before this page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset);

/// <summary>How a list is ordered: a key, ascending or descending.</summary>
/// <typeparam name="TKey">The resource's sort keys.</typeparam>
/// <param name="Key">What to sort by.</param>
/// <param name="Descending">Largest first.</param>
public readonly record struct Sort<TKey>(TKey Key, bool Descending)
    where TKey : struct, Enum;

/// <summary>What events can be sorted by.</summary>
public enum EventSortKey
{
    /// <summary>The event's first day.</summary>
    Date,
    /// <summary>The coder's confidence.</summary>
    Confidence,
    /// <summary>PLOVER type.</summary>
    Type,
}

/// <summary>What documents can be sorted by.</summary>
public enum DocumentSortKey
{
    /// <summary>Publication date.</summary>
    Published,
    /// <summary>When the document was stored.</summary>
    Ingested,
    /// <summary>Title.</summary>
    Title,
}

/// <summary>What actor, place and cluster lists can be sorted by.</summary>
public enum SummarySortKey
{
    /// <summary>How many events.</summary>
    Events,
    /// <summary>Name (for clusters, the first day).</summary>
    Name,
}

/// <summary>The width of a timeline's bars.</summary>
public enum TimelineInterval
{
    /// <summary>One bar a day.</summary>
    Day,
    /// <summary>One bar an ISO week, labelled by its Monday.</summary>
    Week,
    /// <summary>One bar a month, labelled <c>yyyy-MM</c>.</summary>
    Month,
}
