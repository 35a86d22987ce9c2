using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Recognizers.Times;

/// <summary>Calendar dates: month names with days and years, weekdays, years, decades, numeric dates.</summary>
internal sealed partial class TimeExtractor
{
    private Match Dates(int i)
    {
        var best = Match.None;
        best = Best(best, MonthFirst(i));
        best = Best(best, DayFirst(i));
        best = Best(best, WeekdayDate(i));
        best = Best(best, YearOrDecade(i));
        best = Best(best, NumericDate(i));
        best = Best(best, DayRef(i));
        best = Best(best, Holiday(i));
        best = Best(best, ConjoinedDay(i));
        return best;
    }

    /// <summary>
    /// <c>25</c> in <c>April 24 and 25</c>, <c>Sept. 3 or 4</c>: the second day of a pair, in the month (and the
    /// year) of the first.
    /// </summary>
    private Match ConjoinedDay(int i)
    {
        if (i < 3 || !IsDigits(i) || Integer(i, 2) is not (>= 1 and <= 31 and var day) || !(IsWord(i - 1, "and") || IsWord(i - 1, "or")) || !IsDigits(i - 2))
        {
            return Match.None;
        }

        // Not a count: "April 24 and 25 people", "between April 24 and 25%".
        if (i + 1 < count && !(words[i + 1].Shape == WordShape.Punctuation && !IsPunct(i + 1, '%')) && Year(i + 1) <= 0
            && !(IsWord(i + 1, "at") || IsWord(i + 1, "in") || IsWord(i + 1, "on") || IsWord(i + 1, "when") || IsWord(i + 1, "before") || IsWord(i + 1, "after")))
        {
            return Match.None;
        }

        var month = IsPunct(i - 3, '.') ? i - 4 : i - 3;
        var pair = MonthFirst(month);
        var first = pair.Meaning;
        if (pair.End != i - 1 || day <= Integer(i - 2, 2)
            || first is not ({ Kind: MeaningKind.MonthDay, Day: > 0 } or { Kind: MeaningKind.Fixed }))
        {
            return Match.None;
        }

        // "April 24 and 25, 1999": the year after the pair.
        var comma = IsPunct(i + 1, ',');
        return Year(comma ? i + 2 : i + 1) is > 0 and var year
            ? new Match(comma ? i + 3 : i + 2, TimexType.Date, Explicit(year, Value(month), day))
            : first.Kind == MeaningKind.MonthDay ? new Match(i + 1, TimexType.Date, first with { Day = day }) : Match.None;
    }

    /// <summary>
    /// <c>Thanksgiving</c>, <c>Christmas Eve</c>, <c>New Year's Day</c>, <c>Election Day</c>, <c>last Christmas</c>, <c>Easter week</c>:
    /// the names that need <c>Day</c> (Election, Labor) take it; a capital letter is required.
    /// </summary>
    private Match Holiday(int i)
    {
        var offset = 0;
        var j = i;
        if (Kind(j) == TimeWordKind.Deictic && Value(j) is (int)Deixis.Last or (int)Deixis.Next or (int)Deixis.This)
        {
            offset = Value(j) switch { (int)Deixis.Last => -1, (int)Deixis.Next => 1, _ => 0 };
            j++;
        }

        int holiday, end;
        var unit = TimeUnit.Day;
        if (IsWord(j, "New") && Capitalised(j) && IsWord(j + 1, "Year") && IsPunct(j + 2, '\'') && IsWord(j + 3, "s")
            && (IsWord(j + 4, "Day") || IsWord(j + 4, "Eve")) && Capitalised(j + 4))
        {
            (holiday, end) = (IsWord(j + 4, "Eve") ? Holidays.NewYearsEve : Holidays.NewYear, j + 5);
        }
        else if (Kind(j) == TimeWordKind.Holiday && Capitalised(j))
        {
            holiday = Value(j);
            end = j + 1;
            var day = IsWord(end, "Day") && Capitalised(end);
            if (holiday == Holidays.Christmas && IsWord(end, "Eve") && Capitalised(end))
            {
                (holiday, end) = (Holidays.ChristmasEve, end + 1);
            }
            else if (day)
            {
                end++;
            }
            else if (holiday == Holidays.Easter)
            {
                // "Easter", "Easter Sunday", "Easter week" (the week that ends on it); not "Easter Island", "Easter eggs".
                if (IsWord(end, "Sunday") || (IsWord(end, "week") && !Capitalised(end)))
                {
                    unit = IsWord(end, "week") ? TimeUnit.Week : TimeUnit.Day;
                    end++;
                }
                else if ((end < count && words[end].Shape == WordShape.Letters && Capitalised(end))
                         || IsWord(end, "egg") || IsWord(end, "eggs") || IsWord(end, "bunny") || IsWord(end, "rising"))
                {
                    return Match.None;
                }
            }
            else if (holiday is not (Holidays.Thanksgiving or Holidays.Christmas or Holidays.Halloween))
            {
                return Match.None;
            }
        }
        else
        {
            return Match.None;
        }

        var tense = offset switch { < 0 => Tense.Past, > 0 => Tense.Future, _ => TenseAround(i) };
        return new Match(end, TimexType.Date, new TimeMeaning(MeaningKind.Holiday, unit, Offset: offset, Part: holiday, Tense: tense));
    }

