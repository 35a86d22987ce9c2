namespace Chronicle.Recognizers.Times;

/// <summary>How a found expression gets its value.</summary>
internal enum MeaningKind : byte
{
    /// <summary>The value is known without the article's date (<c>P4D</c>, <c>2013-09</c>, <c>PRESENT_REF</c>).</summary>
    Fixed,
    /// <summary><see cref="TimeMeaning.Offset"/> units of <see cref="TimeMeaning.Unit"/> from the article's date.</summary>
    Shift,
    /// <summary>A weekday (<see cref="TimeMeaning.Part"/> 1..7) before or after the article's date.</summary>
    Weekday,
    /// <summary>A month, or month and day, whose year comes from the article's date.</summary>
    MonthDay,
    /// <summary>A quarter or half (<see cref="TimeMeaning.Part"/>) of an explicit or relative year.</summary>
    Quarter,
    /// <summary>A season (<see cref="TimeMeaning.Part"/> 0..3) of an explicit or relative year.</summary>
    Season,
    /// <summary>A clock time (<see cref="TimeMeaning.Part"/> minutes after midnight), <see cref="TimeMeaning.Offset"/> days from the article's date.</summary>
    Clock,
    /// <summary>A holiday (<see cref="TimeMeaning.Part"/> a <see cref="Holidays"/> constant) near the article's date.</summary>
    Holiday,
    /// <summary>The <see cref="TimeMeaning.Unit"/> of the date mentioned last (<c>that year</c>, <c>the same day</c>).</summary>
    Same,
}

/// <summary>Whether the words around an expression point to the past or the future.</summary>
internal enum Tense : byte
{
    Unknown,
    /// <summary>An explicit look back (<c>last April</c>): the latest one before the article's month, and a month alone before the month just gone.</summary>
    Past,
    Future,
    /// <summary>A verb in the past nearby: the latest one up to the article's month.</summary>
    PastClause,
}

/// <summary>
/// What a found expression means, before it is anchored on the article's date. The extractor fills it from the
/// words; <see cref="TimeResolver"/> turns it into a TIMEX3 value. <see cref="Anaphoric"/> marks expressions that
/// refer to the quarter last mentioned (<c>the quarter</c>, <c>a year ago</c> in an earnings report), shifted
/// <see cref="Offset"/> years; the meaning given is the fallback when no quarter was mentioned nearby.
/// </summary>
internal readonly record struct TimeMeaning(
    MeaningKind Kind,
    TimeUnit Unit = TimeUnit.Day,
    int Offset = 0,
    int Year = 0,
    int Month = 0,
    int Day = 0,
    int Part = 0,
    DayPart DayPart = DayPart.None,
    Tense Tense = Tense.Unknown,
    string? Value = null,
    bool Anaphoric = false)
{
    public static TimeMeaning Fixed(string value) => new(MeaningKind.Fixed, Value: value);
}

/// <summary>A found expression: its span, type and meaning.</summary>
internal readonly record struct TimeCandidate(TextSpan Span, TimexType Type, TimeMeaning Meaning);
