namespace Chronicle.Recognizers.Names;

/// <summary>
/// Maps the tagger's four CoNLL classes to Chronicle's types with the gazetteer: a LOC that is a country, state or
/// populated place is a GPE; a MISC that is a nationality or a religious or political group is a NORP.
/// </summary>
public sealed class EntityTypeMapper(NameLexicon lexicon)
{
    /// <summary>The type of a name of class <paramref name="cls"/> whose words are <paramref name="words"/>.</summary>
    public EntityType Map(NameClass cls, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return cls switch
        {
            NameClass.Per => EntityType.Person,
            NameClass.Org => EntityType.Org,
            NameClass.Loc => MapLocation(Flags(words, 0)),
            _ => IsGroup(Flags(words, 0)) || (words.Count > 1 && IsGroup(Flags(words, words.Count - 1))) ? EntityType.Norp : EntityType.Misc,
        };
    }

    private static EntityType MapLocation(GazetteerFlags f) =>
        (f & (GazetteerFlags.Country | GazetteerFlags.Admin1)) != 0 ? EntityType.Gpe
        : (f & GazetteerFlags.Region) != 0 ? EntityType.Loc
        : (f & GazetteerFlags.City) != 0 ? EntityType.Gpe
        : EntityType.Loc;

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
