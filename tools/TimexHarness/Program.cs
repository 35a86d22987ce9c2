using System.Diagnostics;
using System.Globalization;
using Chronicle.Evaluation.Timex;
using Chronicle.Recognizers.Times;

// Development harness for the time recogniser (not part of the chronicle CLI):
//   dotnet run --project tools/TimexHarness -c Release -- eval DIR [--verbose]
//   dotnet run --project tools/TimexHarness -c Release -- speed DIR   (words per second over *.txt under DIR)
//   dotnet run --project tools/TimexHarness -c Release -- find DATE|none   (each line of stdin: the times found in it)
var recognizer = new TimeRecognizer();
if (args.Length >= 2 && args[0] == "eval")
{
    TimexEvaluation.Run(args[1], recognizer, args.Contains("--verbose"), Console.Out);
    return 0;
}

if (args.Length >= 2 && args[0] == "speed")
{
    var texts = Directory.GetFiles(args[1], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    var words = texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    var date = new DateOnly(2005, 6, 1);
    var found = 0;
    foreach (var text in texts)
    {
        found += recognizer.Find(text, date).Length;
    }

    var best = double.MaxValue;
    for (var round = 0; round < 5; round++)
    {
        var watch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            recognizer.Find(text, date);
        }

        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{texts.Length} files, {words} words, {found} times; best of 5: {best * 1000:F1} ms = {words / best / 1e6:F2} M words/s ({best * 1e9 / words:F0} ns/word)"));
    return 0;
}

if (args.Length >= 2 && args[0] == "find")
{
    DateOnly? published = args[1] == "none" ? null : DateOnly.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
    while (Console.ReadLine() is { } line)
    {
        var times = recognizer.Find(line, published).Select(m => $"[{m.Span.Of(line)} | {m.Type} | {m.Value}]");
        Console.WriteLine($"{line}\n    {string.Join(' ', times)}");
    }

    return 0;
}

Console.Error.WriteLine("usage: TimexHarness eval DIR [--verbose] | speed DIR | find DATE|none");
return 2;
