using System.Net;
using System.Text.RegularExpressions;

namespace BuildClusters;

/// <summary>The raw texts the clusters learn from: BBC news, Reuters-21578 bodies and PolNeAR train texts (never dev).</summary>
internal static partial class RawNews
{
    public static IEnumerable<string> Read(string shared)
    {
        var corpora = Path.Combine(shared, "corpora");
        foreach (var file in Sorted(Directory.EnumerateFiles(Path.Combine(corpora, "news", "bbc", "news"), "*.txt", SearchOption.AllDirectories)))
        {
            yield return File.ReadAllText(file);
        }
        foreach (var file in Sorted(Directory.EnumerateFiles(Path.Combine(corpora, "news", "reuters21578"), "reut2-*.sgm")))
        {
            // The SGML files are Latin-1; the bodies escape markup characters as entities.
            var sgml = File.ReadAllText(file, System.Text.Encoding.Latin1);
            foreach (Match m in Body().Matches(sgml))
            {
                yield return WebUtility.HtmlDecode(m.Groups[1].Value);
            }
        }
        foreach (var file in Sorted(Directory.EnumerateFiles(Path.Combine(corpora, "polnear", "train", "text"), "*.txt")))
        {
            yield return File.ReadAllText(file);
        }
    }

    private static string[] Sorted(IEnumerable<string> files) => [.. files.Order(StringComparer.Ordinal)];

    [GeneratedRegex("<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex Body();
}
