namespace Chronicle.Evaluation.Attribution;

/// <summary>
/// Reads a PolNeAR split: <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>, one file per annotator
/// who annotated the article.
/// </summary>
public static class PolnearCorpus
{
    /// <summary>The articles of <paramref name="directory"/> with an annotation, in name order.</summary>
    public static IReadOnlyList<AttributionArticle> Read(string directory)
    {
        var byName = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var ann in Directory.EnumerateFiles(Path.Combine(directory, "attributions"), "*.ann"))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            var cut = stem.LastIndexOf('_');
            var name = cut > 0 ? stem[..cut] : stem;
            if (!byName.TryGetValue(name, out var list))
            {
                byName[name] = list = [];
            }
            list.Add(ann);
        }
        var articles = new List<AttributionArticle>(byName.Count);
        foreach (var (name, anns) in byName)
        {
            var textFile = Path.Combine(directory, "text", name + ".txt");
            if (!File.Exists(textFile))
            {
                continue;
            }
            var text = File.ReadAllText(textFile);
            anns.Sort(StringComparer.Ordinal);
            articles.Add(new AttributionArticle(name, text, [.. anns.Select(a => BratReader.Parse(File.ReadAllText(a), text))]));
        }
        return articles;
    }
}
