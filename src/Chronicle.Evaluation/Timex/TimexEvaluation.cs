using System.Globalization;
using Chronicle.Recognizers.Times;

namespace Chronicle.Evaluation.Timex;

/// <summary>
/// Scores the time recogniser on a folder of TimeML files (TempEval-3's TimeBank, AQUAINT, platinum),
/// printing the TempEval-3 entity figures per subfolder and overall (see <see cref="TimexCounts"/>).
/// </summary>
public static class TimexEvaluation
{
    /// <summary>
    /// Runs <paramref name="recognizer"/> on every <c>.tml</c> file under <paramref name="directory"/>, each
    /// anchored on its own creation date, and prints the figures; with <paramref name="verbose"/>, also each
    /// file's figures and every missed, spurious or wrongly resolved expression.
    /// </summary>
    /// <returns>The overall counts.</returns>
    public static TimexCounts Run(string directory, TimeRecognizer recognizer, bool verbose, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(output);
        var files = Directory.GetFiles(directory, "*.tml", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var perFolder = new SortedDictionary<string, TimexCounts>(StringComparer.Ordinal);
        var total = default(TimexCounts);
        foreach (var file in files)
        {
            var document = TimeMlReader.Read(file);
            var found = recognizer.Find(document.Text, document.Published);
            var counts = TimexScorer.Score(document.Gold, found);
            var folder = Path.GetRelativePath(directory, Path.GetDirectoryName(file)!);
            perFolder[folder] = perFolder.GetValueOrDefault(folder) + counts;
            total += counts;
            if (verbose)
            {
                output.WriteLine($"{document.Name,-28} {counts.Format()}");
                TimexDiff.Write(document, found, output);
            }
        }

        foreach (var (folder, counts) in perFolder)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder,-12} {counts.Format()}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"overall",-12} {total.Format()}"));
        return total;
    }
}
