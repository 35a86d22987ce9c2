using System.Buffers;

namespace Chronicle.Recognizers.Names;

/// <summary>The feature ids (weight rows) of every token of one document, <see cref="Stride"/> slots per token.</summary>
public sealed class DocumentFeatures
{
    /// <summary>Most features one token can have.</summary>
    public const int Stride = 72;

    internal DocumentFeatures(int tokenCount, TokenFacts facts)
    {
        // ~300 bytes a token: rented, as a fresh array would land most articles' ids on the large object heap.
        Ids = ArrayPool<int>.Shared.Rent(Math.Max(1, tokenCount) * Stride);
        Counts = new int[tokenCount];
        BaseCounts = new int[tokenCount];
        Facts = facts;
    }

    /// <summary>The token facts the features came from, kept for second-pass features.</summary>
    internal TokenFacts Facts { get; }

    /// <summary>Number of first-pass features of each token (before <see cref="FeatureExtractor.AddHints"/>).</summary>
    internal int[] BaseCounts { get; }

    /// <summary>Feature ids, token i's in [i * Stride, i * Stride + Counts[i]).</summary>
    public int[] Ids { get; }

    /// <summary>Number of features of each token.</summary>
    public int[] Counts { get; }

    /// <summary>Gives the id array back to the pool; the features must not be read after.</summary>
    internal void Release() => ArrayPool<int>.Shared.Return(Ids);

    /// <summary>Token i's feature ids.</summary>
    public ReadOnlySpan<int> Of(int token) => Ids.AsSpan(token * Stride, Counts[token]);
}
