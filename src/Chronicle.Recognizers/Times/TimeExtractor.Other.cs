using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Recognizers.Times;

/// <summary>Reference points (<c>now</c>, <c>the future</c>), sets (<c>every week</c>) and clock times.</summary>
internal sealed partial class TimeExtractor
{
    /// <summary><c>now</c>, <c>currently</c>, <c>recently</c>, <c>soon</c>, <c>the past</c>, <c>the future</c>, <c>at present</c>.</summary>
    private Match References(int i)
    {
        if (Kind(i) == TimeWordKind.Reference && !IsWord(i, "future") && !IsDiscourseNow(i) && !IsPerfectRecently(i))
        {
            return new Match(i + 1, TimexType.Date, TimeMeaning.Fixed(RefValue((RefPoint)Value(i))));
        }

        // "the current crisis", "his current post": the present, as an adjective ("the current year" is a date).
        if (IsWord(i, "current") && !Capitalised(i) && Kind(i + 1) is not (TimeWordKind.Unit or TimeWordKind.Fiscal or TimeWordKind.Month or TimeWordKind.Season)
            && !(i > 0 && IsWord(i - 1, "then")) && words[i + Math.Min(1, count - i - 1)].Shape == WordShape.Letters)
        {
            return new Match(i + 1, TimexType.Date, TimeMeaning.Fixed("PRESENT_REF"));
        }

        if (IsThe(i))
        {
            var j = i + 1;
            if (IsWord(j, "near") || IsWord(j, "immediate") || IsWord(j, "distant") || IsWord(j, "recent"))
            {
                j++;
            }

            // Not the head of a count ("for the past three summers", "the past two winters"): a stretch, not the past.
            if ((IsWord(j, "future") || IsWord(j, "past")) && !IsProspects(i, j) && !(TryCount(j + 1, out _, out var counted) && counted > j + 1))
            {
                return new Match(j + 1, TimexType.Date, TimeMeaning.Fixed(IsWord(j, "future") ? "FUTURE_REF" : "PAST_REF"));
            }
        }

        if (IsWord(i, "at") && IsWord(i + 1, "present"))
        {
            return new Match(i + 2, TimexType.Date, TimeMeaning.Fixed("PRESENT_REF"));
        }

        if (ThisMoment(i) is var now and > 0)
        {
            return new Match(now, TimexType.Date, TimeMeaning.Fixed("PRESENT_REF"));
        }

        return Math.Max(Term(i), LaterDate(i)) is var ahead and > 0 ? new Match(ahead, TimexType.Date, TimeMeaning.Fixed("FUTURE_REF")) : Match.None;
    }

    /// <summary>
    /// <c>in the near term</c>, <c>over the short term</c>, <c>in the long term</c>: the time ahead (TimeML's
    /// FUTURE_REF; TBAQ marks both it has, none left). A term of office (<c>the short term of the mayor</c>) is none.
    /// </summary>
    private int Term(int i) =>
        IsThe(i) && (IsWord(i + 1, "near") || IsWord(i + 1, "short") || IsWord(i + 1, "long")) && IsWord(i + 2, "term")
        && i > 0 && (IsWord(i - 1, "in") || IsWord(i - 1, "over") || IsWord(i - 1, "for") || IsWord(i - 1, "of") || IsWord(i - 1, "during"))
        && !IsWord(i + 3, "of") && !HyphenJoined(i + 3)
            ? i + 3
            : NoMatch;

    /// <summary><c>at a later date</c>: some time ahead, not a day anyone named (TBAQ marks its one).</summary>
    private int LaterDate(int i) =>
        IsA(i) && IsWord(i + 1, "later") && (IsWord(i + 2, "date") || IsWord(i + 2, "stage")) && i > 0 && IsWord(i - 1, "at") ? i + 3 : NoMatch;

    /// <summary>
    /// <c>at this moment</c>, <c>this crucial moment</c>: the present the article speaks from (TBAQ marks its one;
    /// <c>the moment</c>, as in <c>for the moment</c>, it leaves unmarked 5 of 5, and so does this).
    /// </summary>
    private int ThisMoment(int i)
    {
        if (!IsWord(i, "this"))
        {
            return NoMatch;
        }

        var j = i + 1;
        if (j < count && words[j].Shape == WordShape.Letters && Kind(j) == TimeWordKind.None && IsWord(j + 1, "moment"))
        {
            j++;
        }

        return IsWord(j, "moment") && !IsWord(j + 1, "of") ? j + 1 : NoMatch;
    }

