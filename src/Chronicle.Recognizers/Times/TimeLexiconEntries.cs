namespace Chronicle.Recognizers.Times;

/// <summary>The entries of the English <see cref="TimeLexicon"/>.</summary>
internal static class TimeLexiconEntries
{
    public static Dictionary<string, TimeWord> Build()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[] shortMonths = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var m = 0; m < 12; m++)
        {
            words[months[m]] = new(TimeWordKind.Month, m + 1);
            if (shortMonths[m].Length > 0)
            {
                words[shortMonths[m]] = new(TimeWordKind.Month, m + 1);
            }
        }

        words["sept"] = new(TimeWordKind.Month, 9);
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        string[] shortDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        for (var d = 0; d < 7; d++)
        {
            words[days[d]] = new(TimeWordKind.Weekday, d + 1);
            words[shortDays[d]] = new(TimeWordKind.Weekday, d + 1);
            words[days[d] + "s"] = new(TimeWordKind.Weekday, d + 1, Plural: true);
        }

        words["tues"] = new(TimeWordKind.Weekday, 2);
        words["thurs"] = new(TimeWordKind.Weekday, 4);
        AddUnit(words, "second", TimeUnit.Second, singular: false);
        AddUnit(words, "minute", TimeUnit.Minute);
        AddUnit(words, "hour", TimeUnit.Hour);
        AddUnit(words, "day", TimeUnit.Day);
        AddUnit(words, "weekend", TimeUnit.Weekend);
        AddUnit(words, "week", TimeUnit.Week);
        AddUnit(words, "month", TimeUnit.Month);
        AddUnit(words, "quarter", TimeUnit.Quarter);
        AddUnit(words, "year", TimeUnit.Year);
        AddUnit(words, "decade", TimeUnit.Decade);
        words["century"] = new(TimeWordKind.Unit, (int)TimeUnit.Century);
        words["centuries"] = new(TimeWordKind.Unit, (int)TimeUnit.Century, Plural: true);
        words["half"] = new(TimeWordKind.Unit, (int)TimeUnit.Half);
        words["hrs"] = new(TimeWordKind.Unit, (int)TimeUnit.Hour, Plural: true);
        words["mins"] = new(TimeWordKind.Unit, (int)TimeUnit.Minute, Plural: true);
        words["yr"] = new(TimeWordKind.Unit, (int)TimeUnit.Year);
        words["yrs"] = new(TimeWordKind.Unit, (int)TimeUnit.Year, Plural: true);

        words["morning"] = new(TimeWordKind.DayPart, (int)DayPart.Morning);
        words["afternoon"] = new(TimeWordKind.DayPart, (int)DayPart.Afternoon);
        words["evening"] = new(TimeWordKind.DayPart, (int)DayPart.Evening);
        words["night"] = new(TimeWordKind.DayPart, (int)DayPart.Night);
        words["overnight"] = new(TimeWordKind.DayPart, (int)DayPart.Night);
        words["mornings"] = new(TimeWordKind.DayPart, (int)DayPart.Morning, Plural: true);
        words["afternoons"] = new(TimeWordKind.DayPart, (int)DayPart.Afternoon, Plural: true);
        words["evenings"] = new(TimeWordKind.DayPart, (int)DayPart.Evening, Plural: true);
        words["nights"] = new(TimeWordKind.DayPart, (int)DayPart.Night, Plural: true);
        words["spring"] = new(TimeWordKind.Season, 0);
        words["summer"] = new(TimeWordKind.Season, 1);
        words["fall"] = new(TimeWordKind.Season, 2);
        words["autumn"] = new(TimeWordKind.Season, 2);
        words["winter"] = new(TimeWordKind.Season, 3);

        words["yesterday"] = new(TimeWordKind.DayRef, -1);
        words["today"] = new(TimeWordKind.DayRef, 0);
        words["tomorrow"] = new(TimeWordKind.DayRef, 1);
        words["tonight"] = new(TimeWordKind.DayRef, 0, Plural: true);

        words["this"] = new(TimeWordKind.Deictic, (int)Deixis.This);
        words["last"] = new(TimeWordKind.Deictic, (int)Deixis.Last);
        words["next"] = new(TimeWordKind.Deictic, (int)Deixis.Next);
        words["past"] = new(TimeWordKind.Deictic, (int)Deixis.Past);
        words["coming"] = new(TimeWordKind.Deictic, (int)Deixis.Coming);
        words["previous"] = new(TimeWordKind.Deictic, (int)Deixis.Previous);
        words["prior"] = new(TimeWordKind.Deictic, (int)Deixis.Previous);
        words["following"] = new(TimeWordKind.Deictic, (int)Deixis.Following);
        words["current"] = new(TimeWordKind.Deictic, (int)Deixis.Current);
        words["recent"] = new(TimeWordKind.Deictic, (int)Deixis.Recent);

        foreach (var narrower in (string[])["early", "late", "mid", "earlier", "later", "end", "beginning", "start", "middle"])
        {
            words[narrower] = new(TimeWordKind.Narrower, 0);
        }

        words["now"] = new(TimeWordKind.Reference, (int)RefPoint.Present);
        words["currently"] = new(TimeWordKind.Reference, (int)RefPoint.Present);
        words["nowadays"] = new(TimeWordKind.Reference, (int)RefPoint.Present);
        words["recently"] = new(TimeWordKind.Reference, (int)RefPoint.Past);
        words["future"] = new(TimeWordKind.Reference, (int)RefPoint.Future);

        words["hourly"] = new(TimeWordKind.Frequency, (int)TimeUnit.Hour);
        words["daily"] = new(TimeWordKind.Frequency, (int)TimeUnit.Day);
        words["nightly"] = new(TimeWordKind.Frequency, (int)TimeUnit.Day);
        words["weekly"] = new(TimeWordKind.Frequency, (int)TimeUnit.Week);
        words["monthly"] = new(TimeWordKind.Frequency, (int)TimeUnit.Month);
        words["annually"] = new(TimeWordKind.Frequency, (int)TimeUnit.Year);
        words["yearly"] = new(TimeWordKind.Frequency, (int)TimeUnit.Year);

        words["ago"] = new(TimeWordKind.AgoWord, -1);
        words["earlier"] = new(TimeWordKind.Narrower, -1);
        words["later"] = new(TimeWordKind.Narrower, 1);
        words["hence"] = new(TimeWordKind.AgoWord, 1);

        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var n = 0; n < numbers.Length; n++)
        {
            words[numbers[n]] = new(TimeWordKind.Number, n + 1);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var t = 0; t < tens.Length; t++)
        {
            words[tens[t]] = new(TimeWordKind.Number, (t + 2) * 10);
        }

        words["hundred"] = new(TimeWordKind.Number, 100);
        words["thousand"] = new(TimeWordKind.Number, 1000);
        words["dozen"] = new(TimeWordKind.Number, 12);
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        for (var o = 0; o < ordinals.Length; o++)
        {
            words[ordinals[o]] = new(TimeWordKind.Ordinal, o + 1);
        }

        words["final"] = new(TimeWordKind.Ordinal, 4);
        words["the"] = new(TimeWordKind.Article, 0);
        words["an"] = new(TimeWordKind.Article, 1);
        foreach (var vague in (string[])["several", "few", "some", "many", "couple", "numerous"])
        {
            words[vague] = new(TimeWordKind.Vague, 0);
        }

        foreach (var approximate in (string[])["about", "nearly", "almost", "around", "roughly", "approximately", "some"])
        {
            words.TryAdd(approximate, new(TimeWordKind.Approximator, 0));
        }

        foreach (var bound in (string[])["more", "less", "fewer", "at", "up", "over", "no", "nearly"])
        {
            words[bound] = new(TimeWordKind.Bound, 0);
        }

        words["once"] = new(TimeWordKind.Times, 1);
        words["twice"] = new(TimeWordKind.Times, 2);
        words["thrice"] = new(TimeWordKind.Times, 3);
        words["every"] = new(TimeWordKind.Every, 0);
        words["each"] = new(TimeWordKind.Every, 0);
        words["per"] = new(TimeWordKind.Every, 1);
        words["noon"] = new(TimeWordKind.ClockWord, 12);
        words["midday"] = new(TimeWordKind.ClockWord, 12);
        words["midnight"] = new(TimeWordKind.ClockWord, 0);
        words["am"] = new(TimeWordKind.Meridiem, 0);
        words["pm"] = new(TimeWordKind.Meridiem, 12);
        words["fiscal"] = new(TimeWordKind.Fiscal, 0);
        foreach (var cue in (string[])["will", "shall", "ll", "scheduled", "upcoming", "expected", "expects", "expect", "would", "planned", "plans", "plan", "planning", "set", "due", "effective", "payable"])
        {
            words[cue] = new(TimeWordKind.FutureCue, 0);
        }

        // Past forms that do not end in -ed (those are recognised by their ending).
        foreach (var past in (string[])["was", "were", "had", "did", "said", "began", "came", "went", "took", "made", "rose", "fell", "saw",
                     "got", "told", "brought", "left", "won", "lost", "met", "sold", "bought", "paid", "held", "gave", "became", "ago"])
        {
            words.TryAdd(past, new(TimeWordKind.PastCue, 0));
        }

        words["that"] = new(TimeWordKind.Demonstrative, 0);
        words["these"] = new(TimeWordKind.Demonstrative, 1);
        words["thanksgiving"] = new(TimeWordKind.Holiday, Holidays.Thanksgiving);
        words["christmas"] = new(TimeWordKind.Holiday, Holidays.Christmas);
        words["halloween"] = new(TimeWordKind.Holiday, Holidays.Halloween);
        words["easter"] = new(TimeWordKind.Holiday, Holidays.Easter);
        words["election"] = new(TimeWordKind.Holiday, Holidays.ElectionDay);
        words["independence"] = new(TimeWordKind.Holiday, Holidays.Independence);
        words["labor"] = new(TimeWordKind.Holiday, Holidays.LaborDay);
        words["memorial"] = new(TimeWordKind.Holiday, Holidays.MemorialDay);

        string[] decades = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var d = 2; d < decades.Length; d++)
        {
            words[decades[d]] = new(TimeWordKind.DecadeWord, d);
        }

        return words;
    }

    private static void AddUnit(Dictionary<string, TimeWord> words, string name, TimeUnit unit, bool singular = true)
    {
        if (singular)
        {
            words[name] = new(TimeWordKind.Unit, (int)unit);
        }

        words[name + "s"] = new(TimeWordKind.Unit, (int)unit, Plural: true);
    }
}
