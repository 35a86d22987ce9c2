namespace Chronicle.Resolution.Coreference;

/// <summary>What the cluster-level features need from one cluster: its members and the union of their arguments.</summary>
internal sealed class ClusterProfile
{
    private ClusterProfile(int id, List<int> members)
    {
        Id = id;
        Members = members;
    }

    /// <summary>The cluster number (the index of one member).</summary>
    public int Id { get; }

    public List<int> Members { get; }

    /// <summary>Content words of the participants of every member: a name given in full in one report and by its
    /// last word in another (<c>the Smith family</c>, <c>Smith</c>) shares that word.</summary>
    public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Times { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>The trigger head lemmas.</summary>
    public HashSet<string> Heads { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

    /// <summary>The participant entities attached to the members (see <see cref="ArgumentEntities"/>).</summary>
    public HashSet<string> ParticipantEntities { get; } = new(StringComparer.Ordinal);

    /// <summary>The calendar values of the times attached to the members.</summary>
    public HashSet<string> TimeValues { get; } = new(StringComparer.Ordinal);

    /// <summary>The place entities attached to the members.</summary>
    public HashSet<string> PlaceEntities { get; } = new(StringComparer.Ordinal);

    public static ClusterProfile Of(int id, List<int> members, IReadOnlyList<CorefMention> mentions, EnglishLemmatizer lemmatizer)
    {
        var profile = new ClusterProfile(id, members);
        foreach (var m in members)
        {
            var mention = mentions[m];
            AddWords(profile.Participants, mention.Participants);
            AddWords(profile.Times, mention.Times);
            AddWords(profile.Places, mention.Places);
            profile.Heads.Add(lemmatizer.Lemma(TriggerHead.Of(mention.Trigger)));
            profile.Documents.Add(mention.Document);
            profile.ParticipantEntities.UnionWith(ArgumentEntities.Entities(mention.Arguments, ArgumentKind.Participant, lemmatizer));
            profile.TimeValues.UnionWith(ArgumentEntities.TimeValues(mention.Arguments));
            profile.PlaceEntities.UnionWith(ArgumentEntities.Entities(mention.Arguments, ArgumentKind.Place, lemmatizer));
        }
        return profile;
    }

    /// <summary>The union of this cluster and <paramref name="other"/>, numbered as this one.</summary>
    public ClusterProfile Join(ClusterProfile other)
    {
        var joined = new ClusterProfile(Id, [.. Members, .. other.Members]);
        foreach (var (into, a, b) in new[]
        {
            (joined.Participants, Participants, other.Participants), (joined.Times, Times, other.Times),
            (joined.Places, Places, other.Places), (joined.Heads, Heads, other.Heads), (joined.Documents, Documents, other.Documents),
            (joined.ParticipantEntities, ParticipantEntities, other.ParticipantEntities), (joined.TimeValues, TimeValues, other.TimeValues),
            (joined.PlaceEntities, PlaceEntities, other.PlaceEntities),
        })
        {
            into.UnionWith(a);
            into.UnionWith(b);
        }
        return joined;
    }

    private static void AddWords(HashSet<string> into, IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            if (!StopWords.Ignore(lower))
            {
                into.Add(lower);
            }
        }
    }
}
