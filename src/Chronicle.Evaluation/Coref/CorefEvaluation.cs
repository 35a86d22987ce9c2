using System.Globalization;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Evaluation.Coref;

/// <summary>
/// Cross-document event coreference on ECB+ with gold mentions, scored as in Cybulska and Vossen (2014) and
/// Barhom et al. (2019): the mentions of each topic are resolved together, singletons count, and one key and one
/// response over all topics of the split are scored with MUC, B³ and CEAF-e. Each system runs twice: on whole
/// topics (the headline: the model first splits each topic into predicted stories by document similarity, as Barhom
/// et al. do with their document clustering, so no gold sub-topic is used), and pre-clustered by gold sub-topic (the
/// ECB and the ECB+ documents of a topic apart, the setting many papers report).
/// </summary>
public static class CorefEvaluation
{
    /// <summary>Evaluates on the dev topics (and, when <paramref name="withTrain"/>, the train topics) and prints a table.</summary>
    /// <param name="directory">The ECB+ folder.</param>
    /// <param name="model">The pairwise model.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="withTrain">Also score the train topics.</param>
    /// <param name="predicted">
    /// When given, the model is scored a second time with the arguments (names, times, places) Chronicle finds in each
    /// sentence instead of the gold ones: the rows marked <c>our args</c>.
    /// </param>
    public static IReadOnlyList<CorefRow> Run(string directory, CorefModel model, TextWriter output, bool withTrain, PredictedArguments? predicted = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var corpus = EcbPlusCorpus.Read(directory);
        var ours = predicted is null ? null : corpus with { Arguments = predicted };
        var lemmatizer = new EnglishLemmatizer();
        var resolver = new EventCoreference(model, lemmatizer);
        var words = corpus.Words;
        var rows = new List<CorefRow>();
        var splits = new List<(string, IReadOnlyList<int>)> { ("dev", [.. EcbPlusCorpus.DevTopics.Order()]) };
        if (withTrain)
        {
            splits.Add(("train", corpus.TrainTopics));
        }
        foreach (var (split, topics) in splits)
        {
            var blocks = corpus.Blocks(topics, bySubtopic: false);
            var vectors = new TermVectors(blocks.SelectMany(b => b.Mentions.Select(m => m.Document)).Distinct().Select(d => words[d]), lemmatizer);
            var subtopics = blocks.SelectMany(b => SplitBySubtopic(b, corpus)).ToList();
            var total = blocks.Sum(b => b.Mentions.Count);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split}: topics {string.Join(",", topics)}; {total} event mentions, {blocks.Sum(b => b.Chains.Distinct().Count())} gold chains"));
            output.WriteLine("  topic: whole topics, gold mentions, singletons scored (the model splits topics into predicted stories itself);");
            output.WriteLine("  subtopic: gold sub-topics given (document clustering from gold). CoNLL F1 = mean of MUC, B3, CEAF-e F1.");
            output.WriteLine("  Arguments (participants, times, places) are the gold ECB+ entity mentions of the sentence, except in the");
            output.WriteLine("  'our args' rows: the names, times and places Chronicle's own recognisers find there.");
            var ourBlocks = ours?.Blocks(topics, bySubtopic: false);
            foreach (var (name, blocking, ourBlocking) in new[]
            {
                ("topic", blocks, ourBlocks),
                ("subtopic", subtopics, ourBlocks?.SelectMany(b => SplitBySubtopic(b, corpus)).ToList()),
            })
            {
                rows.Add(Score(split, $"lemma baseline, {name}", blocking, b => LemmaBaseline.Cluster(b.Mentions, lemmatizer)));
                rows.Add(Score(split, $"pairwise model, {name}", blocking, b => resolver.Cluster(b.Mentions, words, vectors)));
                if (ourBlocking is not null)
                {
                    rows.Add(Score(split, $"pairwise model, {name}, our args", ourBlocking, b => resolver.Cluster(b.Mentions, words, vectors)));
                }
            }
        }
        Print(rows, output);
        return rows;
    }

    /// <summary>Scores the clusters a system gives each block against the gold chains.</summary>
    public static CorefRow Score(string split, string system, IReadOnlyList<CorefBlock> blocks, Func<CorefBlock, int[]> cluster)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(cluster);
        var key = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var response = new List<IReadOnlyCollection<int>>();
        var id = 0;
        foreach (var block in blocks)
        {
            var clusters = cluster(block);
            var byCluster = new Dictionary<int, List<int>>();
            for (var i = 0; i < clusters.Length; i++, id++)
            {
                (key.TryGetValue(block.Chains[i], out var chain) ? chain : key[block.Chains[i]] = []).Add(id);
                (byCluster.TryGetValue(clusters[i], out var members) ? members : byCluster[clusters[i]] = []).Add(id);
            }
            response.AddRange(byCluster.Values);
        }
        var scores = CorefMetrics.Score([.. key.Values], response);
        return new CorefRow(split, system, id, key.Count, response.Count, scores);
    }

    /// <summary>Prints one line per row.</summary>
    public static void Print(IEnumerable<CorefRow> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"split",-6} {"system",-38} {"clusters",9} | {"MUC",-26} | {"B3",-26} | {"CEAF-e",-26} | CoNLL F1"));
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Split,-6} {r.System,-38} {r.ResponseClusters,4}/{r.KeyClusters,-4} | {r.Scores.Muc} | {r.Scores.BCubed} | {r.Scores.CeafE} | {r.Scores.ConllF1 * 100:0.00}"));
        }
    }

    private static IEnumerable<CorefBlock> SplitBySubtopic(CorefBlock block, EcbPlusCorpus corpus) =>
        Enumerable.Range(0, block.Mentions.Count)
            .GroupBy(i => corpus.Documents[block.Mentions[i].Document].IsPlus)
            .OrderBy(g => g.Key)
            .Select(g => new CorefBlock(
                block.Name + (g.Key ? "plus" : "ecb"),
                [.. g.Select(i => block.Mentions[i])],
                [.. g.Select(i => block.Chains[i])]));
}
