using System.Diagnostics;
using System.Globalization;
using Chronicle.Recognizers.Quantities;

// Throughput of the quantity recogniser alone on real news text (no BenchmarkDotNet: a plain timed loop).
// Usage: dotnet run -c Release -- [CORPUS_DIR] [--show] [--rounds N] | --text "some text"
//   --show prints every quantity found, one per line, for reviewing the rules by eye.
var textIndex = Array.IndexOf(args, "--text");
if (textIndex >= 0)
{
    var sample = args[textIndex + 1];
    foreach (var q in new QuantityRecognizer().Recognize(sample))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{q.Span} '{q.Span.Of(sample)}' | {q.Value} [{q.Low}..{q.High}] {q.Qualifier} unit={q.Unit}"));
    }

    return;
}

var roundsIndex = Array.IndexOf(args, "--rounds");
var rounds = roundsIndex >= 0 ? int.Parse(args[roundsIndex + 1], CultureInfo.InvariantCulture) : 5;
var directory = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && i != roundsIndex + 1).FirstOrDefault() ?? FindCorpus();
var show = args.Contains("--show");
var texts = Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
    .Select(File.ReadAllText).ToArray();
var words = texts.Sum(CountWords) * 5L; // each round reads the corpus five times, for a steadier clock
var recognizer = new QuantityRecognizer();

if (show)
{
    foreach (var text in texts)
    {
        foreach (var q in recognizer.Recognize(text))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{q.Span.Of(text).ReplaceLineEndings(" "),-60} | {q.Value} [{q.Low}..{q.High}] {q.Qualifier} unit={q.Unit}"));
        }
    }

    return;
}

var found = 0;
foreach (var text in texts)
{
    found += recognizer.Recognize(text).Length; // warm-up
}

// The machine is shared: CPU time of this process says more than wall time when other work competes for the cores.
var best = double.MaxValue;
var bestCpu = double.MaxValue;
using var process = Process.GetCurrentProcess();
for (var round = 0; round < rounds; round++)
{
    process.Refresh();
    var cpuStarted = process.TotalProcessorTime;
    var started = Stopwatch.GetTimestamp();
    for (var repeat = 0; repeat < 5; repeat++)
    {
        foreach (var text in texts)
        {
            recognizer.Recognize(text);
        }
    }

    best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalSeconds);
    process.Refresh();
    bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuStarted).TotalSeconds);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{texts.Length} files x 5, {words:N0} words, {found:N0} quantities; best of {rounds}: wall {best * 1000:F1} ms = {words / best / 1e6:F2} M words/s, cpu {bestCpu * 1000:F1} ms = {words / bestCpu / 1e6:F2} M words/s"));

static int CountWords(string text)
{
    var count = 0;
    var inWord = false;
    foreach (var c in text)
    {
        var letterOrDigit = char.IsLetterOrDigit(c);
        count += letterOrDigit && !inWord ? 1 : 0;
        inWord = letterOrDigit;
    }

    return count;
}

static string FindCorpus()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
    {
        directory = directory.Parent;
    }

    return Path.Combine(directory?.FullName ?? ".", "..", "shared", "corpora", "news", "bbc", "news");
}
