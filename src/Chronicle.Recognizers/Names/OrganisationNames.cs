using System.Collections.Frozen;

namespace Chronicle.Recognizers.Names;

/// <summary>
/// Names that are organisations whatever class the tagger gave them, such as the social platforms news quotes from
/// ("said on Twitter"): CoNLL's 1996 newswire never saw them, so the tagger reads them as people. Matched whole and
/// case-folded.
/// </summary>
public sealed class OrganisationNames
{
    private readonly FrozenSet<ulong> _keys;

    /// <summary>Creates the set from names, one or more words each.</summary>
    public OrganisationNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _keys = names.Select(n => Key(n.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToFrozenSet();
    }

    /// <summary>No names.</summary>
    public static OrganisationNames Empty { get; } = new([]);

    /// <summary>Reads a list of one name a line; blank lines and lines starting with '#' are skipped.</summary>
    public static OrganisationNames Load(string path) =>
        new(File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'));

    /// <summary>True when the name made of <paramref name="words"/> is in the set.</summary>
    public bool Contains(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _keys.Count > 0 && _keys.Contains(Key(words));
    }

    private static ulong Key(IReadOnlyList<string> words)
    {
        var k = NameLexicon.PhraseSeed;
        foreach (var w in words)
        {
            k = TextHash.Combine(k, TextHash.Folded(w));
        }
        return k;
    }
}