    /// <summary><c>January</c>, <c>Jan. 3</c>, <c>January 3, 2020</c>, <c>September 2013</c>, <c>May of 2019</c>.</summary>
    private Match MonthFirst(int i)
    {
        if (Kind(i) != TimeWordKind.Month || !Capitalised(i))
        {
            return Match.None;
        }

        var month = Value(i);
        var j = AfterDot(i);
        if (IsDigits(j) && Integer(j, 2) is >= 1 and <= 31 and var day)
        {
            var k = j + 1;
            if (k < count && words[k].Attached && words[k].Shape == WordShape.Letters && IsOrdinalSuffix(k))
            {
                k++;
            }

            var y = IsPunct(k, ',') ? k + 1 : k;
            if (Year(y) is > 0 and var year)
            {
                return new Match(y + 1, TimexType.Date, Explicit(year, month, day));
            }

            // "April 24 and 25, 1999": the year after the pair is the first day's too.
            if ((IsWord(k, "and") || IsWord(k, "or")) && IsDigits(k + 1) && Integer(k + 1, 2) is > 0 and <= 31 and var second && second > day
                && Year(IsPunct(k + 2, ',') ? k + 3 : k + 2) is > 0 and var pairYear)
            {
                return new Match(k, TimexType.Date, Explicit(pairYear, month, day));
            }

            if (YearDeixis(k) is var dayYears and not NotDeictic)
            {
                return new Match(k + 2, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Offset: dayYears, Month: month, Day: day, Part: 1));
            }

            return new Match(k, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Month: month, Day: day, Tense: DayTense(i)));
        }

        if (YearDeixis(j) is var years and not NotDeictic)
        {
            // "July last year", "January this year".
            return new Match(j + 2, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Offset: years, Month: month, Part: 1));
        }

        var of = IsWord(j, "of") || IsPunct(j, ',') ? j + 1 : j;
        if (Year(of) is > 0 and var onlyYear)
        {
            return new Match(of + 1, TimexType.Date, Explicit(onlyYear, month, 0));
        }

        if (IsWord(j, "of") && (IsThe(j + 1) || IsA(j + 1)))
        {
            // "the March of the Mothers", "a March of Dimes drive": a name, not the month.
            return Match.None;
        }

        if (SpelledYear(of, out var spelledEnd) is > 0 and var spelled)
        {
            return new Match(spelledEnd, TimexType.Date, Explicit(spelled, month, 0));
        }

        // A lone short month name is too often something else (Mar, Jan as names); "the March for Life" is a name.
        if ((words[i].Length == 3 && !IsWord(i, "may"))
            || (i > 0 && (IsThe(i - 1) || IsWord(i - 1, "annual")) && (IsWord(j, "for") || IsWord(j, "of") || (j < count && Capitalised(j)))))
        {
            return Match.None;
        }

        return new Match(i + 1, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Month: month, Tense: TenseAround(i)));
    }

    /// <summary><c>3 January</c>, <c>3rd January 2020</c>, <c>the 3rd of January</c>.</summary>
    private Match DayFirst(int i)
    {
        var j = IsThe(i) ? i + 1 : i;
        if (!IsDigits(j) || Integer(j, 2) is not (>= 1 and <= 31) || words[j].Attached && j > 0 && words[j - 1].Shape == WordShape.Digits)
        {
            return Match.None;
        }

        var day = Integer(j, 2);
        var k = j + 1;
        if (k < count && words[k].Attached && IsOrdinalSuffix(k))
        {
            k++;
        }

        if (IsWord(k, "of"))
        {
            k++;
        }

        if (Kind(k) != TimeWordKind.Month || !Capitalised(k))
        {
            return Match.None;
        }

        var month = Value(k);
        var end = AfterDot(k);
        if (Year(end) is > 0 and var year)
        {
            return new Match(end + 1, TimexType.Date, Explicit(year, month, day));
        }

        return new Match(end, TimexType.Date, new TimeMeaning(MeaningKind.MonthDay, Month: month, Day: day, Tense: DayTense(i)));
    }

    /// <summary>
    /// Which way an undated day points. A period that <c>ended Oct. 31</c> is over, so a day after the article's date
    /// is last year's (<c>the quarter ended Oct. 31</c> in a story of Oct. 27); otherwise the clause decides.
    /// </summary>
    private Tense DayTense(int i) => IsWord(i - 1, "ended") ? Tense.Past : TenseAround(i);

    /// <summary><c>Thursday</c>, <c>Thursday night</c>, <c>Monday, Oct. 26</c>, <c>last Friday</c>, <c>next Friday</c>.</summary>
    private Match WeekdayDate(int i)
    {
        var offset = 0;
        var j = i;
        if (IsThe(i) && Kind(i + 1) == TimeWordKind.Deictic && Value(i + 1) == (int)Deixis.Previous && Kind(i + 2) == TimeWordKind.Weekday && !words[i + 2].Entry.Plural)
        {
            // "down 4.5% from the previous Friday": the one before the Friday the story is about, the latest one.
            offset = -2;
            j = i + 2;
        }
        else if (IsWord(i, "this") && Kind(i + 1) == TimeWordKind.Deictic && Value(i + 1) is (int)Deixis.Coming or (int)Deixis.Past
                 && Kind(i + 2) == TimeWordKind.Weekday)
        {
            // "this coming Sunday", "this past Sunday": the next or the last one, "this" with it.
            offset = Value(i + 1) == (int)Deixis.Coming ? 1 : -1;
            j = i + 2;
        }
        else if (Kind(i) == TimeWordKind.Deictic && Value(i) is (int)Deixis.Last or (int)Deixis.Next or (int)Deixis.This or (int)Deixis.Coming or (int)Deixis.Past)
        {
            offset = Value(i) switch
            {
                (int)Deixis.Last or (int)Deixis.Past => -1,
                (int)Deixis.Next or (int)Deixis.Coming => 1,
                _ => 0,
            };
            j++;
        }

        if (Kind(j) != TimeWordKind.Weekday || !Capitalised(j) || (words[j].Length is 3 or 5 && !IsPunct(j + 1, '.') && !IsWord(j, "Thurs") && char.IsLower(text[words[j].End - 1]) && !IsFullWeekday(j)))
        {
            return Match.None;
        }

        // `Tears of the Sun.`, `told the Sun.`: an abbreviated day after `the` is a name (a newspaper, a film), no day.
        if (words[j].Length <= 4 && j > 0 && IsThe(j - 1))
        {
            return Match.None;
        }

        var weekday = Value(j);
        if (words[j].Entry.Plural)
        {
            // "on Sundays", "the market is closed Fridays": every such day (TimeML's set XXXX-WXX-7).
            return offset == 0 && !IsThe(i)
                ? new Match(j + 1, TimexType.Set, TimeMeaning.Fixed(string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}")))
                : Match.None;
        }

        var k = AfterDot(j);
        if (offset == 0 && (IsPunct(k, ',') ? k + 1 : k) is var m && MonthFirst(m) is { End: > 0 } date)
        {
            return date;
        }

        if (offset == 0 && (IsPunct(k, ',') ? k + 1 : k) is var d && DayFirst(d) is { End: > 0 } dayFirst)
        {
            return dayFirst;
        }

        // "Tuesday nights", "Monday and Tuesday nights": every such part of that weekday.
        var partAt = (IsWord(k, "and") || IsWord(k, "or")) && offset == 0 && Kind(k + 1) == TimeWordKind.Weekday && !words[k + 1].Entry.Plural && Capitalised(k + 1) ? AfterDot(k + 1) : k;
        if (Kind(partAt) == TimeWordKind.DayPart && words[partAt].Entry.Plural)
        {
            var every = string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{weekday}") + TimeResolver.Suffix((DayPart)Value(partAt));
            return new Match(partAt == k ? k + 1 : k, TimexType.Set, TimeMeaning.Fixed(every));
        }

        var part = DayPart.None;
        if (Kind(k) == TimeWordKind.DayPart)
        {
            part = (DayPart)Value(k);
            k++;
        }

        // TimeML gives "Friday evening" the day's date with the part of day: 1998-08-07TEV. News annotators give
        // "Friday night" and "Friday morning" the day alone more often than with the part (TimeBank and AQUAINT:
        // night 10 times the day, 6 TNI, 3 TEV; morning 5 times the day, 3 TMO; evening 3 TEV), so the span keeps
        // the part and the value is the day.
        if (part is DayPart.Night or DayPart.Morning)
        {
            part = DayPart.None;
        }

        // "Wednesday's ruling": a possessive day is one that has been.
        var possessive = (IsPunct(k, '\'') || IsPunct(k, '\u2019')) && IsWord(k + 1, "s") && words[k].Attached;
        // "this Sunday" is the one of the current week still to come (or today), unless the clause tells of it as past.
        var tense = possessive ? Tense.Unknown : TenseAround(i);
        if (offset == 0 && j > i && IsWord(i, "this") && tense != Tense.PastClause)
        {
            tense = Tense.Future;
        }

        var meaning = new TimeMeaning(MeaningKind.Weekday, Offset: offset, Part: weekday, DayPart: part, Tense: tense);
        return new Match(k, TimexType.Date, meaning);
    }

    /// <summary><c>1990</c>, <c>fiscal 1998</c>, <c>the 1990s</c>, <c>'90s</c>, <c>the nineties</c>, <c>nineteen ninety-six</c>, <c>the 20th century</c>.</summary>
    private Match YearOrDecade(int i)
    {
        var theYear = IsThe(i) && IsWord(i + 1, "year");
        if (SpelledYear(theYear ? i + 2 : i, out var spelledEnd, thousands: theYear) is > 0 and var spelled)
        {
            return new Match(spelledEnd, TimexType.Date, TimeMeaning.Fixed(spelled.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (Century(IsThe(i) ? i + 1 : i) is > 0 and var centuryEnd)
        {
            var ordinal = Integer(IsThe(i) ? i + 1 : i, 2);
            return new Match(centuryEnd, TimexType.Date, TimeMeaning.Fixed((ordinal - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var j = i;
        var fiscal = false;
        if (IsThe(j))
        {
            j++;
        }

        if (Kind(j) == TimeWordKind.Fiscal)
        {
            fiscal = true;
            j++;
            if (IsWord(j, "year"))
            {
                j++;
            }
        }

        if (Kind(j) == TimeWordKind.DecadeWord && j > i)
        {
            return new Match(j + 1, TimexType.Date, TimeMeaning.Fixed($"19{Value(j)}"));
        }

        if (IsPunct(j, '\'') || IsPunct(j, '\u2019'))
        {
            if (IsDigits(j + 1) && words[j + 1].Attached && Integer(j + 1, 2) is >= 0 and var shortDecade && shortDecade % 10 == 0
                && IsWord(j + 2, "s") && words[j + 2].Attached)
            {
                return new Match(j + 3, TimexType.Date, TimeMeaning.Fixed($"19{shortDecade / 10}"));
            }

            return Match.None;
        }

        if (!IsDigits(j) || Year(j) is not (> 0 and var year))
        {
            return Match.None;
        }

        if (IsWord(j + 1, "s") && words[j + 1].Attached && year % 10 == 0)
        {
            return new Match(j + 2, TimexType.Date, TimeMeaning.Fixed($"{year / 10}"));
        }

        // A bare year: "in 1990"; not money, not a count of something ("1,500 troops" has a comma; "2000 people"),
        // not a 24-hour clock time before its zone ("at 1100 GMT", "at about 1000 local time").
        if ((j > 0 && (IsPunct(j - 1, '$') || IsPunct(j - 1, '#'))) || IsZone(j + 1) || IsLocalTime(j + 1))
        {
            return Match.None;
        }

        if ((j > i && !fiscal) || (j == i && InName(j)))
        {
            return Match.None;
        }

        var end = j + 1;
        if (fiscal && (IsPunct(end, '\'') || IsPunct(end, '\u2019')) && IsWord(end + 1, "s"))
        {
            end += 2;
        }

        return new Match(end, TimexType.Date, TimeMeaning.Fixed(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A year number that is part of a name: after a capitalised word inside a sentence (<c>a venture called Orion
    /// 1980</c>, <c>Expo 2010</c>; not <c>In 1990</c> opening a sentence or a headline's <c>Profits Rise In 1990</c>),
    /// or a model year before a maker's name (<c>his 1987 Chevrolet</c>, <c>a 2004 Toyota</c>). A year before other
    /// names stays a time: <c>the 1996 Olympic bombing</c>, <c>the 1994 Freedom of Access Act</c> (TBAQ marks 5 of 5).
    /// </summary>
    private bool InName(int j)
    {
        if (j + 1 < count && words[j + 1].Shape == WordShape.Letters && Capitalised(j + 1) && Makers.Contains(text.Substring(words[j + 1].Start, words[j + 1].Length)))
        {
            return true;
        }

        var name = j - 1;
        if (name < 1 || words[name].Shape != WordShape.Letters || !Capitalised(name) || Kind(name) != TimeWordKind.None || words[name].Attached
            || IsSentenceEnd(name - 1) || (words[name - 1].Shape == WordShape.Punctuation && !IsPunct(name - 1, ',')) || IsAcronym(name)
            || TitleWords.Contains(text.Substring(words[name].Start, words[name].Length)) || DatedNames.Contains(text.Substring(words[name].Start, words[name].Length)))
        {
            return false;
        }

        return true;
    }

    /// <summary>An all-capital short word (<c>FY</c>, <c>AD</c>): an abbreviation that may head a year.</summary>
    private bool IsAcronym(int i) => words[i].Length <= 4 && !text.AsSpan(words[i].Start, words[i].Length).ContainsAnyInRange('a', 'z');

    /// <summary>Function words that a headline capitalises before a year (<c>Sales Rise In 1990</c>).</summary>
    private static readonly FrozenSet<string> TitleWords = FrozenSet.ToFrozenSet(
        ["In", "Since", "By", "Until", "Till", "For", "From", "Of", "At", "On", "To", "Before", "After", "During", "Through", "And", "Or",
            "The", "A", "An", "Than", "Over", "Around", "About", "Circa", "Fiscal", "Year", "Class", "Vintage", "Mid", "Early", "Late", "Spring", "Summer",
            "Autumn", "Winter", "Fall"],
        StringComparer.Ordinal);

    /// <summary>
    /// Heads of names that carry the year of what they name (<c>the Terrorism Act 2000</c>, <c>Euro 2004</c>, <c>the
    /// Census 2001</c>): that year is a date, as TBAQ marks <c>the 1994 Freedom of Access Act</c>.
    /// </summary>
    private static readonly FrozenSet<string> DatedNames = FrozenSet.ToFrozenSet(
        ["Act", "Bill", "Law", "Order", "Regulations", "Rules", "Code", "Convention", "Treaty", "Accord", "Agreement", "Protocol", "Directive",
            "Statute", "Plan", "Budget", "Review", "Report", "Census", "Election", "Elections", "Games", "Olympics", "Cup", "Championship",
            "Championships", "Euro", "Expo", "Summit", "Conference", "Festival", "Awards", "Prize", "Vision", "Agenda", "Strategy", "Declaration"],
        StringComparer.Ordinal);

    /// <summary>Car makers, whose name after a year makes it a model year (<c>a 1965 Ford</c>), no time.</summary>
    private static readonly FrozenSet<string> Makers = FrozenSet.ToFrozenSet(
        ["Chevrolet", "Chevy", "Ford", "Toyota", "Honda", "Nissan", "Buick", "Cadillac", "Chrysler", "Dodge", "Pontiac", "Oldsmobile", "Plymouth",
            "Lincoln", "Mercury", "Jeep", "Volkswagen", "VW", "BMW", "Mercedes", "Mercedes-Benz", "Audi", "Porsche", "Volvo", "Saab", "Mazda", "Subaru",
            "Hyundai", "Kia", "Mitsubishi", "Lexus", "Ferrari", "Jaguar", "Fiat", "Renault", "Peugeot", "Citroen", "Opel", "Skoda", "Tesla", "Harley-Davidson"],
        StringComparer.Ordinal);

    /// <summary><c>2022-02-24</c>, <c>24/02/2022</c>, <c>02/24/2022</c> (day first when both readings are possible).</summary>
    private Match NumericDate(int i)
    {
        if (!IsDigits(i))
        {
            return Match.None;
        }

        var span = text.AsSpan(words[i].Start, words[i].Length);
        if (span.Length is < 8 or > 10)
        {
            return Match.None;
        }

        Span<Range> parts = stackalloc Range[4];
        var separator = span.Contains('-') ? '-' : span.Contains('/') ? '/' : '.';
        if (span.Split(parts, separator) != 3)
        {
            return Match.None;
        }

        var a = Number(span[parts[0]]);
        var b = Number(span[parts[1]]);
        var c = Number(span[parts[2]]);
        int year, month, day;
        if (span[parts[0]].Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else if (span[parts[2]].Length == 4)
        {
            year = c;
            (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
        }
        else
        {
            return Match.None;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month))
        {
            return Match.None;
        }

        return new Match(i + 1, TimexType.Date, Explicit(year, month, day));
    }

    /// <summary><c>yesterday</c>, <c>today</c>, <c>tonight</c>, <c>tomorrow morning</c>, <c>this morning</c>, <c>last night</c>.</summary>
    private Match DayRef(int i)
    {
        // "USA Today", "VOA Today": a capitalised day after a capitalised word is a title.
        if (Kind(i) == TimeWordKind.DayRef && !(i > 0 && Capitalised(i) && words[i - 1].Shape == WordShape.Letters && Capitalised(i - 1) && !IsSentenceEnd(i - 1)))
        {
            var offset = Value(i);
            if (words[i].Entry.Plural)
            {
                return new Match(i + 1, TimexType.Time, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, 0, DayPart: DayPart.Night));
            }

            if (Kind(i + 1) == TimeWordKind.DayPart)
            {
                return new Match(i + 2, TimexType.Time, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, offset, DayPart: (DayPart)Value(i + 1)));
            }

            // "the people of tomorrow", like "tomorrow's leaders", speaks of an age.
            return offset >= 0 && (IsEraPossessive(i + 1) || (i >= 2 && IsWord(i - 1, "of") && IsEraNoun(i - 2)))
                ? Match.None
                : new Match(i + 1, TimexType.Date, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, offset));
        }

        if (Kind(i) == TimeWordKind.Deictic && Kind(i + 1) == TimeWordKind.DayPart && !words[i + 1].Entry.Plural)
        {
            var offset = Value(i) switch
            {
                (int)Deixis.This => 0,
                (int)Deixis.Last when Value(i + 1) == (int)DayPart.Night => -1,
                _ => int.MinValue,
            };
            if (offset != int.MinValue)
            {
                return new Match(i + 2, TimexType.Time, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, offset, DayPart: (DayPart)Value(i + 1)));
            }
        }

        return Match.None;
    }

    /// <summary>
    /// <c>'s world</c>, <c>'s youth</c>, <c>'s personal computers</c> at word <paramref name="k"/>: <c>today's world</c>
    /// speaks of the present age, not of the article's day (TimeBank and AQUAINT mark none of these, but do mark
    /// <c>today's editions</c>, <c>tomorrow's vote</c>).
    /// </summary>
    private bool IsEraPossessive(int k)
    {
        if (!(IsPunct(k, '\'') || IsPunct(k, '\u2019')) || !words[k].Attached || !IsWord(k + 1, "s"))
        {
            return false;
        }

        var noun = k + 2;
        if (IsWord(noun, "personal") || IsWord(noun, "young"))
        {
            noun++;
        }

        return IsEraNoun(noun);
    }

    private bool IsEraNoun(int i) => (uint)i < (uint)count && EraNouns.Contains(text.Substring(words[i].Start, words[i].Length));

    /// <summary>Nouns for the people or things of an age (<c>today's youth</c>, <c>tomorrow's leaders</c>).</summary>
    private static readonly FrozenSet<string> EraNouns = FrozenSet.ToFrozenSet(
        ["world", "youth", "society", "generation", "generations", "children", "kids", "teenagers", "people", "leaders",
            "computers", "technology", "standards", "families", "women", "men"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <c>mid-afternoon yesterday</c>, <c>morning tomorrow</c>: the part of day before its day; <c>mid afternoon</c>
    /// alone is that part of the article's day.
    /// </summary>
    private Match DayPartFirst(int i)
    {
        var mid = IsWord(i, "mid");
        var j = !mid ? i : HyphenJoined(i + 1) ? i + 2 : i + 1;
        if (Kind(j) != TimeWordKind.DayPart || words[j].Entry.Plural || IsWord(j, "overnight"))
        {
            return Match.None;
        }

        var part = (DayPart)Value(j);
        if (Kind(j + 1) == TimeWordKind.DayRef && !words[j + 1].Entry.Plural)
        {
            return new Match(j + 2, TimexType.Time, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, Value(j + 1), DayPart: part));
        }

        return mid ? new Match(j + 1, TimexType.Time, new TimeMeaning(MeaningKind.Shift, TimeUnit.Day, 0, DayPart: part)) : Match.None;
    }

    /// <summary>
    /// A year in words: <c>nineteen ninety-six</c>, <c>nineteen hundred</c>, and with <paramref name="thousands"/>
    /// (after <c>the year</c>) <c>two thousand</c>; 0 if none.
    /// </summary>
    private int SpelledYear(int j, out int end, bool thousands = false)
    {
        end = j;
        if (Kind(j) != TimeWordKind.Number)
        {
            return 0;
        }

        var first = Value(j);
        if (thousands && first == 2 && IsWord(j + 1, "thousand"))
        {
            end = j + 2;
            return 2000;
        }

        if (first is < 11 or > 19 || Kind(j + 1) != TimeWordKind.Number || words[j + 1].Attached)
        {
            return 0;
        }

        var rest = Value(j + 1);
        end = j + 2;
        if (rest == 100)
        {
            // "nineteen hundred"; "twelve hundred" is more often a count.
            return first >= 17 ? first * 100 : 0;
        }

        if (rest is < 10 or > 99)
        {
            return 0;
        }

        var unitAt = HyphenJoined(end) ? end + 1 : end;
        if (rest >= 20 && rest % 10 == 0 && Kind(unitAt) == TimeWordKind.Number && Value(unitAt) < 10)
        {
            rest += Value(unitAt);
            end = unitAt + 1;
        }

        return (first * 100) + rest;
    }

    /// <summary>One past <c>20th century</c> at word <paramref name="j"/> (digits, ordinal suffix, century), or 0.</summary>
    private int Century(int j) =>
        IsDigits(j) && Integer(j, 2) is >= 1 and <= 21 && j + 2 < count && words[j + 1].Attached && IsOrdinalSuffix(j + 1)
        && IsWord(j + 2, "century") && !HyphenJoined(j + 3)
            ? j + 3
            : 0;

    private const int NotDeictic = int.MinValue;

    /// <summary>Years from the article's for <c>last year</c> (-1), <c>this year</c> (0), <c>next year</c> (1) at word <paramref name="j"/>, or <see cref="NotDeictic"/>.</summary>
    private int YearDeixis(int j) =>
        Kind(j) == TimeWordKind.Deictic && IsWord(j + 1, "year") && !HyphenJoined(j + 2) && !IsPunct(j + 2, '\'')
            ? Value(j) switch
            {
                (int)Deixis.Last or (int)Deixis.Past or (int)Deixis.Previous => -1,
                (int)Deixis.Next or (int)Deixis.Coming => 1,
                (int)Deixis.This or (int)Deixis.Current => 0,
                _ => NotDeictic,
            }
            : NotDeictic;

    private bool IsFullWeekday(int i) => words[i].Length >= 6;

    private bool IsOrdinalSuffix(int i) => IsWord(i, "st") || IsWord(i, "nd") || IsWord(i, "rd") || IsWord(i, "th");

    /// <summary>A four-digit year from 1000 to 2099 at word <paramref name="i"/>, or 0.</summary>
    private int Year(int i) => IsDigits(i) && words[i].Length == 4 && Integer(i, 4) is >= 1000 and <= 2099 and var y ? y : 0;

    private static int Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : NoMatch;

    private static TimeMeaning Explicit(int year, int month, int day) => TimeMeaning.Fixed(day > 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));
}
