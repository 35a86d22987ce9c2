namespace Chronicle.Recognizers.Places;

/// <summary>One mention being resolved: its lookup name, candidates, qualifier and current pick.</summary>
internal sealed class MentionSlot
{
    private static readonly System.Buffers.SearchValues<char> Capitals =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    private MentionSlot(string surface, string name, int[] candidates)
    {
        Surface = surface;
        Name = name;
        Candidates = candidates;
    }

    public string Surface { get; }

    public string Name { get; }

    public int[] Candidates { get; }

    /// <summary>A kind word was removed to find the candidates (<c>Kerman city</c>).</summary>
    public bool Stripped { get; private init; }

    /// <summary>The mention names something inside its candidate (<c>Rapides Parish</c>), not the candidate itself.</summary>
    public bool Contained { get; private init; }

    public string? DemonymCountry { get; private init; }

    /// <summary>The text calls it a division: <c>Washington state</c>, <c>the province of Ontario</c>.</summary>
    public bool CalledDivision { get; private set; }

    /// <summary>From <c>X, Y</c>: the country Y is or is in.</summary>
    public string? QualifierCountry { get; private set; }

    /// <summary>From <c>X, Y</c>: the division Y is, when it is one.</summary>
    public string? QualifierAdmin1 { get; private set; }

    public int Pick { get; set; } = -1;

    public static MentionSlot Create(Gazetteer gazetteer, string text, TextSpan span)
    {
        if (span.Start < 0 || span.End > text.Length || span.Start >= span.End)
        {
            return new MentionSlot("", "", []);
        }

        var surface = text[span.Start..span.End];
        var core = PlaceName.Core(surface);
        ReadOnlySpan<char> qualifier = default;
        var comma = core.IndexOf(',');
        if (comma > 0)
        {
            qualifier = core[(comma + 1)..].Trim();
            core = core[..comma].Trim();
        }

        MentionSlot slot;
        var found = gazetteer.Find(core);
        if (found.Length > 0)
        {
            slot = new MentionSlot(surface, core.ToString(), Filter(gazetteer, core, found));
        }
        else if (PlaceName.TryStrip(core, out var stripped, out var area) && gazetteer.Find(stripped) is { Length: > 0 } inner)
        {
            slot = new MentionSlot(surface, stripped.ToString(), inner.ToArray()) { Stripped = true, Contained = area };
        }
        else
        {
            slot = new MentionSlot(surface, core.ToString(), []) { DemonymCountry = gazetteer.CountryOfDemonym(core) };
        }

        if (qualifier.IsEmpty)
        {
            qualifier = FollowingQualifier(gazetteer, text, span.End);
        }

        slot.SetQualifier(gazetteer, qualifier);
        slot.CalledDivision = CallsDivision(text, span);
        return slot;
    }

    // A kind word just outside the mention: `Washington state farm`, `the state of Washington`.
    private static bool CallsDivision(string text, TextSpan span)
    {
        var after = text.AsSpan(span.End);
        var before = text.AsSpan(0, span.Start);
        return (after.StartsWith(" state", StringComparison.OrdinalIgnoreCase) && (after.Length == 6 || !char.IsLetter(after[6])))
            || (after.StartsWith(" province", StringComparison.OrdinalIgnoreCase) && (after.Length == 9 || !char.IsLetter(after[9])))
            || before.EndsWith("state of ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("province of ", StringComparison.OrdinalIgnoreCase);
    }

    // An abbreviation in capitals (`EU`, `NSW`) names a country or division, not a town spelt alike (`Eu`).
    private static int[] Filter(Gazetteer gazetteer, ReadOnlySpan<char> name, ReadOnlySpan<int> found)
    {
        var abbreviation = name.Length <= 4 && !name.ContainsAnyExcept(Capitals);
        if (!abbreviation)
        {
            return found.ToArray();
        }

        var kept = new List<int>();
        foreach (var index in found)
        {
            if (gazetteer.Entry(index).Precision != GeoPrecision.City)
            {
                kept.Add(index);
            }
        }

        return [.. kept];
    }

    public void Qualify(string country, string? admin1)
    {
        QualifierCountry = country;
        QualifierAdmin1 = admin1;
    }

    private void SetQualifier(Gazetteer gazetteer, ReadOnlySpan<char> qualifier)
    {
        foreach (var index in gazetteer.Find(qualifier))
        {
            var entry = gazetteer.Entry(index);
            if ((entry.Precision == GeoPrecision.Admin1 || (entry.Precision == GeoPrecision.Country && QualifierCountry is null))
                && CanLieIn(gazetteer, entry))
            {
                QualifierCountry = entry.Country;
                QualifierAdmin1 = entry.Precision == GeoPrecision.Admin1 ? entry.Admin1 : null;
            }
        }
    }

    // `X, Y` qualifies X only if some X can lie in Y: `Alberta, Manitoba` is a list of two provinces, and
    // so is `China, Japan`, though a Japanese town is called China. A name the gazetteer lacks
    // (`Camp Harmony, Chad`) can lie anywhere.
    private bool CanLieIn(Gazetteer gazetteer, GazetteerEntry area)
    {
        if (Candidates.Length == 0)
        {
            return true;
        }

        if (area.Precision == GeoPrecision.Country && Array.Exists(Candidates, c => gazetteer.Entry(c) is { Precision: GeoPrecision.Country } country
            && string.Equals(country.Name, Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var candidate in Candidates)
        {
            var entry = gazetteer.Entry(candidate);
            if (entry.Country == area.Country && entry.Precision < area.Precision
                && (area.Precision == GeoPrecision.Country || entry.Admin1 == area.Admin1))
            {
                return true;
            }
        }

        return false;
    }

    // `Springfield, Illinois`, `Lafayette, La.`: the longest run of up to four capitalised words after a
    // comma that names a division or a country.
    private static ReadOnlySpan<char> FollowingQualifier(Gazetteer gazetteer, string text, int end)
    {
        var at = end;
        if (at >= text.Length || text[at] != ',')
        {
            return default;
        }

        at++;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at >= text.Length || !char.IsUpper(text[at]))
        {
            return default;
        }

        ReadOnlySpan<char> best = default;
        var stop = at;
        for (var words = 0; words < 4 && stop < text.Length; words++)
        {
            while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] == '.'))
            {
                stop++;
            }

            var phrase = text.AsSpan(at, stop - at);
            if (IsDivisionOrCountry(gazetteer, phrase))
            {
                best = phrase;
            }
            else if (phrase.EndsWith('.') && IsDivisionOrCountry(gazetteer, phrase[..^1]))
            {
                best = phrase[..^1];
            }

            if (stop >= text.Length || text[stop] != ' ' || stop + 1 >= text.Length || !char.IsUpper(text[stop + 1]))
            {
                break;
            }

            stop++;
        }

        return best;
    }

    private static bool IsDivisionOrCountry(Gazetteer gazetteer, ReadOnlySpan<char> phrase)
    {
        if (PlaceResolver.IsCompassName(phrase.ToString()))
        {
            // `North Ossetian, South Ossetian`: a bare compass word after a comma goes on a list; it names no
            // division (Lebanon's `South`) that the name before it lies in.
            return false;
        }

        foreach (var index in gazetteer.Find(phrase))
        {
            if (gazetteer.Entry(index).Precision != GeoPrecision.City)
            {
                return true;
            }
        }

        return false;
    }
}
