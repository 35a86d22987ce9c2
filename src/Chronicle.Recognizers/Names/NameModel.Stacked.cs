using System.Buffers;

namespace Chronicle.Recognizers.Names;

public sealed partial class NameModel
{
    /// <summary>
    /// The two passes of a stacked model with one lookup per base feature: both passes' emissions are summed in the
    /// same order as <see cref="Decode"/> sums them (base features, then the second pass's hint features), so the
    /// scores and the names are the same.
    /// </summary>
    private List<NameSpan> DecodeStacked(DocumentFeatures features, ReadOnlySpan<Sentence> sentences)
    {
        var n = features.Counts.Length;
        var size = (n * T) + 8;
        var first = ArrayPool<float>.Shared.Rent(size);
        var second = ArrayPool<float>.Shared.Rent(size);
        try
        {
            Array.Clear(first, 0, size);
            Array.Clear(second, 0, size);
            var touched = 0;
            for (var i = 0; i < n; i++)
            {
                touched ^= _stacked!.AddAll(features.Of(i), first, second, i * T);
            }
            // Stored in the padding (never read) so that the touching loads are not dropped as dead code.
            first[size - 1] = touched;
            var firstNames = DecodeSentences(first, FirstPass!._transitions, sentences);
            Features.AddHints(features, firstNames);
            for (var i = 0; i < n; i++)
            {
                foreach (var id in features.Ids.AsSpan((i * DocumentFeatures.Stride) + features.BaseCounts[i], features.Counts[i] - features.BaseCounts[i]))
                {
                    Weights.AddToPadded(id, second, i * T);
                }
            }
            return DecodeSentences(second, _transitions, sentences);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(first);
            ArrayPool<float>.Shared.Return(second);
        }
    }

    private static List<NameSpan> DecodeSentences(float[] emissions, float[] transitions, ReadOnlySpan<Sentence> sentences)
    {
        var longest = 0;
        foreach (var s in sentences)
        {
            longest = Math.Max(longest, s.TokenCount);
        }
        var score = ArrayPool<float>.Shared.Rent(longest * T);
        var back = ArrayPool<byte>.Shared.Rent(longest * T);
        var tags = ArrayPool<int>.Shared.Rent(longest);
        var names = new List<NameSpan>();
        foreach (var s in sentences)
        {
            var e = emissions.AsSpan(s.FirstToken * T, s.TokenCount * T);
            Viterbi.Decode(e, transitions, tags.AsSpan(0, s.TokenCount), score, back);
            NameTags.Decode(tags.AsSpan(0, s.TokenCount), s.FirstToken, names);
        }
        ArrayPool<float>.Shared.Return(score);
        ArrayPool<byte>.Shared.Return(back);
        ArrayPool<int>.Shared.Return(tags);
        return names;
    }
}
