using Chronicle.Evaluation.Coref;

namespace Chronicle.Evaluation.Tests.Coref;

public sealed class AssignmentTests
{
    [Fact]
    public void The_best_matching_is_not_the_greedy_one() =>
        // Greedy takes 3 (row 0, column 1) then 0; the best is 2 + 2.
        Assignment.Maximum(new double[,] { { 2, 3 }, { 0, 2 } }).ShouldBe(4, 1e-12);

    [Fact]
    public void More_rows_than_columns_leave_rows_unmatched() =>
        Assignment.Maximum(new double[,] { { 1 }, { 5 }, { 2 } }).ShouldBe(5, 1e-12);

    [Fact]
    public void The_maximum_equals_brute_force_on_random_matrices()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            int rows = random.Next(1, 5), columns = random.Next(1, 5);
            var w = new double[rows, columns];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    w[i, j] = Math.Round(random.NextDouble(), 2);
                }
            }
            Assignment.Maximum(w).ShouldBe(BruteForce(w, 0, new bool[columns]), 1e-9);
        }
    }

    private static double BruteForce(double[,] w, int row, bool[] used)
    {
        if (row == w.GetLength(0))
        {
            return 0;
        }
        var best = BruteForce(w, row + 1, used);
        for (var j = 0; j < used.Length; j++)
        {
            if (!used[j])
            {
                used[j] = true;
                best = Math.Max(best, w[row, j] + BruteForce(w, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
