namespace Chronicle.Events.Coding;

/// <summary>Reads the tab-separated tables of <c>data/mappings</c>: comment lines start with <c>#</c>.</summary>
internal static class MappingTable
{
    public static IEnumerable<string[]> Rows(string path, int columns)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new InvalidDataException($"{path}:{number}: {fields.Length} columns, expected {columns}.");
            }

            yield return fields;
        }
    }

    /// <summary>Whether one of the stems begins a word of <paramref name="text"/> (case-insensitive).</summary>
    public static bool StartsAWord(ReadOnlySpan<char> text, IReadOnlyList<string> stems)
    {
        foreach (var stem in stems)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text[from..].IndexOf(stem, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                if (at == 0 || !char.IsLetter(text[at - 1]))
                {
                    return true;
                }

                from = at + 1;
            }
        }

        return false;
    }
}
