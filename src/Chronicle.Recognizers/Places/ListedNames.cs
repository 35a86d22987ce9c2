namespace Chronicle.Recognizers.Places;

/// <summary>
/// Names written as one list (<c>Ontario, Manitoba and New Brunswick</c>; <c>China or Georgia</c>) are
/// places of one kind: a list of provinces names no town, a list of countries no US state.
/// </summary>
internal static class ListedNames
{
    private const double Bonus = 3;

    /// <summary>For each mention, the mentions just before and after it in the same list.</summary>
    public static int[][] Find(string text, IReadOnlyList<TextSpan> mentions)
    {
        var order = Enumerable.Range(0, mentions.Count).OrderBy(i => mentions[i].Start).ToArray();
        var found = new List<int>[mentions.Count];
        for (var k = 1; k < order.Length; k++)
        {
            var (a, b) = (mentions[order[k - 1]], mentions[order[k]]);
            if (a.End <= b.Start && b.Start <= text.Length && a.End >= 0 && IsSeparator(text.AsSpan(a.End, b.Start - a.End)))
            {
                (found[order[k - 1]] ??= []).Add(order[k]);
                (found[order[k]] ??= []).Add(order[k - 1]);
            }
        }

        return Array.ConvertAll(found, f => f is null ? [] : f.ToArray());
    }

    /// <summary>What a candidate gains by being of the kind its listed neighbours were taken for.</summary>
    public static double Support(Gazetteer gazetteer, GazetteerEntry entry, MentionSlot[] slots, int[] neighbours)
    {
        if (entry.Precision == GeoPrecision.City)
        {
            return 0;
        }

        foreach (var j in neighbours)
        {
            if (slots[j].Pick < 0)
            {
                continue;
            }

            var other = gazetteer.Entry(slots[j].Pick);
            if (SameKind(entry, other))
            {
                return Bonus;
            }
        }

        return 0;
    }

    /// <summary>
    /// The kind a listed neighbour was taken for, when this name is the main name of a place of that kind:
    /// in `Alberta, Manitoba, Ontario and New Brunswick` every name is a province, whatever towns share it.
    /// Null for a name qualified as `X, Y`, where Y says where X is rather than listing a second place.
    /// </summary>
    public static GazetteerEntry? Kind(Gazetteer gazetteer, MentionSlot slot, MentionSlot[] slots, int[] neighbours)
    {
        if (slot.QualifierCountry is not null)
        {
            return null;
        }

        foreach (var j in neighbours)
        {
            if (slots[j].Pick < 0 || slots[j].QualifierCountry is not null)
            {
                continue;
            }

            var other = gazetteer.Entry(slots[j].Pick);
            if (other.Precision == GeoPrecision.City)
            {
                continue;
            }

            foreach (var candidate in slot.Candidates)
            {
                var entry = gazetteer.Entry(candidate);
                if (SameKind(entry, other) && string.Equals(entry.Name, slot.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return other;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a listed neighbour was taken for a national capital: in `Washington and London`, capitals listed
    /// together stand for their states, and a town named after one of them is not meant.
    /// </summary>
    public static bool CapitalListed(Gazetteer gazetteer, MentionSlot[] slots, int[] neighbours)
    {
        foreach (var j in neighbours)
        {
            if (slots[j].Pick >= 0 && slots[j].QualifierCountry is null && gazetteer.Entry(slots[j].Pick).FeatureCode == "PPLC")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Both countries (or world regions), or both divisions of one country.</summary>
    public static bool SameKind(GazetteerEntry entry, GazetteerEntry other) =>
        other.Precision == entry.Precision && (entry.Precision == GeoPrecision.Country || other.Country == entry.Country);

    // `, `, ` and `, `, or `, ` & `: what stands between two names of one list.
    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        var rest = gap.Trim();
        var comma = rest.StartsWith(",");
        if (comma)
        {
            rest = rest[1..].TrimStart();
        }

        return rest.IsEmpty ? comma : rest is "and" or "or" or "&";
    }
}
