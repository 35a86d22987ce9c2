namespace Chronicle.Recognizers.Names;

/// <summary>
/// Maps the tagger's four CoNLL classes to Chronicle's types with the gazetteer: a LOC that is a country, state or
/// populated place is a GPE; a MISC that is a nationality or a religious or political group is a NORP; a MISC that is
/// an organisation of the actor dictionaries is an ORG; a seat of government named as a building ("the ... House",
/// "... Palace") speaks as an institution and is an ORG; a camp, fort, airport or square is a place (LOC); a name of
/// <see cref="OrganisationNames"/> is an ORG whatever its class.
/// </summary>
public sealed class EntityTypeMapper(NameLexicon lexicon, OrganisationNames? organisations = null)
{
    private readonly OrganisationNames _organisations = organisations ?? OrganisationNames.Empty;

    /// <summary>The type of a name of class <paramref name="cls"/> whose words are <paramref name="words"/>.</summary>
    public EntityType Map(NameClass cls, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return cls == NameClass.Per ? EntityType.Person : EntityType.Misc;
        }
        if (_organisations.Contains(words))
        {
            return EntityType.Org;
        }
        return cls switch
        {
            NameClass.Per => EntityType.Person,
            NameClass.Org => IsFacility(words) ? EntityType.Loc : EntityType.Org,
            NameClass.Loc => IsSeatOfGovernment(words) ? EntityType.Org : MapLocation(Flags(words, 0)),
            _ => MapMisc(words),
        };
    }

    private EntityType MapMisc(IReadOnlyList<string> words)
    {
        var whole = Flags(words, 0);
        if (IsGroup(whole) || (words.Count > 1 && IsGroup(Flags(words, words.Count - 1))))
        {
            return EntityType.Norp;
        }
        // The tagger's MISC is its catch-all: an exact dictionary organisation that is no place or nationality wins.
        const GazetteerFlags notOrg = GazetteerFlags.Country | GazetteerFlags.City | GazetteerFlags.Admin1
            | GazetteerFlags.Region | GazetteerFlags.Person;
        return (whole & GazetteerFlags.Org) != 0 && (whole & notOrg) == 0 ? EntityType.Org : EntityType.Misc;
    }

    private static EntityType MapLocation(GazetteerFlags f) =>
        (f & (GazetteerFlags.Country | GazetteerFlags.Admin1)) != 0 ? EntityType.Gpe
        : (f & GazetteerFlags.Region) != 0 ? EntityType.Loc
        : (f & GazetteerFlags.City) != 0 ? EntityType.Gpe
        : EntityType.Loc;

    // A building that stands for those who govern from it: news writes "the ... House said".
    private static bool IsSeatOfGovernment(IReadOnlyList<string> words) =>
        words.Count > 1 && words[^1] is "House" or "Palace";

    // Camps, forts and bases are named "Camp X", "Fort X"; airports, squares and bridges end with their kind.
    private static bool IsFacility(IReadOnlyList<string> words) =>
        (words.Count is 2 or 3 && words[0] is "Camp" or "Fort")
        || (words.Count > 1 && words[^1] is "Airport" or "Square" or "Bridge" or "Camp" or "Airbase" or "Checkpoint");

    private static bool IsGroup(GazetteerFlags f) => (f & (GazetteerFlags.Demonym | GazetteerFlags.GroupWord)) != 0;

    private GazetteerFlags Flags(IReadOnlyList<string> words, int from)
    {
        Span<ulong> hashes = stackalloc ulong[Math.Min(words.Count - from, 16)];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = TextHash.Folded(words[from + i]);
        }
        return lexicon.Lookup(NameLexicon.PhraseKey(hashes));
    }
}
