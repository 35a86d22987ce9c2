using System.Collections.Frozen;

namespace Chronicle.Text.Pos;

/// <summary>
/// The closed class of words that decide the form of a verb after them: a form of "be" (a participle or -ing form
/// follows), of "have" (a participle), a modal or "to" (a base form). A feature says which comes nearest before a
/// word, so that a verb the corpus never saw after them is still read as the grammar wants.
/// </summary>
internal static class Auxiliaries
{
    public const int None = 0;
    public const int Be = 1;
    public const int Have = 2;
    public const int Modal = 3;

    /// <summary>How far back the nearest one is looked for ("had been bent and abused": three words).</summary>
    public const int Reach = 3;

    /// <summary>Each word's kind, keyed by the lower-case hash of <see cref="WordFeatures"/>.</summary>
    public static FrozenDictionary<ulong, byte> Kinds { get; } = Build();

    /// <summary>The kind of the nearest auxiliary within <see cref="Reach"/> words before the token at <paramref name="i"/>, times four plus its distance.</summary>
    public static int Before(ReadOnlySpan<WordFeatures> context, int i)
    {
        for (var k = 1; k <= Reach && i + 2 - k >= 0; k++)
        {
            var kind = context[i + 2 - k].Auxiliary;
            if (kind != None)
            {
                return (kind << 2) | k;
            }
        }

        return None;
    }

    private static FrozenDictionary<ulong, byte> Build()
    {
        var kinds = new Dictionary<ulong, byte>();
        void Add(int kind, params string[] words)
        {
            foreach (var word in words)
            {
                kinds[WordFeatures.Of(word).Lower] = (byte)kind;
            }
        }

        Add(Be, "be", "is", "are", "was", "were", "been", "being", "am");
        Add(Have, "have", "has", "had", "having");
        Add(Modal, "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall");
        return kinds.ToFrozenDictionary();
    }
}
