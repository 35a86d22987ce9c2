namespace Chronicle.Resolution.Clusters;

/// <summary>
/// Whether two reports can be of one event, and how strongly they agree. A conflict (another type, place, or
/// time) keeps them apart whatever else they share; otherwise agreement adds up: the same place and day count
/// most, shared actors and evidence words next, an equal count least, since look-alike events share numbers.
/// Joining also needs agreement on where or on an explicitly stated when, so two reports that only share
/// actors and a number stay apart.
/// </summary>
internal static class EventMatch
{
    /// <summary>The agreement score, or null when the two reports conflict.</summary>
    public static double? Score(ClusterMember a, ClusterMember b)
    {
        if (a.Type != b.Type)
        {
            return null;
        }
        if (PlaceScore(a.Place, b.Place) is not { } place || TimeScore(a.When, b.When) is not { } time)
        {
            return null;
        }
        if (place == 0 && time < 1)
        {
            return 0;
        }
        var actors = Math.Min(2, a.Actors.Count(b.Actors.Contains));
        var countries = a.SourceCountries.Count > 0 && b.SourceCountries.Count > 0 && !a.SourceCountries.Overlaps(b.SourceCountries) ? -1 : 0;
        var counts = a.Counts.Any(x => b.Counts.Any(y => y.Kind == x.Kind && y.Quantity.Value == x.Quantity.Value)) ? 0.5 : 0;
        return place + time + actors + countries + counts + (3 * EvidenceWords.Jaccard(a.Words, b.Words));
    }

    /// <summary>2 for one site or city, 1 for one admin1 or a city within the other's country, null for a conflict.</summary>
    internal static double? PlaceScore(Place? a, Place? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }
        if (a.GeonameId is { } ida && ida == b.GeonameId)
        {
            return a.Precision is GeoPrecision.Site or GeoPrecision.City ? 2 : 1;
        }
        if (a.Country is null || b.Country is null)
        {
            return string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }
        if (!string.Equals(a.Country, b.Country, StringComparison.Ordinal))
        {
            return null;
        }
        // Same country: compatible only if one contains the other (a country and a city in it, a province and a town in it).
        if (a.Precision == GeoPrecision.Country || b.Precision == GeoPrecision.Country)
        {
            return 0.5;
        }
        if (a.Admin1 is not null && a.Admin1 == b.Admin1 && (a.Precision is GeoPrecision.Admin1 or GeoPrecision.Site || b.Precision is GeoPrecision.Admin1 or GeoPrecision.Site))
        {
            return 1;
        }
        return string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) ? 2 : null;
    }

    /// <summary>2 for one stated day, 1 for a stated week or month, 0.5 for a year or an assumed date, null for a conflict.</summary>
    internal static double? TimeScore(EventWindow? a, EventWindow? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }
        if (!a.Overlaps(b))
        {
            return null;
        }
        if (!a.Explicit || !b.Explicit)
        {
            return 0.5;
        }
        var days = Math.Max(a.Days, b.Days);
        return days <= 2 ? 2 : days <= 31 ? 1 : 0.5;
    }
}
