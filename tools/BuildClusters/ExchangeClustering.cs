namespace BuildClusters;

/// <summary>
/// The exchange algorithm (Kneser &amp; Ney 1993; Martin, Liermann &amp; Ney 1998): words are moved one at a time
/// to the class that most raises the class-bigram likelihood, sum N(c,d) log N(c,d) - sum N(c,.) log N(c,.) -
/// sum N(.,d) log N(.,d), until a pass moves few words or the passes run out.
/// </summary>
internal sealed class ExchangeClustering
{
    private readonly ClassBigrams _b;
    private readonly int _k;
    private readonly long[] _n;      // N(c,d), row c
    private readonly long[] _nt;     // N(c,d), row d (transposed, so that column sums run along memory)
    private readonly long[] _left;   // N(c,.)
    private readonly long[] _right;  // N(.,d)
    private readonly double[] _flog;

    public ExchangeClustering(ClassBigrams bigrams, int classes)
    {
        _b = bigrams;
        _k = classes;
        _n = new long[classes * classes];
        _nt = new long[classes * classes];
        _left = new long[classes];
        _right = new long[classes];
        _flog = new double[1 << 20];
        for (var x = 1; x < _flog.Length; x++)
        {
            _flog[x] = x * Math.Log(x);
        }
        // Words come in frequency order, so word i starts in class i mod K: the frequent words start apart.
        Class = new int[bigrams.Words];
        for (var w = 0; w < Class.Length; w++)
        {
            Class[w] = w % classes;
        }
        for (var u = 0; u < bigrams.Words; u++)
        {
            for (var j = bigrams.RightStart[u]; j < bigrams.RightStart[u + 1]; j++)
            {
                Add(Class[u], Class[bigrams.RightWord[j]], bigrams.RightCount[j]);
            }
        }
    }

    /// <summary>Each word's class.</summary>
    public int[] Class { get; }

    /// <summary>The class-bigram log-likelihood, up to a constant.</summary>
    public double Objective()
    {
        var sum = 0.0;
        foreach (var x in _n)
        {
            sum += F(x);
        }
        for (var c = 0; c < _k; c++)
        {
            sum -= F(_left[c]) + F(_right[c]);
        }
        return sum;
    }

    /// <summary>One pass over the words in order, <paramref name="from"/> on; returns how many moved.</summary>
    public int Pass(int from = 0)
    {
        var r = new long[_k];
        var l = new long[_k];
        var touchedR = new List<int>();
        var touchedL = new List<int>();
        var moved = 0;
        for (var w = from; w < _b.Words; w++)
        {
            long self = 0, asLeft = 0, asRight = 0;
            touchedR.Clear();
            touchedL.Clear();
            for (var j = _b.RightStart[w]; j < _b.RightStart[w + 1]; j++)
            {
                var v = _b.RightWord[j];
                asLeft += _b.RightCount[j];
                if (v == w)
                {
                    self = _b.RightCount[j];
                    continue;
                }
                var d = Class[v];
                if (r[d] == 0)
                {
                    touchedR.Add(d);
                }
                r[d] += _b.RightCount[j];
            }
            for (var j = _b.LeftStart[w]; j < _b.LeftStart[w + 1]; j++)
            {
                var u = _b.LeftWord[j];
                asRight += _b.LeftCount[j];
                if (u == w)
                {
                    continue;
                }
                var c = Class[u];
                if (l[c] == 0)
                {
                    touchedL.Add(c);
                }
                l[c] += _b.LeftCount[j];
            }
            var a = Class[w];
            Move(a, r, l, touchedR, touchedL, self, asLeft, asRight, -1);
            var best = a;
            var bestGain = Gain(a, r, l, touchedR, touchedL, self, asLeft, asRight);
            for (var b = 0; b < _k; b++)
            {
                if (b == a)
                {
                    continue;
                }
                var gain = Gain(b, r, l, touchedR, touchedL, self, asLeft, asRight);
                if (gain > bestGain + 1e-9)
                {
                    best = b;
                    bestGain = gain;
                }
            }
            Move(best, r, l, touchedR, touchedL, self, asLeft, asRight, 1);
            if (best != a)
            {
                Class[w] = best;
                moved++;
            }
            foreach (var d in touchedR)
            {
                r[d] = 0;
            }
            foreach (var c in touchedL)
            {
                l[c] = 0;
            }
        }
        return moved;
    }

    private double Gain(int b, long[] r, long[] l, List<int> touchedR, List<int> touchedL, long self, long asLeft, long asRight)
    {
        var row = b * _k;
        var gain = 0.0;
        foreach (var d in touchedR)
        {
            if (d != b)
            {
                var n = _n[row + d];
                gain += F(n + r[d]) - F(n);
            }
        }
        foreach (var c in touchedL)
        {
            if (c != b)
            {
                var n = _nt[row + c];
                gain += F(n + l[c]) - F(n);
            }
        }
        var bb = _n[row + b];
        gain += F(bb + r[b] + l[b] + self) - F(bb);
        gain -= F(_left[b] + asLeft) - F(_left[b]);
        gain -= F(_right[b] + asRight) - F(_right[b]);
        return gain;
    }

    private void Move(int b, long[] r, long[] l, List<int> touchedR, List<int> touchedL, long self, long asLeft, long asRight, int sign)
    {
        foreach (var d in touchedR)
        {
            if (d != b)
            {
                Cell(b, d, sign * r[d]);
            }
        }
        foreach (var c in touchedL)
        {
            if (c != b)
            {
                Cell(c, b, sign * l[c]);
            }
        }
        Cell(b, b, sign * (r[b] + l[b] + self));
        _left[b] += sign * asLeft;
        _right[b] += sign * asRight;
    }

    private void Add(int c, int d, long count)
    {
        Cell(c, d, count);
        _left[c] += count;
        _right[d] += count;
    }

    private void Cell(int c, int d, long count)
    {
        _n[(c * _k) + d] += count;
        _nt[(d * _k) + c] += count;
    }

    private double F(long x) => x < _flog.Length ? _flog[x] : x * Math.Log(x);
}
