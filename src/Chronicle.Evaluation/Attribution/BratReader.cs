using System.Globalization;

namespace Chronicle.Evaluation.Attribution;

/// <summary>
/// Reads PolNeAR's BRAT standoff: <c>T</c> lines give typed spans (<c>T1\tSource 10 20;25 30\ttext</c>) and
/// <c>E</c> lines tie a Source, Cue and Content to an Attribution. Offsets count Unicode code points (the
/// annotation tool is Python); they are turned into UTF-16 offsets of the text.
/// </summary>
public static class BratReader
{
    /// <summary>Reads the attributions of one <c>.ann</c> file for <paramref name="text"/>.</summary>
    public static IReadOnlyList<GoldAttribution> Parse(string ann, string text)
    {
        ArgumentNullException.ThrowIfNull(ann);
        ArgumentNullException.ThrowIfNull(text);
        var units = CodePointToUtf16(text);
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var result = new List<GoldAttribution>();
        var lines = ann.Split('\n');
        foreach (var raw in lines)
        {
            var parts = raw.TrimEnd('\r').Split('\t');
            if (parts.Length >= 2 && parts[0].StartsWith('T'))
            {
                var typeAndOffsets = parts[1];
                var space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && TryHull(typeAndOffsets[(space + 1)..], units, out var span))
                {
                    spans[parts[0]] = span;
                }
            }
        }
        foreach (var raw in lines)
        {
            var parts = raw.TrimEnd('\r').Split('\t');
            if (parts.Length < 2 || !parts[0].StartsWith('E'))
            {
                continue;
            }
            TextSpan? source = null, cue = null, content = null;
            foreach (var arg in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var s))
                {
                    continue;
                }
                switch (arg[..colon])
                {
                    case "Source": source = s; break;
                    case "Cue": cue = s; break;
                    case "Content": content = s; break;
                    default: break;
                }
            }
            result.Add(new GoldAttribution(source, cue, content));
        }
        return result;
    }

    private static bool TryHull(string offsets, int[] units, out TextSpan span)
    {
        span = default;
        int start = int.MaxValue, end = -1;
        foreach (var piece in offsets.Split(';'))
        {
            var ab = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ab.Length != 2
                || !int.TryParse(ab[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                || !int.TryParse(ab[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                || b < a || b >= units.Length)
            {
                return false;
            }
            start = Math.Min(start, units[a]);
            end = Math.Max(end, units[b]);
        }
        if (end < 0)
        {
            return false;
        }
        span = new TextSpan(start, end);
        return true;
    }

    // units[i] = UTF-16 offset of code point i; one extra entry for the end.
    private static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        map.Add(text.Length);
        return [.. map];
    }
}
