namespace Chronicle.Resolution.Coreference;

/// <summary>A sparse vector with terms in ordinal order, for cosine similarity by merging.</summary>
public sealed class SparseVector
{
    private readonly string[] _terms;
    private readonly double[] _weights;

    private SparseVector(string[] terms, double[] weights)
    {
        _terms = terms;
        _weights = weights;
    }

    /// <summary>The weights scaled to unit length (an empty vector stays empty).</summary>
    public static SparseVector Normalised(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var terms = weights.Keys.Order(StringComparer.Ordinal).ToArray();
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        var values = terms.Select(t => norm == 0 ? 0 : weights[t] / norm).ToArray();
        return new SparseVector(terms, values);
    }

    /// <summary>The dot product, which is the cosine for unit vectors.</summary>
    public double Cosine(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        int i = 0, j = 0;
        while (i < _terms.Length && j < other._terms.Length)
        {
            var c = string.CompareOrdinal(_terms[i], other._terms[j]);
            if (c == 0)
            {
                sum += _weights[i++] * other._weights[j++];
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }
}
