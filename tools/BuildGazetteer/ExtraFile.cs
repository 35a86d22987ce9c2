namespace BuildGazetteer;

/// <summary>Reads the small hand-written TSV files kept beside the gazetteer (comments start with #).</summary>
internal static class ExtraFile
{
    public static List<string[]> Read(string path) =>
        File.Exists(path)
            ? [.. File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))]
            : [];
}
