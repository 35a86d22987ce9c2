using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>
/// The event triggers of <c>data/events/triggers.tsv</c> (built by <c>tools/BuildTriggers</c>), keyed by the
/// lower-case first word of each inflected form so a token is looked up once, without allocating.
/// </summary>
public sealed class TriggerLexicon
{
    private readonly FrozenDictionary<string, TriggerForm[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private TriggerLexicon(FrozenDictionary<string, TriggerForm[]> forms, string version)
    {
        lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = forms.Count;
        Version = version;
    }

    /// <summary>The number of distinct first words.</summary>
    public int Count { get; }

    /// <summary>The data version: the count of first words and the file's size.</summary>
    public string Version { get; }

    internal ReadOnlySpan<TriggerForm> Find(ReadOnlySpan<char> word) =>
        lookup.TryGetValue(word, out var forms) ? forms : [];

    /// <summary>Reads the trigger file.</summary>
    public static TriggerLexicon Load(string path) => Parse(File.ReadLines(path), "triggers-" + new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Reads trigger rows (<c>form, kind, type, mode, flags, origin</c>, tab-separated).</summary>
    public static TriggerLexicon Parse(IEnumerable<string> lines, string version)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var forms = new Dictionary<string, List<TriggerForm>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 6 || !Enum.TryParse<PloverType>(f[2], ignoreCase: true, out var type))
            {
                continue;
            }

            var words = f[0].Split(' ');
            var flags = TriggerFlags.None;
            string[] context = [];
            foreach (var flag in f[4].Split(','))
            {
                flags |= flag switch
                {
                    "people" => TriggerFlags.People,
                    "kill" => TriggerFlags.Kill,
                    "injure" => TriggerFlags.Injure,
                    "arrest" => TriggerFlags.Arrest,
                    "weapon" => TriggerFlags.Weapon,
                    "mutual" => TriggerFlags.Mutual,
                    _ => TriggerFlags.None,
                };
                if (flag.StartsWith("ctx=", StringComparison.Ordinal))
                {
                    context = flag[4..].Split('|');
                }
            }

            var form = new TriggerForm(words[1..], f[1] == "N", type, f[3] == "-" ? null : f[3], flags, context, f[5] == "news");
            if (!forms.TryGetValue(words[0], out var list))
            {
                forms[words[0]] = list = [];
            }

            list.Add(form);
        }

        // Longest forms first, so `open fire` wins over `open`; of two readings of one form, the one for crowds first, so
        // `protesters stormed parliament` is a riot and `gunmen stormed a hotel` falls through to an attack; and a reading
        // bound to the words around it before one that is not, so `retaliate against tariffs` is a sanction and `retaliate`
        // alone falls through to an attack.
        return new TriggerLexicon(
            forms.ToFrozenDictionary(
                p => p.Key,
                p => p.Value.OrderByDescending(x => x.Rest.Length).ThenBy(x => (x.Flags & TriggerFlags.People) != 0 ? 0 : 1)
                    .ThenBy(x => x.Context.Length > 0 ? 0 : 1).ToArray(),
                StringComparer.OrdinalIgnoreCase),
            version + "-" + forms.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
