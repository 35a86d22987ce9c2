using System.Globalization;

namespace Chronicle.Evaluation.Attribution;

/// <summary>
/// Runs a pipeline over a PolNeAR split and scores its <see cref="Annotations.Quotes"/>. An article annotated by
/// several annotators is scored against each and its counts averaged, so every article weighs the same.
/// </summary>
public static class AttributionEvaluation
{
    /// <summary>Analyses every article of <paramref name="directory"/>, prints the table, returns the figures.</summary>
    public static AttributionResult Run(string directory, Pipeline pipeline, TextWriter output, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(output);
        var articles = PolnearCorpus.Read(directory);
        var totals = AttributionScorer.RowNames.ToDictionary(r => r, _ => SpanCounts.Zero, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var analysis = pipeline.Run(new Document(article.Name, null, null, article.Text));
            var found = analysis.Annotations.Quotes
                .Select(q => new GoldAttribution(q.Speaker?.Span, q.Cue, q.Content))
                .ToList();
            var weight = 1.0 / article.Annotations.Count;
            foreach (var gold in article.Annotations)
            {
                foreach (var (row, counts) in AttributionScorer.Score(gold, found))
                {
                    totals[row] = totals[row].Add(counts, weight);
                }
            }
            if (verbose)
            {
                PrintArticle(article, found, output);
            }
        }
        var result = new AttributionResult(articles.Count, totals);
        Print(result, output);
        return result;
    }

    /// <summary>Prints precision, recall and F1 for each row.</summary>
    public static void Print(AttributionResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"articles: {result.Articles}; scored against each annotator, an article's counts averaged over its annotators, then summed (micro F1)"));
        output.WriteLine("exact: same bounds; overlap: the overlap is at least half of the longer span; attribution: cue, content and source (or no source on both) overlap one found attribution");
        output.WriteLine(string.Create(c, $"{"",-16} {"gold",8} {"found",8} {"P",6} {"R",6} {"F1",6}"));
        foreach (var row in AttributionScorer.RowNames)
        {
            var s = result.Rows[row];
            output.WriteLine(string.Create(c, $"{row,-16} {s.Gold,8:0.0} {s.Found,8:0.0} {s.Precision,6:0.00} {s.Recall,6:0.00} {s.F1,6:0.00}"));
        }
    }

    private static void PrintArticle(AttributionArticle article, List<GoldAttribution> found, TextWriter output)
    {
        output.WriteLine("== " + article.Name);
        foreach (var g in article.Annotations[0])
        {
            output.WriteLine("  gold  " + Show(article.Text, g));
        }
        foreach (var f in found)
        {
            output.WriteLine("  found " + Show(article.Text, f));
        }
    }

    private static string Show(string text, GoldAttribution a)
    {
        static string Cut(string text, TextSpan? s)
        {
            if (s is not { } x)
            {
                return "-";
            }
            var t = text[x.Start..x.End].Replace('\n', ' ');
            return t.Length > 70 ? string.Concat(t.AsSpan(0, 33), " ... ", t.AsSpan(t.Length - 33)) : t;
        }
        return $"[{Cut(text, a.Source)}] <{Cut(text, a.Cue)}> {{{Cut(text, a.Content)}}}";
    }
}
