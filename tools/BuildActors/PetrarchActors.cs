using System.Text.RegularExpressions;

namespace BuildActors;

/// <summary>One actor of a PETRARCH dictionary: its primary name, its other names and its dated codes.</summary>
internal sealed record ActorRecord(string Primary, List<string> Aliases, List<string> Codes);

/// <summary>
/// Reads PETRARCH2's TABARI-style actor files: a primary name line (words joined by <c>_</c>, an optional
/// inline <c>[CODE date]</c>, an optional <c># comment</c>), <c>+ALIAS</c> lines, and tab-indented
/// <c>[CODE date-range]</c> lines. A primary line with no code of its own that directly follows an entry with
/// no blank line between is PETRARCH's way of adding a synonym (<c>UN_ [IGOUNO]</c> then <c>U.N._</c>).
/// </summary>
internal static partial class PetrarchActors
{
    public static List<ActorRecord> Read(string path)
    {
        var records = new List<ActorRecord>();
        ActorRecord? current = null;
        var previousBlank = true;
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
            if (char.IsWhiteSpace(raw[0]))
            {
                current?.Codes.AddRange(codes);
            }
            else if (name.StartsWith('+'))
            {
                current?.Aliases.Add(name[1..]);
                current?.Codes.AddRange(codes);
            }
            else if (current is not null && !previousBlank && codes.Count == 0 && current.Aliases.Count == 0 && current.Codes.Count > 0)
            {
                current.Aliases.Add(name);
            }
            else
            {
                current = new ActorRecord(name, [], codes);
                records.Add(current);
            }

            previousBlank = false;
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
