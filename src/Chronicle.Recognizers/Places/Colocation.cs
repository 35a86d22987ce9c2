namespace Chronicle.Recognizers.Places;

/// <summary>
/// How near each candidate of a mention lies to some candidate of the article's other names, before any is
/// picked: `Paris` and `Henry County` in one story are the Paris in Henry County, Tennessee, which picks
/// made one name at a time (Paris, Texas; then the nearest Henry County) can lock out.
/// </summary>
internal static class Colocation
{
    // Places this near count as together; the support fades linearly to nothing at this distance.
    private const double RadiusKm = 50;

    // Names with more candidates than this lie near almost anything and say nothing.
    private const int MaxCandidates = 40;

    /// <summary>For each mention, one support per candidate: the sum over the other names of 1 - distance / radius.</summary>
    public static double[][] Support(Gazetteer gazetteer, MentionSlot[] slots)
    {
        var distinct = new List<int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].Candidates.Length is > 0 and <= MaxCandidates && seen.Add(slots[i].Name))
            {
                distinct.Add(i);
            }
        }

        var support = new double[slots.Length][];
        for (var i = 0; i < slots.Length; i++)
        {
            var candidates = slots[i].Candidates;
            support[i] = new double[candidates.Length];
            if (distinct.Count < 2 || candidates.Length > MaxCandidates)
            {
                continue;
            }

            for (var k = 0; k < candidates.Length; k++)
            {
                var entry = gazetteer.Entry(candidates[k]);
                // Namesakes only: `Mexico` beside Mexican towns is the country, not Mexico City by its other name.
                if (entry.Precision != GeoPrecision.City || !string.Equals(entry.Name, slots[i].Name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var j in distinct)
                {
                    if (!string.Equals(slots[j].Name, slots[i].Name, StringComparison.OrdinalIgnoreCase))
                    {
                        support[i][k] += Nearest(gazetteer, entry, slots[j].Candidates);
                    }
                }
            }
        }

        return support;
    }

    private static double Nearest(Gazetteer gazetteer, GazetteerEntry entry, int[] others)
    {
        var best = 0.0;
        foreach (var other in others)
        {
            var o = gazetteer.Entry(other);
            if (o.Precision != GeoPrecision.City || Math.Abs(o.Latitude - entry.Latitude) > 1)
            {
                continue;
            }

            var km = GeoMath.DistanceKm(entry.Latitude, entry.Longitude, o.Latitude, o.Longitude);
            best = Math.Max(best, 1 - (km / RadiusKm));
        }

        return best;
    }
}
