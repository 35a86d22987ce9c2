using System.Collections.Immutable;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// Resolves the place names of one article together: candidates by name and alternate name, ranked by
/// population and feature, the article's country focus (named countries, demonyms, places already
/// resolved), the divisions named, nearness to the other places, and <c>X, Y</c> qualifiers.
/// Names the gazetteer lacks get the best containing place, with a precision that says so.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const int Passes = 3;

    /// <summary>One place for each mention (in the order given); null where nothing could be said.</summary>
    public ImmutableArray<Place?> Resolve(string text, IReadOnlyList<TextSpan> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var slots = new MentionSlot[mentions.Count];
        var named = new ArticleContext(gazetteer);
        named.AddDemonyms(text);
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = MentionSlot.Create(gazetteer, text, mentions[i]);
            named.AddNamed(slots[i]);
        }

        var context = named;

        for (var pass = 0; pass < Passes; pass++)
        {
            var picks = named.Copy();
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i].Pick = Best(slots[i], context, slots, pass, i);
                if (slots[i].Pick >= 0)
                {
                    picks.AddPick(gazetteer.Entries[slots[i].Pick]);
                }
            }

            context = picks;
        }

        var result = ImmutableArray.CreateBuilder<Place?>(slots.Length);
        foreach (var slot in slots)
        {
            result.Add(slot.Surface.Length == 0 ? null : ToPlace(slot, context));
        }

        return result.MoveToImmutable();
    }

    private int Best(MentionSlot slot, ArticleContext context, MentionSlot[] slots, int pass, int self)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in slot.Candidates)
        {
            var entry = gazetteer.Entries[candidate];
            var score = Score(entry, slot, context);
            if (pass > 0)
            {
                score += Nearness(entry, slots, self);
            }

            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    private static double Score(GazetteerEntry entry, MentionSlot slot, ArticleContext context)
    {
        var score = entry.Precision switch
        {
            GeoPrecision.Country => 8.5,
            GeoPrecision.Admin1 => 6.5,
            _ => Math.Log10(entry.Population + 1) + FeatureBonus(entry.FeatureCode),
        };
        if (slot.Stripped && entry.Precision == GeoPrecision.Country)
        {
            score -= 4;
        }

        score += 5 * context.CountryShare(entry.Country);
        if (entry.Precision == GeoPrecision.City)
        {
            score += 3 * context.Admin1Share(entry.Country, entry.Admin1);
        }

        if (slot.QualifierCountry is { } country)
        {
            var fits = entry.Country == country && (slot.QualifierAdmin1 is null || slot.QualifierAdmin1 == entry.Admin1);
            score += fits ? 20 : -5;
        }

        if (string.Equals(entry.Name, slot.Name, StringComparison.Ordinal))
        {
            score += 0.5;
        }

        return score;
    }

    private double Nearness(GazetteerEntry entry, MentionSlot[] slots, int self)
    {
        if (entry.Precision != GeoPrecision.City)
        {
            return 0;
        }

        var nearest = double.PositiveInfinity;
        for (var j = 0; j < slots.Length; j++)
        {
            var other = slots[j];
            if (j == self || other.Pick < 0 || string.Equals(other.Name, slots[self].Name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var o = gazetteer.Entries[other.Pick];
            if (o.Precision == GeoPrecision.City)
            {
                nearest = Math.Min(nearest, GeoMath.DistanceKm(entry.Latitude, entry.Longitude, o.Latitude, o.Longitude));
            }
        }

        return double.IsPositiveInfinity(nearest) ? 0 : 3 * Math.Max(0, 1 - (nearest / 300));
    }

    private static double FeatureBonus(string code) => code switch
    {
        "PPLC" => 1.5,
        "PPLA" => 0.75,
        "PPLA2" => 0.3,
        "PPLX" => -0.75,
        "PPLH" or "PPLQ" or "PPLW" => -2,
        _ => 0,
    };

    private Place? ToPlace(MentionSlot slot, ArticleContext context)
    {
        if (slot.Pick >= 0)
        {
            var entry = gazetteer.Entries[slot.Pick];
            return slot.Contained ? entry.ToSitePlace(slot.Surface) : entry.ToPlace();
        }

        if (slot.DemonymCountry is { } demonym && gazetteer.Country(demonym) is { } country)
        {
            return country.ToPlace();
        }

        return context.Container() is { } container ? container.ToSitePlace(slot.Surface) : null;
    }
}
