namespace Chronicle.Evaluation.Timex;

/// <summary>Prints where found expressions and gold ones disagree, for error analysis.</summary>
internal static class TimexDiff
{
    public static void Write(TimeMlDocument document, IReadOnlyList<TimeMention> found, TextWriter output)
    {
        var text = document.Text;
        foreach (var g in document.Gold)
        {
            var f = found.FirstOrDefault(x => x.Span.Overlaps(g.Span));
            if (f is null)
            {
                output.WriteLine($"  MISS  {Show(text, g)}  | {Context(text, g.Span)}");
            }
            else if (f.Span != g.Span || f.Value != g.Value || f.Type != g.Type)
            {
                output.WriteLine($"  DIFF  {Show(text, g)}  got {Show(text, f)}  | {Context(text, g.Span)}");
            }
        }

        foreach (var f in found.Where(f => !document.Gold.Any(g => g.Span.Overlaps(f.Span))))
        {
            output.WriteLine($"  FALSE {Show(text, f)}  | {Context(text, f.Span)}");
        }
    }

    private static string Show(string text, TimeMention m) => $"\"{m.Span.Of(text)}\" {m.Type} {m.Value}";

    private static string Context(string text, TextSpan span)
    {
        var start = Math.Max(0, span.Start - 50);
        var end = Math.Min(text.Length, span.End + 50);
        return text[start..end].Replace('\n', ' ');
    }
}
