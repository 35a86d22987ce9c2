using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Text.Pos;

/// <summary>
/// Word profiles from untagged news: a first model tags a large amount of plain text, and each word seen often
/// enough keeps the tag it got most often. Summed over many contexts that tag is steadier than any one guess, and
/// it covers words the small tagged corpus never saw (a form of self-training at the level of word types).
/// </summary>
public static class WordProfiles
{
    /// <summary>No profiles: the model tags from the tagged corpus alone.</summary>
    public static FrozenDictionary<ulong, byte> None { get; } = FrozenDictionary<ulong, byte>.Empty;

    /// <summary>Tags <paramref name="texts"/> with <paramref name="model"/> and keeps each word's most frequent tag.</summary>
    /// <param name="model">The first model, trained without profiles.</param>
    /// <param name="texts">Plain texts.</param>
    /// <param name="minCount">How often a word must be seen to get a profile.</param>
    /// <param name="minShare">The share of its occurrences its most frequent tag must reach.</param>
    public static FrozenDictionary<ulong, byte> Build(PosModel model, IEnumerable<string> texts, int minCount, double minShare)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var counts = new Dictionary<ulong, int[]>();
        var tags = new byte[4096];
        foreach (var text in texts)
        {
            var tokens = tokenizer.Tokenize(text);
            foreach (var sentence in splitter.Split(text, tokens))
            {
                var slice = tokens.AsSpan().Slice(sentence.FirstToken, Math.Min(sentence.TokenCount, tags.Length));
                model.Tag(text, slice, tags);
                for (var i = 0; i < slice.Length; i++)
                {
                    var word = WordFeatures.Of(text.AsSpan(slice[i].Span.Start, slice[i].Span.End - slice[i].Span.Start)).Exact;
                    if (!counts.TryGetValue(word, out var byTag))
                    {
                        counts[word] = byTag = new int[model.Tags.Length];
                    }

                    byTag[tags[i]]++;
                }
            }
        }

        var profiles = new Dictionary<ulong, byte>();
        foreach (var (word, byTag) in counts)
        {
            var total = byTag.Sum();
            var best = byTag.AsSpan().IndexOf(byTag.Max());
            if (total >= minCount && byTag[best] >= minShare * total)
            {
                profiles[word] = (byte)best;
            }
        }

        return profiles.ToFrozenDictionary();
    }
}
