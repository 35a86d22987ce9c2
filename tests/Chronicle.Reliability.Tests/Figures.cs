namespace Chronicle.Reliability.Tests;

/// <summary>
/// The suite's measured figures, one line per measure in <c>.artifacts/reliability/figures.txt</c> under the repository
/// root: the test runner hides test output, so <c>run-tests</c> prints this file after the tests.
/// </summary>
internal static class Figures
{
    private static readonly Lock Gate = new();

    public static string FilePath => Path.Combine(Chronicle.Testing.RepositoryPaths.Root, ".artifacts", "reliability", "figures.txt");

    /// <summary>Records <paramref name="line"/> under <paramref name="key"/>, replacing that key's line from an earlier run.</summary>
    public static void Record(string key, string line)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var lines = File.Exists(FilePath) ? File.ReadAllLines(FilePath).ToList() : [];
            lines.RemoveAll(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            lines.Add($"{key}: {line}");
            lines.Sort(StringComparer.Ordinal);
            File.WriteAllLines(FilePath, lines);
        }
    }
}
