using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using BuildClusters;
using Chronicle.Text;

// Learns word classes from unlabelled news (BBC, Reuters-21578 bodies, PolNeAR train texts) with the exchange
// algorithm and writes data/clusters/clusters.tsv.gz: word, class, coarse class (both learned the same way).
// Usage: BuildClusters --shared ../shared --out data/clusters [--classes 512] [--coarse 64] [--min-count 3] [--passes 6]
var shared = Option("--shared", "../shared");
var output = Option("--out", "data/clusters");
var classes = int.Parse(Option("--classes", "512"), CultureInfo.InvariantCulture);
var coarse = int.Parse(Option("--coarse", "64"), CultureInfo.InvariantCulture);
var minCount = int.Parse(Option("--min-count", "3"), CultureInfo.InvariantCulture);
var passes = int.Parse(Option("--passes", "6"), CultureInfo.InvariantCulture);
var clock = Stopwatch.StartNew();

const string Boundary = "<s>", Unknown = "<unk>";
var tokenizer = new Tokenizer();
var documents = new List<string[]>();
var counts = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var text in RawNews.Read(shared))
{
    var tokens = tokenizer.Tokenize(text);
    var words = new string[tokens.Length];
    for (var i = 0; i < tokens.Length; i++)
    {
        words[i] = text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length).ToString().ToLowerInvariant();
        counts[words[i]] = counts.GetValueOrDefault(words[i]) + 1;
    }
    documents.Add(words);
}
var kept = counts.Where(p => p.Value >= minCount).ToList();
var unknown = counts.Where(p => p.Value < minCount).Sum(p => p.Value);
kept.Add(new(Boundary, documents.Count + 1));
kept.Add(new(Unknown, unknown));
var vocabulary = kept.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
var id = new Dictionary<string, int>(StringComparer.Ordinal);
for (var i = 0; i < vocabulary.Length; i++)
{
    id[vocabulary[i].Key] = i;
}
var stream = new List<int> { id[Boundary] };
foreach (var words in documents)
{
    foreach (var w in words)
    {
        stream.Add(id.TryGetValue(w, out var i) ? i : id[Unknown]);
    }
    stream.Add(id[Boundary]);
}
Console.WriteLine(FormattableString.Invariant(
    $"{documents.Count} documents, {stream.Count - documents.Count - 1} tokens, {vocabulary.Length - 2} words seen >= {minCount} times ({clock.Elapsed.TotalSeconds:F0} s)"));

var bigrams = new ClassBigrams(vocabulary.Length, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stream));
var fine = Cluster(bigrams, classes);
var rough = Cluster(bigrams, coarse);

Directory.CreateDirectory(output);
var path = Path.Combine(output, "clusters.tsv.gz");
var lines = new StringBuilder();
foreach (var i in Enumerable.Range(0, vocabulary.Length).Where(i => vocabulary[i].Key is not (Boundary or Unknown)).OrderBy(i => fine[i]).ThenBy(i => i))
{
    lines.Append(vocabulary[i].Key).Append('\t')
        .Append(fine[i].ToString(CultureInfo.InvariantCulture)).Append('\t')
        .Append(rough[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
}
using (var file = File.Create(path))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
{
    gzip.Write(Encoding.UTF8.GetBytes(lines.ToString()));
}
Console.WriteLine(FormattableString.Invariant($"wrote {path} ({new FileInfo(path).Length} bytes, {clock.Elapsed.TotalSeconds:F0} s)"));
return 0;

int[] Cluster(ClassBigrams b, int k)
{
    var exchange = new ExchangeClustering(b, k);
    Console.WriteLine(FormattableString.Invariant($"K={k}: start {exchange.Objective():F0}"));
    for (var pass = 1; pass <= passes; pass++)
    {
        var moved = exchange.Pass();
        Console.WriteLine(FormattableString.Invariant(
            $"K={k}: pass {pass} moved {moved}, objective {exchange.Objective():F0} ({clock.Elapsed.TotalSeconds:F0} s)"));
        // A pass that moves under 0.5% of the words changes little that a tagger could use (the objective then gains under 0.001%).
        if (moved < b.Words / 200)
        {
            break;
        }
    }
    return exchange.Class;
}

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
