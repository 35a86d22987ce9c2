namespace Chronicle.Recognizers.Times;

/// <summary>The role a word can play in a time expression.</summary>
internal enum TimeWordKind : byte
{
    None,
    /// <summary>January..December, full or abbreviated; value 1..12.</summary>
    Month,
    /// <summary>Monday..Sunday; value 1..7 (ISO); the plural (<c>Sundays</c>) in <see cref="TimeWord.Plural"/>.</summary>
    Weekday,
    /// <summary>day, weeks, year...; value a <see cref="TimeUnit"/>; plural in <see cref="TimeWord.Plural"/>.</summary>
    Unit,
    /// <summary>morning, afternoon, evening, night; value a <see cref="DayPart"/>.</summary>
    DayPart,
    /// <summary>spring, summer, fall/autumn, winter; value 0..3.</summary>
    Season,
    /// <summary>yesterday (-1), today (0), tomorrow (+1), tonight (0, night).</summary>
    DayRef,
    /// <summary>this, last, next, past, coming, previous...; value a <see cref="Deixis"/>.</summary>
    Deictic,
    /// <summary>early, late, mid, earlier, later: narrows a period without changing its value.</summary>
    Narrower,
    /// <summary>now, currently, recently, the future...; value a <see cref="RefPoint"/>.</summary>
    Reference,
    /// <summary>daily, weekly, annually...; value the repeated <see cref="TimeUnit"/>.</summary>
    Frequency,
    /// <summary>ago, earlier, later, before, after, hence: value -1 or +1.</summary>
    AgoWord,
    /// <summary>A cardinal number word (one..ninety); value the number.</summary>
    Number,
    /// <summary>first..twelfth; value the number.</summary>
    Ordinal,
    /// <summary>the, a, an: value 0 for the, 1 for a/an.</summary>
    Article,
    /// <summary>several, few, some, many, couple: an unknown count.</summary>
    Vague,
    /// <summary>about, nearly, almost, more, less, least, over, up: approximators before a count.</summary>
    Approximator,
    /// <summary>every, each, per.</summary>
    Every,
    /// <summary>once, twice, thrice: how many times in each period (<c>twice a year</c>); value the count.</summary>
    Times,
    /// <summary>noon (12) or midnight (0).</summary>
    ClockWord,
    /// <summary>a.m. (0) or p.m. (12), as their letters.</summary>
    Meridiem,
    /// <summary>fiscal.</summary>
    Fiscal,
    /// <summary>A future cue (will, 'll, next, tomorrow, scheduled, plans, expected, due).</summary>
    FutureCue,
    /// <summary>A past cue (said, was, were, had, did, last, ago).</summary>
    PastCue,
    /// <summary>A word that may open a bound kept in a duration's span (more than, at least, up to, over).</summary>
    Bound,
    /// <summary>A decade word (nineties); value 0..9 for the tens digit.</summary>
    DecadeWord,
    /// <summary>A holiday's name (Thanksgiving, Christmas, Election): value a <see cref="Holidays"/> constant.</summary>
    Holiday,
    /// <summary>that: opens <c>that year</c>, <c>that day</c>.</summary>
    Demonstrative,
}

/// <summary>A lexicon entry: kind, value, and whether the form is plural.</summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value, bool Plural = false);

/// <summary>Units of time, ordered from short to long.</summary>
internal enum TimeUnit : byte
{
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

/// <summary>Parts of the day with their TIMEX3 codes (TMO, TAF, TEV, TNI).</summary>
internal enum DayPart : byte
{
    None,
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// <summary>Deictic determiners before a unit or name.</summary>
internal enum Deixis : byte
{
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Recent,
}

/// <summary>TimeML's reference points.</summary>
internal enum RefPoint : byte
{
    Present,
    Past,
    Future,
}
