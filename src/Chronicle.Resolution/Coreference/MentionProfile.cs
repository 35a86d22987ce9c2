using System.Collections.Frozen;

namespace Chronicle.Resolution.Coreference;

/// <summary>What pair features need from one mention, computed once.</summary>
internal sealed class MentionProfile
{
    public MentionProfile(CorefMention mention, TermVectors vectors, EnglishLemmatizer lemmatizer, EventWordNet wordNet)
    {
        Mention = mention;
        var words = mention.Trigger.Select(w => w.ToLowerInvariant()).ToList();
        var head = TriggerHead.Of(words);
        Head = lemmatizer.Lemma(head);
        HeadStem = lemmatizer.Stem(head);
        Lemmas = vectors.Terms(words).Append(Head).ToFrozenSet(StringComparer.Ordinal);
        Trigrams = CharacterTrigrams(Head);
        Sentence = vectors.Vector(mention.SentenceWords);
        Window = vectors.Vector(WindowWords(mention, 6));
        (Synsets, Hypernyms) = wordNet.Senses(words, head);
        Participants = vectors.Terms(mention.Participants).ToFrozenSet(StringComparer.Ordinal);
        Times = vectors.Terms(mention.Times).ToFrozenSet(StringComparer.Ordinal);
        Places = vectors.Terms(mention.Places).ToFrozenSet(StringComparer.Ordinal);
        ParticipantEntities = ArgumentEntities.Entities(mention.Arguments, ArgumentKind.Participant, lemmatizer);
        PlaceEntities = ArgumentEntities.Entities(mention.Arguments, ArgumentKind.Place, lemmatizer);
        TimeValues = ArgumentEntities.TimeValues(mention.Arguments);
    }

    /// <summary>The entities of the participants attached to this mention (see <see cref="ArgumentEntities"/>).</summary>
    public FrozenSet<string> ParticipantEntities { get; }

    /// <summary>The entities of the places attached to this mention.</summary>
    public FrozenSet<string> PlaceEntities { get; }

    /// <summary>The calendar values of the times attached to this mention.</summary>
    public FrozenSet<string> TimeValues { get; }

    public CorefMention Mention { get; }

    public string Head { get; }

    public string HeadStem { get; }

    public FrozenSet<string> Lemmas { get; }

    public FrozenSet<string> Trigrams { get; }

    public SparseVector Sentence { get; }

    /// <summary>The trigger's WordNet synsets (empty if unknown).</summary>
    public FrozenSet<int> Synsets { get; }

    /// <summary>The direct hypernyms of those synsets.</summary>
    public FrozenSet<int> Hypernyms { get; }

    /// <summary>The words near the trigger in its sentence (the trigger left out): its closest arguments.</summary>
    public SparseVector Window { get; }

    public FrozenSet<string> Participants { get; }

    public FrozenSet<string> Times { get; }

    public FrozenSet<string> Places { get; }

    public static double Jaccard(FrozenSet<string> a, FrozenSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    private static List<string> WindowWords(CorefMention mention, int width)
    {
        var words = mention.SentenceWords;
        var start = mention.TriggerIndex;
        if (start < 0)
        {
            return [.. words];
        }
        var end = start + mention.Trigger.Length;
        var kept = new List<string>();
        for (var i = Math.Max(0, start - width); i < Math.Min(words.Length, end + width); i++)
        {
            if (i < start || i >= end)
            {
                kept.Add(words[i]);
            }
        }
        return kept;
    }

    private static FrozenSet<string> CharacterTrigrams(string word)
    {
        var padded = "^" + word + "$";
        return Enumerable.Range(0, Math.Max(0, padded.Length - 2)).Select(i => padded.Substring(i, 3)).ToFrozenSet(StringComparer.Ordinal);
    }
}
