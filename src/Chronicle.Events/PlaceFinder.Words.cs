namespace Chronicle.Events;

/// <summary>The words that tell a place heard from one where things happen, and the article's dominant country.</summary>
internal sealed partial class PlaceFinder
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TellingWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["said", "says", "told", "reported", "quoted", "monitored", "broadcast", "conference", "interview", "briefing",
             "announced", "saying", "correspondent", "received"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A place told as where the news came from: a word of telling shortly before it with no verb between
    // (`monitored by the BBC in London`, `told a news conference in Ankara`, not `said the violence was in Quito`).
    private bool Told(int i)
    {
        var first = view.NextToken(view.Found.Places[i].Span.Start);
        for (var k = first - 1; k >= 0 && first - k <= 8; k--)
        {
            if (view.IsPunct(k, ',') || view.IsPunct(k, '.') || view.IsClauseBreak(k) || (view.IsVerb(k) && !view.Is(k, TellingWords)))
            {
                return false;
            }

            if (view.Is(k, TellingWords))
            {
                return true;
            }
        }

        return false;
    }

    // Sites inside a town that news names by the town (`Kabul airport`, `Basra port`, `Evin prison`).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SiteNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["airport", "port", "harbour", "harbor", "prison", "jail", "refinery", "stadium", "university", "mosque", "cathedral",
             "market", "suburb", "suburbs", "outskirts", "station", "airbase", "barracks"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns of going somewhere oneself: `a visit to Chile` puts the visitor there.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Journeys =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["visit", "visits", "trip", "trips", "journey", "tour", "mission", "missions", "return", "flight", "flights",
             "delegation", "delegations", "way", "move", "travel", "travels", "ambassador", "envoy"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Departures =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["leave", "leaves", "leaving", "left", "depart", "departed", "departing", "head", "headed", "heading", "bound",
             "flew", "sailed", "set"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
             "south-east", "south-west"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Distances =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["km", "kms", "kilometres", "kilometers", "miles", "mile", "some", "about", "around", "nearly", "just"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["in", "at", "near", "inside", "across", "outside", "around", "throughout", "within", "into", "on", "of"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The article's country when it stands out (named at least twice as often as any other, by place or nationality):
    // a story of one country's strike; not a story between two states, where either could be the place.
    private string? Dominant()
    {
        if (view.Focus is not { } focus)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var place in view.Found.Places)
        {
            if (place.Place.Country is { } country)
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }

        foreach (var entity in view.Found.Entities)
        {
            if (entity.Type == EntityType.Norp && view.Gazetteer.CountryOfDemonym(entity.Canonical.AsSpan()) is { } country)
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }

        var own = counts.GetValueOrDefault(focus);
        return own > 0 && counts.All(c => c.Key == focus || c.Value * 2 <= own) ? focus : null;
    }

    // Strict: where an event happens; not strict: a place an act is done to (`TargetAfter`), where `aid for X` counts.
}
