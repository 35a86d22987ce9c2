using System.Globalization;
using System.Text;

namespace Chronicle.Reliability.Tests;

/// <summary>
/// News-like articles made up from a fixed seed (no real people or places), each unique by its number, long enough
/// that analysing a few hundred takes the command line a while, so kills land mid-run.
/// </summary>
internal static class InventedArticles
{
    private static readonly string[] Actors = ["Teachers", "Farmers", "Dock workers", "Students", "Nurses", "Taxi drivers", "Miners"];
    private static readonly string[] Places = ["Velmora", "Castrel", "Dunmore Bay", "Ostrava Nova", "Kelvingrad", "Port Amsel"];
    private static readonly string[] Acts =
    [
        "marched to the ministry to demand higher pay", "blocked the main road into the city", "held a rally outside parliament",
        "went on strike over pension cuts", "clashed with police near the central square", "met officials to discuss a new contract",
    ];

    public static string Text(int number, Random random, int sentences)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Report {number}: ");
        for (var i = 0; i < sentences; i++)
        {
            var people = random.Next(50, 20_000);
            text.Append(CultureInfo.InvariantCulture,
                $"{Pick(Actors, random)} {Pick(Acts, random)} in {Pick(Places, random)} on {(DayOfWeek)random.Next(7)}, officials said, and about {people:N0} people took part. ");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Writes <paramref name="count"/> text files, returning their paths (each file is one input).</summary>
    public static IReadOnlyList<string> WriteFiles(string directory, int count, int seed, int sentences)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"article-{seed}-{i:D4}.txt"));
            File.WriteAllText(path, $"date 2024-03-{1 + (i % 28):D2}\nProtest report {i}\n\n{Text(i, random, sentences)}\n");
            paths.Add(path);
        }

        return paths;
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
