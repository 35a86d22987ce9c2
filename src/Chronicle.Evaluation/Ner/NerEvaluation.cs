using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Recognizers.Names;

namespace Chronicle.Evaluation.Ner;

/// <summary>
/// Measures a <see cref="NameModel"/>, followed by the names stage's <see cref="NameConsistency"/> pass over each
/// document, on a CoNLL-2003 file and prints a conlleval-style table.
/// </summary>
public static class NerEvaluation
{
    /// <summary>Tags every document of <paramref name="conllFile"/>, prints the table to <paramref name="output"/>, returns the figures.</summary>
    public static NerResult Run(string conllFile, NameModel model, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = Score(ConllReader.Read(conllFile), model);
        Print(result, output);
        return result;
    }

    /// <summary>Tags the documents and scores the names against their gold names.</summary>
    public static NerResult Score(IReadOnlyList<TrainingDocument> documents, NameModel model)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(model);
        var predictions = new IReadOnlyList<NameSpan>[documents.Count];
        // The names stage's own document pass runs after the tagger, as NameRecognizer runs it.
        var consistency = new NameConsistency(model.Features.Lexicon);
        // Best of two timed passes: the first also pays for JIT compilation and cold caches.
        // CPU time as well as wall time: on a shared machine the wall clock counts other processes' turns too.
        var seconds = double.MaxValue;
        var cpuSeconds = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < 2; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var d = 0; d < documents.Count; d++)
            {
                var tagged = model.Tag(documents[d].Text, documents[d].Tokens.AsSpan(), documents[d].Sentences.AsSpan());
                predictions[d] = consistency.Apply(documents[d].Text, documents[d].Tokens.AsSpan(), documents[d].Sentences.AsSpan(), tagged);
            }
            seconds = Math.Min(seconds, clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpuSeconds = Math.Min(cpuSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        var gold = new int[4];
        var found = new int[4];
        var correct = new int[4];
        int tokens = 0, sameTag = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var goldNames = documents[d].Names;
            var set = goldNames.ToHashSet();
            foreach (var g in goldNames)
            {
                gold[(int)g.Class]++;
            }
            foreach (var p in predictions[d])
            {
                found[(int)p.Class]++;
                correct[(int)p.Class] += set.Contains(p) ? 1 : 0;
            }
            var n = documents[d].Tokens.Length;
            var a = Iob1(goldNames, n);
            var b = Iob1(predictions[d], n);
            tokens += n;
            for (var i = 0; i < n; i++)
            {
                sameTag += a[i] == b[i] ? 1 : 0;
            }
        }
        var byClass = Enum.GetValues<NameClass>().ToImmutableSortedDictionary(c => c, c => new NerCounts(gold[(int)c], found[(int)c], correct[(int)c]));
        var overall = new NerCounts(gold.Sum(), found.Sum(), correct.Sum());
        return new NerResult(tokens, tokens == 0 ? 0 : 100.0 * sameTag / tokens, overall, byClass, tokens / Math.Max(seconds, 1e-9), tokens / Math.Max(cpuSeconds, 1e-9));
    }

    /// <summary>Prints the figures as conlleval does, plus the tagging speed.</summary>
    public static void Print(NerResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        var o = result.Overall;
        output.WriteLine(string.Format(c, "processed {0} tokens with {1} phrases; found: {2} phrases; correct: {3}.", result.Tokens, o.Gold, o.Found, o.Correct));
        output.WriteLine(string.Format(c, "accuracy: {0,6:F2}%; precision: {1,6:F2}%; recall: {2,6:F2}%; FB1: {3,6:F2}", result.Accuracy, o.Precision, o.Recall, o.F1));
        foreach (var (cls, k) in result.ByClass)
        {
            var name = cls.ToString().ToUpperInvariant();
            output.WriteLine(string.Format(c, "{0,17}: precision: {1,6:F2}%; recall: {2,6:F2}%; FB1: {3,6:F2}  {4}", name, k.Precision, k.Recall, k.F1, k.Found));
        }
        output.WriteLine(string.Format(c, "tagging speed: {0:N0} tokens/second wall clock, {1:N0} tokens per CPU-second (one thread, features included)", result.TokensPerSecond, result.TokensPerCpuSecond));
    }

    // IOB1 as a number per token: 0 outside, 1 + 2 × class inside, 2 + 2 × class a name starting right after another of its class.
    private static int[] Iob1(IEnumerable<NameSpan> names, int n)
    {
        var tags = new int[n];
        var ends = new Dictionary<int, NameClass>();
        foreach (var s in names.OrderBy(s => s.First))
        {
            var adjacent = ends.TryGetValue(s.First, out var c) && c == s.Class;
            for (var i = 0; i < s.Count; i++)
            {
                tags[s.First + i] = 1 + (2 * (int)s.Class) + (i == 0 && adjacent ? 1 : 0);
            }
            ends[s.First + s.Count] = s.Class;
        }
        return tags;
    }
}
