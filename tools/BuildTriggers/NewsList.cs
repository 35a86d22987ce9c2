namespace BuildTriggers;

/// <summary>Reads the hand-written list <c>data/events/triggers-news.tsv</c>.</summary>
internal static class NewsList
{
    public static IEnumerable<TriggerEntry> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            var flags = f[4].Split(',').Where(x => !x.StartsWith("forms=", StringComparison.Ordinal)).ToArray();
            var forms = f[4].Split(',').Where(x => x.StartsWith("forms=", StringComparison.Ordinal))
                .SelectMany(x => x["forms=".Length..].Split('|')).ToArray();
            yield return new TriggerEntry(f[0], f[1], f[2], f[3], flags.Length == 0 ? "-" : string.Join(',', flags), "news", forms);
        }
    }
}
