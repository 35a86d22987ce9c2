using System.Text.RegularExpressions;

namespace BuildActors;

/// <summary>One actor of a PETRARCH dictionary: its primary name, its other names and its dated codes.</summary>
internal sealed record ActorRecord(string Primary, List<string> Aliases, List<string> Codes);

/// <summary>
/// Reads PETRARCH2's TABARI-style actor files: a primary name line (words joined by <c>_</c>, an optional
/// inline <c>[CODE date]</c>, an optional <c># comment</c>), <c>+ALIAS</c> lines, and tab-indented
/// <c>[CODE date-range]</c> lines. A primary line with no code of its own is a synonym in two cases only, with no
/// blank line between: right after a primary line that carries its code inline (<c>UN_ [IGOUNO]</c> then
/// <c>U.N._</c>), and while the entry has no code yet (<c>IVO_JOSIPOVIC_</c>, <c>PRESIDENT_JOSIPOVIC_</c>, then the
/// indented codes both share, as PETRARCH reads them). After indented code lines a primary line always starts a new
/// entry: <c>TONY_BLAIR_</c>'s codes followed by <c>GORDON_BROWN_</c> are two people.
/// </summary>
internal static partial class PetrarchActors
{
    public static List<ActorRecord> Read(string path)
    {
        var records = new List<ActorRecord>();
        ActorRecord? current = null;
        var previousBlank = true;
        var previousWasInlinePrimary = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = StripComment(raw);
            if (line.Trim().Length == 0)
            {
                previousBlank = raw.Trim().Length == 0 || previousBlank;
                continue;
            }

            if (line.StartsWith('!'))
            {
                continue; // a macro such as !PERSON! belongs to the agents file
            }

            var codes = Codes().Matches(line).Select(m => m.Groups[1].Value.Trim()).ToList();
            var name = Codes().Replace(line, "").Trim();
            var inlinePrimary = false;
            if (char.IsWhiteSpace(raw[0]))
            {
                current?.Codes.AddRange(codes);
            }
            else if (name.StartsWith('+'))
            {
                current?.Aliases.Add(name[1..]);
                current?.Codes.AddRange(codes);
            }
            else if (current is not null && !previousBlank && codes.Count == 0
                && ((previousWasInlinePrimary && current.Aliases.Count == 0) || current.Codes.Count == 0))
            {
                current.Aliases.Add(name);
            }
            else
            {
                current = new ActorRecord(name, [], codes);
                records.Add(current);
                inlinePrimary = codes.Count > 0;
            }

            previousBlank = false;
            previousWasInlinePrimary = inlinePrimary;
        }

        return records;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Codes();
}
