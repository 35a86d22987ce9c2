using System.Text.RegularExpressions;

namespace BuildActors;

/// <summary>One generic agent phrase (<c>POLICE</c>, <c>PROTESTERS</c>) and its CAMEO sector code (<c>~COP</c>).</summary>
internal sealed record AgentRecord(string Phrase, string Code);

/// <summary>
/// Reads PETRARCH2's agents file: <c>PHRASE {PLURALS} [~CODE]</c> lines, where <c>{}</c> asks for the regular
/// plural, and macros (<c>!PERSON! = MAN, MEN, ...</c>) that expand wherever they appear.
/// </summary>
internal static partial class PetrarchAgents
{
    public static List<AgentRecord> Read(string path)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var agents = new List<AgentRecord>();
        foreach (var raw in File.ReadLines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            var macro = MacroDefinition().Match(line);
            if (macro.Success)
            {
                macros[macro.Groups[1].Value] = [.. macro.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                continue;
            }

            var entry = Entry().Match(line);
            if (!entry.Success)
            {
                continue;
            }

            var code = entry.Groups[3].Value.Trim();
            var phrase = entry.Groups[1].Value.Trim();
            var forms = new List<string> { phrase };
            if (entry.Groups[2].Success)
            {
                var plurals = entry.Groups[2].Value.Trim();
                forms.AddRange(plurals.Length == 0 ? [phrase + "S"] : plurals.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            foreach (var form in forms.SelectMany(f => Expand(f, macros)))
            {
                agents.Add(new AgentRecord(form, code));
            }
        }

        return agents;
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> macros)
    {
        var m = MacroUse().Match(phrase);
        if (!m.Success || !macros.TryGetValue(m.Value, out var values))
        {
            return m.Success ? [] : [phrase];
        }

        // PETRARCH writes `!MINIST! OF_X` with a space for the word break and `CATTLE!PERSON!` without one.
        return values.SelectMany(v => Expand(phrase[..m.Index] + v + phrase[(m.Index + m.Length)..], macros));
    }

    [GeneratedRegex(@"^(![A-Z]+!)\s*=\s*(.+)$")]
    private static partial Regex MacroDefinition();

    [GeneratedRegex(@"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[(~[A-Z]+)\]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"![A-Z]+!")]
    private static partial Regex MacroUse();
}
