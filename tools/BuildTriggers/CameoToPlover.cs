namespace BuildTriggers;

/// <summary>CAMEO codes to PLOVER type and mode, from CAMEO2PLOVER-2021.txt (<c>041: CONSULT, phone, # ...</c>).</summary>
internal sealed class CameoToPlover
{
    private readonly Dictionary<string, (string Type, string Mode)> codes = new(StringComparer.Ordinal);

    public static CameoToPlover Load(string path)
    {
        var map = new CameoToPlover();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line[..colon].All(char.IsAsciiDigit))
            {
                continue;
            }

            var fields = line[(colon + 1)..].Split(',');
            var type = fields[0].Trim();
            if (type.Length == 0)
            {
                continue;
            }

            var mode = fields.Length > 1 ? fields[1].Trim() : "";
            // Two-digit heads repeat (08 is CONCEDE then RETREAT): the first one stands for the root.
            map.codes.TryAdd(line[..colon], (type, mode.Length == 0 ? "-" : mode));
        }

        return map;
    }

    /// <summary>The PLOVER type and mode of a CAMEO code, by the longest known prefix; null when CAMEO's root has none.</summary>
    public (string Type, string Mode)? Find(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (codes.TryGetValue(code[..length], out var found))
            {
                return found;
            }
        }

        return null;
    }
}
