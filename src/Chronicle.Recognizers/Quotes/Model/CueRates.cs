using System.Collections.Frozen;

namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// How often a verb or noun lemma (and a word class) heads the annotators' cues on train, smoothed and bucketed:
/// a feature of the cue tagger and the filter. The tagger's word weights learn the common cue verbs; the rate says,
/// in one shared feature, that a verb seen 12 times as a cue in 40 (<c>contend</c>) is a cue verb, and the class's
/// rate reaches the verbs train never saw. Counted on the other folds for the tagger's own training articles, so
/// that a word's rate never includes the example being learned from.
/// </summary>
internal sealed class CueRates(FrozenDictionary<ulong, byte> buckets)
{
    // A rate is trusted as far as the word was seen: the smoothing pulls rare words towards the mean rate.
    private const double Smoothing = 2;
    private const int Confident = 5;
    private static readonly double[] Thresholds = [0.003, 0.01, 0.03, 0.07, 0.15, 0.3, 0.5];

    // Every rated token, for the mean rate the smoothing pulls towards.
    private static readonly ulong TotalKey = TokenFacts.Key(303, 0);

    /// <summary>No rates (every bucket 0).</summary>
    public static CueRates Empty { get; } = new(FrozenDictionary<ulong, byte>.Empty);

    /// <summary>The hashed lemma and class keys with their buckets.</summary>
    public FrozenDictionary<ulong, byte> Buckets => buckets;

    /// <summary>The bucket of a verb or noun lemma: 0 unseen, else the rate's bucket (+ 8 when seen often).</summary>
    public byte OfLemma(ulong lemma) => buckets.Count > 0 && buckets.TryGetValue(LemmaKey(lemma), out var b) ? b : (byte)0;

    /// <summary>The bucket of a word class (<see cref="TokenFacts.Cluster"/>), 0 for none.</summary>
    public byte OfClass(ushort cluster) => cluster != 0 && buckets.Count > 0 && buckets.TryGetValue(ClassKey(cluster), out var b) ? b : (byte)0;

    /// <summary>True for the tokens whose rates are counted and looked up: verbs and nouns.</summary>
    public static bool Rated(string tag) => tag.StartsWith("VB", StringComparison.Ordinal) || tag.StartsWith("NN", StringComparison.Ordinal);

    /// <summary>Counts heads and occurrences of one example into <paramref name="counts"/>.</summary>
    /// <param name="f">The example's tokens.</param>
    /// <param name="cues">The gold cue labels (1 begins a cue, 2 continues it).</param>
    /// <param name="counts">Key to (cue heads, occurrences).</param>
    public static void Count(TokenFacts f, int[] cues, Dictionary<ulong, (double Heads, double Seen)> counts)
    {
        for (var t = 0; t < f.Count; t++)
        {
            if (!Rated(f.Q.Tag(t)))
            {
                continue;
            }
            var head = IsHead(f, cues, t) ? 1 : 0;
            Add(counts, TotalKey, head);
            Add(counts, LemmaKey(f.Lemma[t]), head);
            if (f.Cluster[t] != 0)
            {
                Add(counts, ClassKey(f.Cluster[t]), head);
            }
        }
    }

    /// <summary>The rates of the summed counts.</summary>
    public static CueRates From(IEnumerable<Dictionary<ulong, (double Heads, double Seen)>> parts)
    {
        var total = new Dictionary<ulong, (double Heads, double Seen)>();
        foreach (var part in parts)
        {
            foreach (var (key, (heads, seen)) in part)
            {
                var (h, s) = total.GetValueOrDefault(key);
                total[key] = (h + heads, s + seen);
            }
        }
        var (allHeads, allSeen) = total.GetValueOrDefault(TotalKey);
        var prior = allSeen > 0 ? allHeads / allSeen : 0;
        total.Remove(TotalKey);
        return new CueRates(total.ToFrozenDictionary(p => p.Key, p => Bucket((p.Value.Heads + (Smoothing * prior)) / (p.Value.Seen + Smoothing), p.Value.Seen)));
    }

    // The first verb or noun of a gold cue (as the cue heads are counted elsewhere).
    private static bool IsHead(TokenFacts f, int[] cues, int t)
    {
        if (cues[t] != 2)
        {
            return cues[t] == 1;
        }
        for (var k = t - 1; k >= 0 && cues[k] != 0; k--)
        {
            if (Rated(f.Q.Tag(k)))
            {
                return false;
            }
            if (cues[k] == 1)
            {
                break;
            }
        }
        return true;
    }

    private static void Add(Dictionary<ulong, (double Heads, double Seen)> counts, ulong key, int head)
    {
        var (h, s) = counts.GetValueOrDefault(key);
        counts[key] = (h + head, s + 1);
    }

    private static byte Bucket(double rate, double seen)
    {
        var b = 1;
        while (b <= Thresholds.Length && rate >= Thresholds[b - 1])
        {
            b++;
        }
        return (byte)(b + (seen >= Confident ? 8 : 0));
    }

    /// <summary>The key of a lemma's counts.</summary>
    public static ulong LemmaKey(ulong lemma) => TokenFacts.Key(301, lemma);

    /// <summary>The key of a word class's counts.</summary>
    public static ulong ClassKey(ushort cluster) => TokenFacts.Key(302, cluster);
}
