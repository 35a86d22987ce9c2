using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// Argument phrases as cross-document entities and time values, so that two event mentions can be compared by who,
/// when and where rather than by shared words: a name is keyed by its last content word (<c>Lindsay Lohan</c> and
/// <c>Lohan</c> are one entity), a time by the calendar values it states (<c>y:2008</c>, <c>m:9</c>, <c>d:12</c>,
/// <c>w:2</c> for a weekday), so that <c>Sept. 12</c> and <c>September 12th</c> are equal and 2008 and 2009 conflict.
/// </summary>
internal static class ArgumentEntities
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Weekdays = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6, ["sunday"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The entity keys of the arguments of <paramref name="kind"/> (participants or places).</summary>
    public static FrozenSet<string> Entities(ImmutableArray<CorefArgument> arguments, ArgumentKind kind, EnglishLemmatizer lemmatizer)
    {
        if (arguments.IsDefaultOrEmpty)
        {
            return FrozenSet<string>.Empty;
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments.Where(a => a.Kind == kind))
        {
            // The head of an English noun phrase or name is its last content word.
            for (var i = argument.Words.Length - 1; i >= 0; i--)
            {
                var word = argument.Words[i].ToLowerInvariant();
                if (!StopWords.Ignore(word))
                {
                    keys.Add(lemmatizer.Lemma(word));
                    break;
                }
            }
        }
        return keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The calendar values the time arguments state, each prefixed by its unit.</summary>
    public static FrozenSet<string> TimeValues(ImmutableArray<CorefArgument> arguments)
    {
        if (arguments.IsDefaultOrEmpty)
        {
            return FrozenSet<string>.Empty;
        }
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments.Where(a => a.Kind == ArgumentKind.Time))
        {
            var hasMonth = argument.Words.Any(w => Months.ContainsKey(w.TrimEnd('.').ToLowerInvariant()));
            foreach (var raw in argument.Words)
            {
                var word = raw.TrimEnd('.', ',').ToLowerInvariant();
                if (Months.TryGetValue(word, out var month))
                {
                    values.Add("m:" + month.ToString(CultureInfo.InvariantCulture));
                }
                else if (Weekdays.TryGetValue(word, out var weekday))
                {
                    values.Add("w:" + weekday.ToString(CultureInfo.InvariantCulture));
                }
                else if (int.TryParse(StripOrdinal(word), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    if (number is >= 1900 and <= 2099 && word.Length == 4)
                    {
                        values.Add("y:" + number.ToString(CultureInfo.InvariantCulture));
                    }
                    else if (hasMonth && number is >= 1 and <= 31)
                    {
                        values.Add("d:" + number.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
        }
        return values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The number of features <see cref="Write"/> writes.</summary>
    public const int FeatureCount = 6;

    /// <summary>
    /// Writes the argument-entity features of two events or clusters from <paramref name="at"/>: participants shared,
    /// participants both given and disjoint, times agreeing, times conflicting, places shared, places both given and
    /// disjoint. Returns the index after the last one written.
    /// </summary>
    public static int Write(
        (IReadOnlySet<string> Participants, IReadOnlySet<string> Times, IReadOnlySet<string> Places) a,
        (IReadOnlySet<string> Participants, IReadOnlySet<string> Times, IReadOnlySet<string> Places) b,
        Span<double> features,
        int at)
    {
        features[at++] = a.Participants.Overlaps(b.Participants) ? 1 : 0;
        features[at++] = Disjoint(a.Participants, b.Participants);
        var timesConflict = TimesConflict(a.Times, b.Times);
        features[at++] = !timesConflict && a.Times.Overlaps(b.Times) ? 1 : 0;
        features[at++] = timesConflict ? 1 : 0;
        features[at++] = a.Places.Overlaps(b.Places) ? 1 : 0;
        features[at++] = Disjoint(a.Places, b.Places);
        return at;
    }

    private static double Disjoint(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count > 0 && b.Count > 0 && !a.Overlaps(b) ? 1 : 0;

    /// <summary>True when both state a value of one unit and none of their values of that unit agree.</summary>
    public static bool TimesConflict(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        foreach (var unit in (ReadOnlySpan<string>)["y:", "m:", "d:", "w:"])
        {
            var ofA = a.Where(v => v.StartsWith(unit, StringComparison.Ordinal)).ToList();
            if (ofA.Count > 0 && b.Any(v => v.StartsWith(unit, StringComparison.Ordinal)) && !ofA.Any(b.Contains))
            {
                return true;
            }
        }
        return false;
    }

    private static string StripOrdinal(string word) =>
        word.Length > 2 && (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
            || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal))
            ? word[..^2]
            : word;
}
