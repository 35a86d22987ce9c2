namespace Chronicle.Recognizers.Names;

public sealed partial class FeatureExtractor
{
    /// <summary>
    /// Second-pass features from a first pass over the whole document (stacking, as in Krishnan and Manning 2006):
    /// the token's own first-pass tag, how the same word was labelled elsewhere in the document, and how the same
    /// name was labelled elsewhere. They make a document consistent: a club written like a city keeps one type.
    /// </summary>
    /// <summary>Adds (or replaces) the second-pass features of every token given a first pass's names.</summary>
    public void AddHints(DocumentFeatures features, IReadOnlyList<NameSpan> firstPass)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(firstPass);
        var facts = features.Facts;
        var n = features.BaseCounts.Length;
        var hints = BuildHints(facts, firstPass, n);
        for (var i = 0; i < n; i++)
        {
            var slot = new Slots(features, i, bucketBits, features.BaseCounts[i]);
            AddHintFeatures(ref slot, facts, hints, i);
            features.Counts[i] = slot.Count;
        }
    }

    private static void AddHintFeatures(ref Slots f, TokenFacts t, Hints h, int i)
    {
        var own = h.Tags[i];
        f.Add(60, (ulong)own);
        var caps = (t.Bits[i] & TokenFacts.Caps) != 0 ? 1UL : 0UL;
        if ((t.Bits[i] & TokenFacts.HasLetter) == 0)
        {
            return;
        }
        Span<int> others = stackalloc int[5];
        h.WordCounts.AsSpan(t.WordId[i] * 5, 5).CopyTo(others);
        others[own == NameTags.Outside ? 4 : (int)NameTags.ClassOf(own)]--;
        var total = others[0] + others[1] + others[2] + others[3] + others[4];
        var majority = total == 0 ? 6 : Majority(others);
        f.Add(61, (ulong)(majority * 2) + caps);
        f.Add(62, ((ulong)majority * 32) + (ulong)own);
        var name = h.NameClass[i];
        if (name >= 0)
        {
            f.Add(63, (ulong)name);
            f.Add(64, ((ulong)name * 32) + (ulong)own);
        }
    }

    private static int Majority(ReadOnlySpan<int> counts)
    {
        var best = 0;
        for (var c = 1; c < counts.Length; c++)
        {
            best = counts[c] > counts[best] ? c : best;
        }
        return best;
    }

    private static Hints BuildHints(TokenFacts t, IReadOnlyList<NameSpan> firstPass, int n)
    {
        var tags = new int[n];
        NameTags.Encode(firstPass, tags);
        var words = new int[t.DistinctWords * 5];
        for (var i = 0; i < n; i++)
        {
            words[(t.WordId[i] * 5) + (tags[i] == NameTags.Outside ? 4 : (int)NameTags.ClassOf(tags[i]))]++;
        }
        // Each distinct name string: the class the first pass gave it most often in the document.
        var names = new Dictionary<ulong, int[]>();
        var keys = new ulong[firstPass.Count];
        for (var k = 0; k < firstPass.Count; k++)
        {
            var s = firstPass[k];
            keys[k] = NameLexicon.PhraseKey(t.Folded.AsSpan(s.First, s.Count));
            if (!names.TryGetValue(keys[k], out var c))
            {
                names[keys[k]] = c = new int[4];
            }
            c[(int)s.Class]++;
        }
        var nameClass = new int[n];
        Array.Fill(nameClass, -1);
        for (var k = 0; k < firstPass.Count; k++)
        {
            var s = firstPass[k];
            var majority = Majority(names[keys[k]]);
            for (var j = s.First; j < s.First + s.Count; j++)
            {
                nameClass[j] = majority;
            }
        }
        return new Hints(tags, words, nameClass);
    }

    private sealed record Hints(int[] Tags, int[] WordCounts, int[] NameClass);
}
