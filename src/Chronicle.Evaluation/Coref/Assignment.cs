namespace Chronicle.Evaluation.Coref;

/// <summary>The assignment problem (Kuhn-Munkres, the O(n²m) potentials form): rows matched to distinct columns.</summary>
internal static class Assignment
{
    /// <summary>The largest sum of <paramref name="weights"/>[i, match(i)] over one-to-one matchings (weights ≥ 0).</summary>
    public static double Maximum(double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            return 0;
        }

        // The algorithm wants rows ≤ columns and minimises cost; transpose and negate.
        var transpose = rows > columns;
        var n = Math.Min(rows, columns);
        var m = Math.Max(rows, columns);
        double Cost(int i, int j) => -(transpose ? weights[j - 1, i - 1] : weights[i - 1, j - 1]);

        var u = new double[n + 1];
        var v = new double[m + 1];
        var match = new int[m + 1];   // match[j]: the row assigned to column j (1-based), 0 if none
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            match[0] = i;
            var j0 = 0;
            var minimum = new double[m + 1];
            var used = new bool[m + 1];
            Array.Fill(minimum, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }
                    var current = Cost(i0, j) - u[i0] - v[j];
                    if (current < minimum[j])
                    {
                        minimum[j] = current;
                        way[j] = j0;
                    }
                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (match[j0] != 0);
            do
            {
                var j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        double total = 0;
        for (var j = 1; j <= m; j++)
        {
            if (match[j] != 0)
            {
                total -= Cost(match[j], j);
            }
        }
        return total;
    }
}
