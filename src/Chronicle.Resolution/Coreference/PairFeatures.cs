using System.Collections.Frozen;

namespace Chronicle.Resolution.Coreference;

/// <summary>What a pair's features need from the documents: their similarity, whether they were grouped as one
/// story, whether both mentions are in the lead of their documents.</summary>
/// <param name="DocumentCosine">The tf-idf cosine of the two documents.</param>
/// <param name="NameCosine">The cosine of their names and numbers.</param>
/// <param name="SameStory">Whether the documents were grouped as one story.</param>
/// <param name="BothLead">Whether both mentions are in the lead of their documents.</param>
/// <param name="HeadShareA">The share of the block's documents with a mention of the first head lemma.</param>
/// <param name="HeadShareB">The same for the second.</param>
internal readonly record struct PairContext(
    double DocumentCosine, double NameCosine, bool SameStory, bool BothLead, double HeadShareA, double HeadShareB);

/// <summary>The features of a pair of event mentions for the pairwise coreference classifier.</summary>
internal static class PairFeatures
{
    /// <summary>The feature names, in order; the model file stores one weight per name.</summary>
    public static readonly string[] Names =
    [
        "bias", "head_equal", "stem_equal_only", "trigger_jaccard", "head_trigram_dice",
        "pair_logodds_same", "pair_logodds_diff", "pair_unseen_diff",
        "doc_cosine", "doc_below_05", "doc_below_15", "doc_below_30",
        "sentence_cosine", "same_document", "same_sentence",
        "participants_jaccard", "participants_both", "times_jaccard", "times_both", "places_jaccard", "places_both",
        "head_equal_x_doc_cosine", "head_equal_x_same_document", "diff_x_doc_cosine",
        "same_story", "head_equal_x_same_story", "diff_x_same_story", "both_lead", "head_equal_x_both_lead",
        "name_cosine", "head_equal_x_name_cosine", "name_below_10",
        "window_cosine", "head_equal_x_window_cosine", "head_share_min", "head_share_max", "head_equal_x_head_share",
        "wn_synonym", "wn_hypernym", "wn_unknown", "wn_synonym_x_doc_cosine",
        "participants_conflict", "times_conflict", "places_conflict", "wn_synonym_x_same_story",
        "entity_participant_shared", "entity_participant_conflict", "time_value_equal", "time_value_conflict",
        "entity_place_shared", "entity_place_conflict",
    ];

    public static int Count => Names.Length;

    /// <summary>The index of the feature that is 1 when the documents were grouped as one story.</summary>
    public static int SameStory { get; } = Array.IndexOf(Names, "same_story");

    /// <summary>Fills <paramref name="features"/> for mentions <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static void Compute(MentionProfile a, MentionProfile b, PairContext context, LemmaPairTable pairs, Span<double> features)
    {
        var documentCosine = context.DocumentCosine;
        var headEqual = a.Head == b.Head;
        var stemEqual = a.HeadStem == b.HeadStem;
        var pair = pairs.LogOdds(a.Head, b.Head);
        var sameDocument = a.Mention.Document == b.Mention.Document;
        var i = 0;
        features[i++] = 1;
        features[i++] = headEqual ? 1 : 0;
        features[i++] = stemEqual && !headEqual ? 1 : 0;
        features[i++] = MentionProfile.Jaccard(a.Lemmas, b.Lemmas);
        features[i++] = Dice(a, b);
        features[i++] = headEqual && pair is { } same ? same : 0;
        features[i++] = !headEqual && pair is { } diff ? diff : 0;
        features[i++] = !headEqual && !stemEqual && pair is null ? 1 : 0;
        features[i++] = documentCosine;
        features[i++] = documentCosine < 0.05 ? 1 : 0;
        features[i++] = documentCosine < 0.15 ? 1 : 0;
        features[i++] = documentCosine < 0.30 ? 1 : 0;
        features[i++] = a.Sentence.Cosine(b.Sentence);
        features[i++] = sameDocument ? 1 : 0;
        features[i++] = sameDocument && a.Mention.Sentence == b.Mention.Sentence ? 1 : 0;
        features[i++] = MentionProfile.Jaccard(a.Participants, b.Participants);
        features[i++] = a.Participants.Count > 0 && b.Participants.Count > 0 ? 1 : 0;
        features[i++] = MentionProfile.Jaccard(a.Times, b.Times);
        features[i++] = a.Times.Count > 0 && b.Times.Count > 0 ? 1 : 0;
        features[i++] = MentionProfile.Jaccard(a.Places, b.Places);
        features[i++] = a.Places.Count > 0 && b.Places.Count > 0 ? 1 : 0;
        features[i++] = headEqual ? documentCosine : 0;
        features[i++] = headEqual && sameDocument ? 1 : 0;
        features[i++] = headEqual ? 0 : documentCosine;
        features[i++] = context.SameStory ? 1 : 0;
        features[i++] = headEqual && context.SameStory ? 1 : 0;
        features[i++] = !headEqual && context.SameStory ? 1 : 0;
        features[i++] = context.BothLead ? 1 : 0;
        features[i++] = headEqual && context.BothLead ? 1 : 0;
        features[i++] = context.NameCosine;
        features[i++] = headEqual ? context.NameCosine : 0;
        features[i++] = context.NameCosine < 0.10 ? 1 : 0;
        var window = a.Window.Cosine(b.Window);
        features[i++] = window;
        features[i++] = headEqual ? window : 0;
        features[i++] = Math.Min(context.HeadShareA, context.HeadShareB);
        features[i++] = Math.Max(context.HeadShareA, context.HeadShareB);
        features[i++] = headEqual ? context.HeadShareA : 0;
        var synonym = !headEqual && a.Synsets.Overlaps(b.Synsets);
        features[i++] = synonym ? 1 : 0;
        features[i++] = !headEqual && !synonym
            && (a.Synsets.Overlaps(b.Hypernyms) || b.Synsets.Overlaps(a.Hypernyms) || a.Hypernyms.Overlaps(b.Hypernyms)) ? 1 : 0;
        features[i++] = a.Synsets.Count == 0 || b.Synsets.Count == 0 ? 1 : 0;
        features[i++] = synonym ? documentCosine : 0;
        // Arguments both given and sharing nothing: the same kind of event with other people, at another time or place.
        features[i++] = Conflict(a.Participants, b.Participants);
        features[i++] = Conflict(a.Times, b.Times);
        features[i++] = Conflict(a.Places, b.Places);
        features[i++] = synonym && context.SameStory ? 1 : 0;
        // The arguments attached to each trigger, as entities and calendar values rather than words.
        ArgumentEntities.Write((a.ParticipantEntities, a.TimeValues, a.PlaceEntities), (b.ParticipantEntities, b.TimeValues, b.PlaceEntities), features, i);
    }

    private static double Conflict(FrozenSet<string> a, FrozenSet<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Overlaps(b) ? 1 : 0;

    private static double Dice(MentionProfile a, MentionProfile b)
    {
        if (a.Trigrams.Count + b.Trigrams.Count == 0)
        {
            return 0;
        }
        return 2.0 * a.Trigrams.Count(b.Trigrams.Contains) / (a.Trigrams.Count + b.Trigrams.Count);
    }
}
