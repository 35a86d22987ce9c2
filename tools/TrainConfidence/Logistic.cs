namespace TrainConfidence;

/// <summary>L2-regularised logistic regression by Newton's method (the bias is not penalised); deterministic.</summary>
internal static class Logistic
{
    public static double[] Fit(double[][] x, double[] y, double lambda)
    {
        var d = x[0].Length;
        var w = new double[d];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var j = 1; j < d; j++)
            {
                gradient[j] = lambda * w[j];
                hessian[j, j] = lambda;
            }

            for (var n = 0; n < x.Length; n++)
            {
                var p = Chronicle.Events.ConfidenceModel.Probability(w, x[n]);
                var s = Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += (p - y[n]) * x[n][j];
                    for (var k = 0; k < d; k++)
                    {
                        hessian[j, k] += s * x[n][j] * x[n][k];
                    }
                }
            }

            // A feature no training event has would leave the bias-free system singular; a tiny ridge keeps it solvable.
            for (var j = 0; j < d; j++)
            {
                hessian[j, j] += 1e-6;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var j = 0; j < d; j++)
            {
                w[j] -= step[j];
                change = Math.Max(change, Math.Abs(step[j]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    // Gaussian elimination with partial pivoting.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
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

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[r, k] -= f * m[col, k];
                }

                v[r] -= f * v[col];
            }
        }

        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * result[k];
            }

            result[r] = sum / m[r, r];
        }

        return result;
    }
}
