using System.Text.Json;

namespace Chronicle.Evaluation.Events;

/// <summary>
/// Scores extracted articles against a gold folder of the seeds' form (one <c>ARTICLE.json</c> per article with its
/// <c>doc</c> file name, and an optional <c>corpus.json</c> of cross-document links), printing what
/// <c>score_articles.py GOLD_DIR OUTPUT.jsonl</c> prints.
/// </summary>
public static class GoldFolderEvaluation
{
    /// <summary>Whether <paramref name="path"/> is such a folder: a directory holding gold JSON files with a <c>doc</c> field.</summary>
    public static bool IsGoldFolder(string path) => Directory.Exists(path) && GoldFiles(path).Any();

    /// <summary>The article file names the gold files name, in the script's order.</summary>
    public static IReadOnlyList<string> Documents(string goldDirectory) =>
        GoldFiles(goldDirectory).Select(f => Py.Str(Py.Get(Read(f), "doc"))).ToList();

    /// <summary>Where an article named by the gold is: beside the gold, or in the folder of the same name under the
    /// gold's grandparent (<c>gold/seeds</c> → <c>seeds</c>), or in <paramref name="articles"/> when given.</summary>
    public static string? FindArticle(string goldDirectory, string doc, string? articles)
    {
        var gold = Path.GetFullPath(goldDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var grandparent = Path.GetDirectoryName(Path.GetDirectoryName(gold));
        var candidates = new[]
        {
            articles, gold, Path.GetDirectoryName(gold), grandparent is null ? null : Path.Combine(grandparent, Path.GetFileName(gold)),
        };
        return candidates.OfType<string>().Select(c => Path.Combine(c, doc)).FirstOrDefault(File.Exists);
    }

    /// <summary>Scores the articles (each the contract's JSON, keyed by the file name of its <c>source</c>) and prints the table.</summary>
    public static ScoreRows Run(string goldDirectory, IReadOnlyDictionary<string, JsonElement> articles, TextWriter output, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var score = new ScoreRows();
        var goldEvents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in GoldFiles(goldDirectory))
        {
            var gold = Read(file);
            foreach (var g in Py.List(Py.Get(gold, "events")))
            {
                goldEvents[$"{Py.Str(Py.Get(gold, "doc"))}#{Py.Str(Py.Get(g, "id"))}"] = g;
            }

            if (!articles.TryGetValue(Py.Str(Py.Get(gold, "doc")), out var doc))
            {
                score.Add("documents", false, $"{Py.Str(Py.Get(gold, "doc"))} missing from output");
                continue;
            }

            score.Add("documents", true, string.Empty);
            ArticleScorer.ScoreDocument(gold, doc, score);
        }

        var corpus = Path.Combine(goldDirectory, "corpus.json");
        if (File.Exists(corpus))
        {
            ArticleScorer.ScoreCorpus(Read(corpus), articles, goldEvents, score);
        }

        score.Print(output, verbose);
        return score;
    }

    /// <summary>Articles from JSON Lines output, keyed by the file name of their <c>source</c> as the script keys them.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ReadJsonLines(IEnumerable<string> lines)
    {
        var articles = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var article = JsonDocument.Parse(line).RootElement.Clone();
            articles[Path.GetFileName(Py.Get(article, "source") is { } source ? Py.Str(source) : string.Empty)] = article;
        }

        return articles;
    }

    private static IEnumerable<string> GoldFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.json")
            .Where(f => Path.GetFileName(f) != "corpus.json")
            .Order(StringComparer.Ordinal)
            .Where(f => Py.Get(Read(f), "doc") is not null);

    private static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
}