    /// <summary>
    /// A sentence-opening <c>Now,</c> or <c>Now for</c> turns the talk ("Now, he says, ...", "Now for the quiz"):
    /// TBAQ leaves all 4 unmarked, while it marks 5 of 8 sentence-opening <c>Now</c> without a comma.
    /// </summary>
    private bool IsDiscourseNow(int i) =>
        IsWord(i, "now") && Capitalised(i) && (IsPunct(i + 1, ',') || IsWord(i + 1, "for"));

    /// <summary>
    /// <c>recently</c> inside a verb group (<c>was recently extended</c>, <c>have recently moved</c>) or as
    /// <c>most recently</c> qualifies the verb or a list rather than dating it: TBAQ marks none of 4 such, against 13 of
    /// 16 elsewhere (<c>Magna recently cut</c>).
    /// </summary>
    private bool IsPerfectRecently(int i) =>
        IsWord(i, "recently") && i > 0
        && (IsWord(i - 1, "was") || IsWord(i - 1, "were") || IsWord(i - 1, "has") || IsWord(i - 1, "have") || IsWord(i - 1, "had")
            || IsWord(i - 1, "is") || IsWord(i - 1, "are") || IsWord(i - 1, "been") || IsWord(i - 1, "most"));

    /// <summary>
    /// <c>the future of our peoples</c>, <c>the future looks bleak</c>: someone's prospects, not a time (TBAQ marks neither
    /// such, against 6 of 7 <c>in/into/about the future</c>, after which it stays a time: <c>in the future is unclear</c>).
    /// </summary>
    private bool IsProspects(int the, int j) =>
        IsWord(j, "future") && !(IsWord(the - 1, "in") || IsWord(the - 1, "into") || IsWord(the - 1, "about")) && (IsWord(j + 1, "of") || IsWord(j + 1, "looks") || IsWord(j + 1, "seems") || IsWord(j + 1, "is")
            || IsWord(j + 1, "was") || IsWord(j + 1, "holds") || IsWord(j + 1, "remains"));

