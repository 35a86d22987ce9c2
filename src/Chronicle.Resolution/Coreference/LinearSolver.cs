namespace Chronicle.Resolution.Coreference;

/// <summary>Gaussian elimination with partial pivoting, for the small Newton systems of the trainer.</summary>
internal static class LinearSolver
{
    /// <summary>x such that <paramref name="a"/> x = <paramref name="b"/> (a is copied, not changed).</summary>
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }
            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }
                (x[col], x[pivot]) = (x[pivot], x[col]);
            }
            for (var r = col + 1; r < n; r++)
            {
                var factor = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= factor * m[col, c];
                }
                x[r] -= factor * x[col];
            }
        }
        for (var r = n - 1; r >= 0; r--)
        {
            for (var c = r + 1; c < n; c++)
            {
                x[r] -= m[r, c] * x[c];
            }
            x[r] /= m[r, r];
        }
        return x;
    }
}
