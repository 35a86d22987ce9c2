namespace Chronicle.Storage.Clusters;

/// <summary>
/// Where stored reports of the same event as a new one can be. A dated probe covers events of
/// <paramref name="Type"/> whose first day (the <c>day</c> column) lies in [<paramref name="First"/>, <paramref name="Last"/>];
/// an undated probe (<paramref name="First"/> null) covers undated events of the type placed in <paramref name="Country"/>.
/// </summary>
/// <param name="Type">PLOVER type in the contract's spelling (<c>PROTEST</c>).</param>
/// <param name="First">First day, inclusive; null for undated events.</param>
/// <param name="Last">Last day, inclusive; null for undated events.</param>
/// <param name="Country">For undated events: the ISO 3166 alpha-2 code of their place.</param>
public readonly record struct ClusterProbe(string Type, DateOnly? First, DateOnly? Last, string? Country = null)
{
    /// <summary>Events of a type dated within a range of days.</summary>
    public static ClusterProbe Dated(string type, DateOnly first, DateOnly last) => new(type, first, last);

    /// <summary>Undated events of a type placed in a country.</summary>
    public static ClusterProbe Undated(string type, string country) => new(type, null, null, country);
}
