using System.Collections.Immutable;
using System.Diagnostics;
using Chronicle;
using Chronicle.Text;
using Chronicle.Text.Pos;

// Single-thread throughput of the text stack on a folder of news articles (.txt, recursively).
// Usage: Chronicle.Benchmarks.Text NEWS_DIR MODEL_FILE [ROUNDS]
//        Chronicle.Benchmarks.Text --show FILE MODEL_FILE   (prints each sentence as word/TAG, to eyeball)
if (args.Length == 3 && args[0] == "--show")
{
    var shown = File.ReadAllText(args[1]);
    var document = new Document(args[1], null, null, shown);
    var analysis = Pipeline.Of(new TokenizerStage(), new PosTaggerStage(PosModel.Load(args[2]))).Run(document).Annotations;
    foreach (var sentence in analysis.Sentences)
    {
        Console.WriteLine(string.Join(' ', Enumerable.Range(sentence.FirstToken, sentence.TokenCount)
            .Select(i => $"{analysis.Tokens[i].Span.Of(shown)}/{analysis.PosTags[i]}")));
    }

    return 0;
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Chronicle.Benchmarks.Text NEWS_DIR MODEL_FILE [ROUNDS]");
    return 2;
}

var texts = Directory.GetFiles(args[0], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
var model = PosModel.Load(args[1]);
var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
Console.WriteLine(FormattableString.Invariant($"{texts.Length} files, {texts.Sum(t => (long)t.Length):N0} chars, {words:N0} whitespace-separated words"));

var tokenizer = new Tokenizer();
var splitter = new SentenceSplitter();
var sentences = ImmutableArray.CreateBuilder<Sentence>(1 << 12);
var tags = new byte[1 << 16];

Measure("tokens+sentences", () =>
{
    long count = 0;
    foreach (var text in texts)
    {
        var tokens = tokenizer.Tokenize(text);
        sentences.Clear();
        splitter.Split(text, tokens.AsSpan(), sentences);
        count += tokens.Length;
    }

    return count;
});

// Tokens and sentences once, so that the POS figure is the tagger alone.
var tokenized = texts.Select(t => new TokenizerStage().Run(new Document("bench", null, null, t), Annotations.Empty)).ToArray();
Measure("pos", () =>
{
    long count = 0;
    for (var d = 0; d < texts.Length; d++)
    {
        var found = tokenized[d];
        foreach (var sentence in found.Sentences)
        {
            model.Tag(texts[d], found.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), tags);
        }

        count += found.Tokens.Length;
    }

    return count;
});

var pipeline = Pipeline.Of(new TokenizerStage(), new PosTaggerStage(model));
var documents = texts.Select(t => new Document("bench", null, null, t)).ToArray();
Measure("pipeline tokens+sentences+pos", () => documents.Sum(d => (long)pipeline.Run(d).Annotations.Tokens.Length));
return 0;

void Measure(string name, Func<long> run)
{
    run();
    var best = double.MaxValue;
    var bestCpu = double.MaxValue;
    long tokenCount = 0;
    long allocated = 0;
    using var process = Process.GetCurrentProcess();
    for (var r = 0; r < rounds; r++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        tokenCount = run();
        best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
        process.Refresh();
        bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // On a shared machine wall time includes waiting for a core; CPU time says what the code costs.
    Console.WriteLine(FormattableString.Invariant(
        $"{name}: {words / best:N0} words/s wall, {words / bestCpu:N0} words/s CPU, {tokenCount / bestCpu:N0} tokens/s CPU (best of {rounds}: {best * 1000:N0} ms wall, {bestCpu * 1000:N0} ms CPU, {allocated / (double)tokenCount:N1} bytes allocated per token)"));
}
