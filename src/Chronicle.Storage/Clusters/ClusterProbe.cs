namespace Chronicle.Storage.Clusters;

/// <summary>
/// Where stored reports of the same event as a new one can be: events of <paramref name="Type"/> whose first day
/// (the <c>day</c> column) lies in [<paramref name="First"/>, <paramref name="Last"/>].
/// </summary>
/// <param name="Type">PLOVER type in the contract's spelling (<c>PROTEST</c>).</param>
/// <param name="First">First day, inclusive.</param>
/// <param name="Last">Last day, inclusive.</param>
public readonly record struct ClusterProbe(string Type, DateOnly First, DateOnly Last);
