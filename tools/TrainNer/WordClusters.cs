namespace Chronicle.Tools.TrainNer;

/// <summary>Distributional word clusters over the unlabelled news (filled in below).</summary>
internal static class WordClusters
{
    public static Dictionary<ulong, ushort> Build(List<string[]> sentences, int k, int seed)
    {
        _ = sentences;
        _ = k;
        _ = seed;
        return [];
    }
}
