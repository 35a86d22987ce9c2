using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chronicle;

namespace TrainConfidence;

/// <summary>
/// One event read by hand: the article (relative to the shared directory), the trigger span and type, a short hash of
/// the canonical names of its sources and of its targets (so the file holds no article text), and whether it was right.
/// </summary>
internal sealed record ConfidenceLabel(string Set, string Article, int Start, int End, string Type, string Sources, string Targets, bool Right)
{
    private const string Header = "set\tarticle\ttrigger_start\ttrigger_end\ttype\tsources\ttargets\tright";

    public bool Matches(CodedEvent e) =>
        e.Trigger.Start == Start && e.Trigger.End == End && string.Equals(e.Type.ToString(), Type, StringComparison.OrdinalIgnoreCase)
        && Hash(e.Actors.Where(a => a.Role == ActorRole.Source).Select(a => a.Canonical)) == Sources
        && Hash(e.Actors.Where(a => a.Role == ActorRole.Target).Select(a => a.Canonical)) == Targets;

    /// <summary>The first 8 hex digits of the SHA-256 of the names, sorted and joined by '|'; "-" for none.</summary>
    public static string Hash(IEnumerable<string> canonicals)
    {
        var names = canonicals.Order(StringComparer.Ordinal).ToArray();
        return names.Length == 0 ? "-" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', names))))[..8];
    }

    /// <summary>Reads the lead's reading: one JSON object per line with set, article, right and the event as emitted.</summary>
    public static List<ConfidenceLabel> FromReading(string path)
    {
        var labels = new List<ConfidenceLabel>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var e = root.GetProperty("event");
            var trigger = e.GetProperty("trigger");
            var actors = e.GetProperty("actors").EnumerateArray().ToList();
            IEnumerable<string> Of(string role) =>
                actors.Where(a => a.GetProperty("role").GetString() == role).Select(a => a.GetProperty("canonical").GetString() ?? "");
            labels.Add(new ConfidenceLabel(root.GetProperty("set").GetString()!, root.GetProperty("article").GetString()!,
                trigger.GetProperty("start").GetInt32(), trigger.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!,
                Hash(Of("source")), Hash(Of("target")), root.GetProperty("right").GetInt32() == 1));
        }

        return labels;
    }

    public static void Write(string path, IEnumerable<ConfidenceLabel> labels)
    {
        var c = CultureInfo.InvariantCulture;
        File.WriteAllLines(path, [Header, .. labels.Select(l => string.Join('\t', l.Set, l.Article, l.Start.ToString(c), l.End.ToString(c), l.Type, l.Sources, l.Targets, l.Right ? "1" : "0"))]);
    }

    public static List<ConfidenceLabel> Read(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => new ConfidenceLabel(
            f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), f[4], f[5], f[6], f[7] == "1"))];
}
