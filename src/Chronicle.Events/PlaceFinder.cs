namespace Chronicle.Events;

/// <summary>
/// An event's place: a place named as a location in its sentence (not a capital standing for its government,
/// not a possessor or modifier such as <c>Ukraine's embassy</c> or <c>US officials</c>), nearest the trigger;
/// after merging, an event with none takes the nearest earlier location of the article.
/// <c>Site, Country</c> and <c>Site, City</c> read as one place: the site in that country, or the city.
/// </summary>
internal sealed class PlaceFinder(ArticleView view)
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["city", "town", "village", "province", "region", "district", "square", "county", "state", "area", "camp", "street"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public Place? InSentence(Mention m, IReadOnlyCollection<TextSpan> actorSpans)
    {
        var sentence = view.Found.Sentences[m.Sentence].Span;
        Place? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < view.Found.Places.Length; i++)
        {
            var mention = view.Found.Places[i];
            if (!sentence.Contains(mention.Span) || !IsLocation(i) || actorSpans.Any(a => a.Equals(mention.Span)))
            {
                continue;
            }

            var distance = Math.Abs(mention.Span.Start - m.Trigger.Start);
            if (distance < bestDistance)
            {
                best = Resolve(i);
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The place an event with no named target is done to or in: <c>extended the curfew in Abidjan</c>,
    /// <c>strengthened its forces in Lebanon</c>. The nearest location after the trigger in its sentence, within a
    /// few words, that no actor of the event names.
    /// </summary>
    public Actor? TargetAfter(Mention m)
    {
        var sentence = view.Found.Sentences[m.Sentence].Span;
        for (var i = 0; i < view.Found.Places.Length; i++)
        {
            var mention = view.Found.Places[i];
            if (mention.Span.Start < m.Trigger.End || !sentence.Contains(mention.Span))
            {
                continue;
            }

            if (mention.Span.Start - m.Trigger.End > 80 || m.Actors.Exists(a => a.Span.Overlaps(mention.Span)))
            {
                return null;
            }

            var place = IsLocation(i) ? Resolve(i) : null;
            if (place?.Country is null || view.Text.AsSpan(m.Trigger.End, mention.Span.Start - m.Trigger.End).IndexOfAny(ClauseEnds) >= 0)
            {
                return null;
            }

            var first = NextToken(mention.Span.Start);
            var last = Math.Max(first, NextToken(mention.Span.End) - 1);
            if (first < 0)
            {
                return null;
            }

            var country = Territories.CountryOf(view.Text.AsSpan(mention.Span.Start, mention.Span.Length), view.Gazetteer) ?? place.Country;
            return new Actor(first, last < 0 ? first : last, mention.Span, place.Name, null, country, false);
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",;:");

    public Place? Before(int position)
    {
        for (var i = view.Found.Places.Length - 1; i >= 0; i--)
        {
            if (view.Found.Places[i].Span.End <= position && IsLocation(i) && Resolve(i) is { Country: not null } place)
            {
                return place;
            }
        }

        return null;
    }

    private bool IsLocation(int i)
    {
        var span = view.Found.Places[i].Span;
        if (view.IsGovernment(i) || view.Found.Places[i].Place.Country is null)
        {
            return false;
        }

        // `support from Europe`: where help comes from, not where the event is.
        var previous = NextToken(span.Start) - 1;
        if (previous >= 0 && view.Word(previous).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = NextToken(span.End);
        if (next < 0)
        {
            return true;
        }

        var word = view.Word(next);
        if (word is "'s" or "’s" || (word.Length > 0 && word[0] == '-'))
        {
            return false;
        }

        // `US administration`, `Iran-made`: a name before a noun modifies it.
        return !(view.IsNoun(next) && view.PlaceAt[next] < 0 && !view.Is(next, PlaceNouns));
    }

    private Place Resolve(int i)
    {
        var place = view.Found.Places[i].Place;
        // `Camp X, Iraq`, `Y square, Z city`: an unresolved site followed by its country or city.
        var following = i + 1 < view.Found.Places.Length ? view.Found.Places[i + 1] : null;
        if (place.GeonameId is null && following is not null && Gap(view.Found.Places[i].Span.End, following.Span.Start))
        {
            var container = following.Place;
            return container.Precision == GeoPrecision.Country
                ? place with { Country = container.Country, Admin1 = null, Latitude = container.Latitude, Longitude = container.Longitude, Precision = GeoPrecision.Site }
                : container;
        }

        return place;
    }

    // Only a comma and the place-kind word (`square`) between the two names.
    private bool Gap(int end, int start)
    {
        if (start < end || start - end > 12)
        {
            return false;
        }

        var between = view.Text.AsSpan(end, start - end);
        return between.Contains(',') && !between.Contains('.');
    }

    private int NextToken(int position)
    {
        var lo = 0;
        var hi = view.Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (view.Tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < view.Tokens.Length ? lo : -1;
    }
}