    /// <summary>
    /// <c>It's the second day of the strike</c>, <c>today is the eighth day of the operation</c>: the day the
    /// article speaks from, counted within an event (TBAQ marks both such; a past "was the third day" is left alone).
    /// </summary>
    private Match OrdinalToday(int i)
    {
        var j = IsThe(i) ? i + 1 : i;
        if (Kind(j) != TimeWordKind.Ordinal || !IsWord(j + 1, "day") || !IsWord(j + 2, "of") || i < 2)
        {
            return Match.None;
        }

        // "It's" is scanned as It ' s; "It is", "today is".
        var present = IsWord(i - 1, "is") ? i - 2 : IsWord(i - 1, "s") && IsPunct(i - 2, '\'') ? i - 3 : -1;
        return present >= 0 && (IsWord(present, "it") || IsWord(present, "today"))
            ? new Match(j + 2, TimexType.Date, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, 0))
            : Match.None;
    }

    /// <summary>
    /// <c>day</c> in <c>it was a great day for Poland</c>, <c>this is a sad day</c>: the day being told of, which TimeML
    /// marks as a date (TBAQ marks both such; <c>Today is a sad day</c> marks only <c>Today</c>). In the present it
    /// is the article's day, in the past the day the narrative last named.
    /// </summary>
    private Match JudgedDay(int i)
    {
        if (!IsWord(i, "day") || i < 4 || !IsA(i - 2) || !JudgingWords.Contains(text.Substring(words[i - 1].Start, words[i - 1].Length)))
        {
            return Match.None;
        }

        // it was "a great day for Poland": a quotation may open before the article.
        var verb = IsPunct(i - 3, '"') || IsPunct(i - 3, '`') || IsPunct(i - 3, '\u201c') ? i - 4 : i - 3;
        while (IsPunct(verb, '`'))
        {
            verb--;
        }

        var was = IsWord(verb, "was");
        var subject = IsWord(verb, "is") || was ? verb - 1 : IsWord(verb, "s") && IsPunct(verb - 1, '\'') ? verb - 2 : -1;
        if (subject < 0 || !(IsWord(subject, "it") || IsWord(subject, "this")))
        {
            return Match.None;
        }

        return new Match(i + 1, TimexType.Date, was ? new TimeMeaning(MeaningKind.Same, TimeUnit.Day) : new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, 0));
    }

    /// <summary>Words that judge a day as a whole (<c>a historic day</c>), lower case.</summary>
    private static readonly FrozenSet<string> JudgingWords = FrozenSet.ToFrozenSet(
        ["great", "historic", "historical", "sad", "proud", "happy", "good", "bad", "black", "dark", "tragic", "momentous", "memorable",
         "special", "important", "big", "terrible", "wonderful", "glorious", "joyous", "emotional", "difficult", "busy", "long", "remarkable"],
        StringComparer.Ordinal);

    private static string RefValue(RefPoint point) => point switch
    {
        RefPoint.Past => "PAST_REF",
        RefPoint.Future => "FUTURE_REF",
        _ => "PRESENT_REF",
    };

    /// <summary><c>daily</c>, <c>annually</c>, <c>every week</c>, <c>each year</c>, <c>every Monday</c>, <c>$5 a year</c>.</summary>
    private Match Sets(int i)
    {
        // "the Party daily Granma": a newspaper, between two names. "20% annually", "10,000 units annually" and
        // "average daily volume" are rates, like "$2 million a year" (Durations): a unit of measure, no times.
        if (Kind(i) == TimeWordKind.Frequency && !(i > 0 && i + 1 < count && Capitalised(i - 1) && Capitalised(i + 1))
            && !(i > 0 && (IsCountBefore(i) || IsWord(i - 1, "average"))))
        {
            return new Match(i + 1, TimexType.Set, TimeMeaning.Fixed(DurationValue(1, (TimeUnit)Value(i))));
        }

        if (Repeated(i) is { End: > 0 } repeated)
        {
            return repeated;
        }

        var every = Kind(i) == TimeWordKind.Every;
        if (!every)
        {
            return Match.None;
        }

        if (EachOfTheLast(i) is { End: > 0 } each)
        {
            return each;
        }

        var j = i + 1;
        if (every && IsWord(j, "other"))
        {
            j++;
        }

        if (Kind(j) == TimeWordKind.Unit && !words[j].Entry.Plural && (TimeUnit)Value(j) is not TimeUnit.Half)
        {
            return new Match(j + 1, TimexType.Set, TimeMeaning.Fixed(DurationValue(j > i + 1 ? 2 : 1, (TimeUnit)Value(j))));
        }

        if (every && Kind(j) == TimeWordKind.Weekday && !words[j].Entry.Plural && Capitalised(j))
        {
            return new Match(j + 1, TimexType.Set, TimeMeaning.Fixed($"XXXX-WXX-{Value(j)}"));
        }

        if (every && Kind(j) == TimeWordKind.Month && Capitalised(j) && words[j].Length > 3)
        {
            // "each July": that month of every year.
            return new Match(j + 1, TimexType.Set, TimeMeaning.Fixed(string.Create(CultureInfo.InvariantCulture, $"XXXX-{Value(j):D2}")));
        }

        if (every && Kind(j) == TimeWordKind.Season && !words[j].Entry.Plural && !Capitalised(j))
        {
            // "each spring", "every winter": that season of every year.
            return new Match(j + 1, TimexType.Set, new TimeMeaning(MeaningKind.Fixed, Value: "XXXX-" + SeasonCode(Value(j))));
        }

        if (every && TryCount(j, out var amount, out var k) && amount > 1 && Kind(k) == TimeWordKind.Unit)
        {
            return new Match(k + 1, TimexType.Set, TimeMeaning.Fixed(DurationValue(amount, (TimeUnit)Value(k))));
        }

        return Match.None;
    }

    /// <summary>
    /// <c>twice a year</c>, <c>three times a week</c>, <c>once a month</c>, <c>several times per day</c>, <c>twice
    /// yearly</c>: so many times in every such period, which TimeML gives as the set of the period (<c>P1Y</c>, its
    /// count in <c>freq</c>). <c>once a small firm</c> names no period.
    /// </summary>
    private Match Repeated(int i)
    {
        int j;
        if (Kind(i) == TimeWordKind.Times)
        {
            j = i + 1;
        }
        else if (!IsA(i) && TryCount(i, out var times, out var k) && times != 0 && IsWord(k, "times"))
        {
            j = k + 1;
        }
        else
        {
            return Match.None;
        }

        if (Kind(j) == TimeWordKind.Frequency)
        {
            return new Match(j + 1, TimexType.Set, TimeMeaning.Fixed(DurationValue(1, (TimeUnit)Value(j))));
        }

        return (IsA(j) || IsWord(j, "per") || IsWord(j, "each") || IsWord(j, "every")) && Kind(j + 1) == TimeWordKind.Unit && !words[j + 1].Entry.Plural
               && (TimeUnit)Value(j + 1) is not (TimeUnit.Half or TimeUnit.Weekend) && !HyphenJoined(j + 2)
            ? new Match(j + 2, TimexType.Set, TimeMeaning.Fixed(DurationValue(1, (TimeUnit)Value(j + 1))))
            : Match.None;
    }

    /// <summary>
    /// <c>each of the last three years</c>, <c>in each of the past few months</c>: every one of those periods, a set of the
    /// unit (TimeML's <c>quant="EACH"</c>) rather than the stretch they make together.
    /// </summary>
    private Match EachOfTheLast(int i)
    {
        if (!IsWord(i, "each") || !IsWord(i + 1, "of") || !IsThe(i + 2) || Kind(i + 3) != TimeWordKind.Deictic
            || Value(i + 3) is not ((int)Deixis.Last or (int)Deixis.Past or (int)Deixis.Next or (int)Deixis.Coming or (int)Deixis.Previous)
            || !TryCount(i + 4, out var amount, out var k) || amount is 0 or 1 || Kind(k) != TimeWordKind.Unit || !words[k].Entry.Plural)
        {
            return Match.None;
        }

        return new Match(k + 1, TimexType.Set, TimeMeaning.Fixed(DurationValue(1, (TimeUnit)Value(k))));
    }

    private static string SeasonCode(int season) => season switch { 0 => "SP", 1 => "SU", 2 => "FA", _ => "WI" };

    /// <summary><c>3 p.m.</c>, <c>10:30 a.m.</c>, <c>15:45 GMT</c>, <c>noon</c>, <c>midnight</c>.</summary>
    private Match Clock(int i)
    {
        // "High Noon": the film and the showdown, not twelve o'clock.
        if (Kind(i) == TimeWordKind.ClockWord && !IsWord(i - 1, "high"))
        {
            return ClockDay(i, i + 1, Value(i) * 60);
        }

        if (!IsDigits(i))
        {
            return Match.None;
        }

        var span = text.AsSpan(words[i].Start, words[i].Length);
        var colon = span.IndexOfAny(':', '.');
        int hour, minute = 0;
        if (colon > 0)
        {
            if (span.Length - colon != 3 || !int.TryParse(span[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                || !int.TryParse(span[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute) || minute > 59 || hour > 23)
            {
                return Match.None;
            }
        }
        else if ((hour = Integer(i, 2)) is < 1 or > 12)
        {
            return Match.None;
        }

        var end = i + 1;
        var meridiem = Meridiem(end, out var afterMeridiem);
        if (meridiem < 0 && colon < 0 && InTheDayPart(i, end) is >= 0 and var half)
        {
            // "at 4 in the morning", "until 6 in the evening": the part of the day says which half.
            return ClockDay(i, end + 3, (((hour % 12) + half) * 60) + minute);
        }

        if (meridiem < 0)
        {
            // A 24-hour time needs a zone, "local time" or a preposition of time before it ("at 09:30", "until 14:00").
            if (colon < 0 || span[colon] != ':' || !(IsZone(end) || IsLocalTime(end) || IsClockPreposition(i - 1)))
            {
                return Match.None;
            }
        }
        else
        {
            if (hour > 12)
            {
                return Match.None;
            }

            hour = (hour % 12) + meridiem;
            end = afterMeridiem;
        }

        return ClockDay(i, end, (hour * 60) + minute);
    }

    /// <summary>
    /// <c>in the morning</c> (0) or <c>in the afternoon</c>, <c>in the evening</c> (12) after an hour that a time
    /// preposition introduces (<c>at 4 in the morning</c>, not <c>won 3 in the morning session</c>); else -1.
    /// </summary>
    private int InTheDayPart(int hourAt, int j)
    {
        if (!IsWord(j, "in") || !IsThe(j + 1) || Kind(j + 2) != TimeWordKind.DayPart || words[j + 2].Entry.Plural || IsWord(j + 2, "overnight")
            || (DayPart)Value(j + 2) == DayPart.Night || !EndsDayPart(j + 3)
            || !(IsWord(hourAt - 1, "at") || IsWord(hourAt - 1, "until") || IsWord(hourAt - 1, "till") || IsWord(hourAt - 1, "by")
                 || IsWord(hourAt - 1, "from") || IsWord(hourAt - 1, "before") || IsWord(hourAt - 1, "after") || IsWord(hourAt - 1, "around")))
        {
            return NoMatch;
        }

        return (DayPart)Value(j + 2) == DayPart.Morning ? 0 : 12;
    }

    /// <summary>A clock time's optional zone and day: <c>9 a.m. EDT Tuesday</c>, <c>noon tomorrow</c>.</summary>
    private Match ClockDay(int start, int end, int minutes)
    {
        // "9 a.m. Tuesday": the full stop left off "a.m." at what looked like a sentence end belongs to it.
        if (IsPunct(end, '.') && words[end].Attached && (IsZone(end + 1) || Kind(end + 1) is TimeWordKind.Weekday or TimeWordKind.DayRef))
        {
            end++;
        }

        var k = IsZone(end) ? end + 1 : IsLocalTime(end) ? end + 2 : end;

        // "10:35 a.m. (0735 GMT) Friday": the day after a time given in another zone is the time's day, though
        // TimeML marks the day on its own.
        if (IsPunct(k, '('))
        {
            var close = k + 1;
            while (close < count && close <= k + 4 && !IsPunct(close, ')'))
            {
                close++;
            }

            if (IsPunct(close, ')') && Kind(close + 1) == TimeWordKind.Weekday && !words[close + 1].Entry.Plural && Capitalised(close + 1))
            {
                return new Match(end, TimexType.Time, new TimeMeaning(MeaningKind.Clock, Part: minutes, Day: Value(close + 1), Tense: TenseAround(start)));
            }
        }

        // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6": a deadline's day and hour.
        var dayAt = IsPunct(k, ',') && k > end ? k + 1 : k;
        if (Kind(dayAt) == TimeWordKind.Month && MonthFirst(dayAt) is { End: > 0 } date
            && (date.Meaning.Day > 0 || date.Meaning.Value is { Length: 10 }))
        {
            var hour = string.Create(CultureInfo.InvariantCulture, $"T{minutes / 60:D2}:{minutes % 60:D2}");
            return new Match(date.End, TimexType.Time, date.Meaning.Kind == MeaningKind.Fixed
                ? TimeMeaning.Fixed(date.Meaning.Value + hour)
                : date.Meaning with { Kind = MeaningKind.Clock, Month = date.Meaning.Month, Part = minutes, Offset = 0 });
        }

        if (Kind(k) == TimeWordKind.Weekday && !words[k].Entry.Plural && Capitalised(k))
        {
            return new Match(k + 1, TimexType.Time, new TimeMeaning(MeaningKind.Clock, Part: minutes, Day: Value(k), Tense: TenseAround(start)));
        }

        if (Kind(k) == TimeWordKind.DayRef && !words[k].Entry.Plural)
        {
            return new Match(k + 1, TimexType.Time, new TimeMeaning(MeaningKind.Clock, Offset: Value(k), Part: minutes));
        }

        // A clock time with no day of its own: the day the story last named (TimeRecognizer), else the article's.
        return new Match(end, TimexType.Time, new TimeMeaning(MeaningKind.Clock, Part: minutes, Anaphoric: true));
    }

    /// <summary>a.m./p.m. in its spellings (<c>a.m.</c>, <c>am</c>, <c>p.m</c>): 0 or 12, or -1.</summary>
    private int Meridiem(int j, out int end)
    {
        end = j;
        if (Kind(j) == TimeWordKind.Meridiem)
        {
            end = j + 1;
            return Value(j);
        }

        if ((IsWord(j, "a") || IsWord(j, "p")) && IsPunct(j + 1, '.') && IsWord(j + 2, "m") && words[j + 2].Attached)
        {
            // Keep the final full stop only when the sentence goes on, as TimeBank does ("10 p.m" ends a sentence).
            end = IsPunct(j + 3, '.') && words[j + 3].Attached && j + 4 < count && !char.IsUpper(text[words[j + 4].Start]) ? j + 4 : j + 3;
            if (IsPunct(j + 3, '.') && words[j + 3].Attached && j + 4 >= count)
            {
                end = j + 3;
            }

            return IsWord(j, "a") ? 0 : 12;
        }

        return NoMatch;
    }

    private bool IsComparable(int j) => IsWord(j, "comparable") || IsWord(j, "corresponding") || IsWord(j, "same");

    private bool IsLocalTime(int j) => IsWord(j, "local") && IsWord(j + 1, "time");

    private bool IsClockPreposition(int j) =>
        IsWord(j, "at") || IsWord(j, "until") || IsWord(j, "till") || IsWord(j, "from") || IsWord(j, "before") || IsWord(j, "after")
        || IsWord(j, "around") || IsWord(j, "since") || IsWord(j, "by");

    private bool IsZone(int j) => IsWord(j, "GMT") || IsWord(j, "UTC") || IsWord(j, "EST") || IsWord(j, "EDT") || IsWord(j, "BST") || IsWord(j, "CET");
}
