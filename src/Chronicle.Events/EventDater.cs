using System.Globalization;

namespace Chronicle.Events;

/// <summary>
/// An event's own date: a time expression in its clause, else (for a verb or a noun that heads its clause) the
/// nearest one in the sentence, else the article's date when the sentence tells the event as current (present
/// or present perfect, no other year), never the article's date for an event told in the past perfect or of another year.
/// </summary>
internal sealed class EventDater(ArticleView view)
{
    private readonly TimeHost hosts = new(view);

    public EventDate? Date(Mention m, List<Mention> sentenceMentions)
    {
        var segment = Segment.Around(view, m).Span(view);
        var sentence = view.Found.Sentences[m.Sentence].Span;
        TimeMention? best = null;
        var bestDistance = int.MaxValue;
        var inSegment = false;
        foreach (var time in view.Found.Times)
        {
            if (!sentence.Contains(time.Span) || time.Type is not (TimexType.Date or TimexType.Time) || !Usable(time.Value))
            {
                continue;
            }

            var (first, last) = TokensOf(time.Span);
            // `BAGHDAD, April 7 -`: a dateline's date is when the story was filed, no time of any event it tells.
            if (first >= 0 && first < view.DatelineEnd)
            {
                continue;
            }

            // `agreed in 2000 to help Europe lead by 2010`: a `by` deadline of an infinitive clause after the event is when
            // that clause's goal falls due, no date of the event.
            if (first > 0 && DeadlineAfter(m, first))
            {
                continue;
            }

            // `audited for returns before 2009`, `prior to 1990`: a time told as what the event came before is a bound, no date of it.
            if (first > 0 && Before(first))
            {
                continue;
            }

            var attachment = first < 0 ? Attachment.Loose : hosts.Of(first, last, m, sentenceMentions);
            // `who helmed the party from 1995 to 1997 and has backed her since`: a perfect tells a state that runs to the
            // telling, so a time another verb in the simple past holds is none of its.
            if (attachment == Attachment.Loose && first >= 0 && PastApart(m, first, last))
            {
                continue;
            }

            // `said on Tuesday` dates the statement, not the attack it reports; `next month` is no date of what has happened.
            if (attachment == Attachment.Other || (attachment == Attachment.Loose && Later(m, time.Value)))
            {
                continue;
            }

            var distance = attachment == Attachment.Own ? -1 : Math.Abs(time.Span.Start - m.Trigger.Start);
            var here = attachment == Attachment.Own || segment.Overlaps(time.Span);
            // A noun told in passing (`In a telephone call on Thursday, X delivered...`) does not keep its phrase's time to itself.
            if (!here && sentenceMentions.Exists(o => o != m && !Embedded(o) && Segment.Around(view, o).Span(view).Overlaps(time.Span)))
            {
                continue;
            }

            if ((here && !inSegment) || (here == inSegment && distance < bestDistance))
            {
                best = time;
                bestDistance = distance;
                inSegment = here;
            }
        }

        if (best is not null && (inSegment || !Embedded(m)))
        {
            return Of(best.Value, best.Span.Of(view.Text));
        }

        if (best is null && view.Document.Published is { } published && Current(m, sentenceMentions))
        {
            return new EventDate(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, "article date");
        }

        return null;
    }

    private bool DeadlineAfter(Mention m, int first)
    {
        if (view.Word(first - 1) is not "by" || first <= m.Last)
        {
            return false;
        }

        for (var k = m.Last + 1; k < first - 1; k++)
        {
            if (view.Tag(k) == "TO" && view.Tag(k + 1) is "VB" or "RB")
            {
                return true;
            }
        }

        return false;
    }

    private bool Before(int first) =>
        (view.Word(first - 1) is "before" or "Before" && view.Tag(first - 1) == "IN")
        || (first > 1 && view.Word(first - 1) is "to" && view.Word(first - 2) is "prior" or "Prior");

    // The trigger is a perfect (`has backed`, `have long supported`) and a verb in the simple past stands between it and the time.
    private bool PastApart(Mention m, int first, int last)
    {
        if (m.Noun || view.Tag(m.First) != "VBN")
        {
            return false;
        }

        var k = m.First - 1;
        while (k > 0 && view.Tag(k) == "RB")
        {
            k--;
        }

        if (k < 0 || view.Word(k) is not ("has" or "have" or "Has" or "Have"))
        {
            return false;
        }

        // Between the two, or (for a time before the trigger) in the phrase the time closes: `helmed the party from 1995`.
        var (from, to) = last < k ? (Math.Max(0, first - 6), k) : (m.Last + 1, first);
        for (var j = from; j < to; j++)
        {
            if (view.Tag(j) == "VBD" && !(j > 0 && view.Tag(j - 1) is "VBD" or "VBZ" or "VBP"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Usable(string value) => value.Length >= 4 && (char.IsAsciiDigit(value[0]) || value[0] == 'X') && !value.StartsWith('P');

    // A noun inside a prepositional phrase is told in passing; the sentence's other times belong to its main event.
    private bool Embedded(Mention m)
    {
        if (!m.Noun)
        {
            return false;
        }

        var k = m.Edge - 1;
        while (k > 0 && view.Tag(k) is "DT" or "JJ" or "PRP$" or "CD")
        {
            k--;
        }

        return k >= 0 && view.Tag(k) is "IN" or "TO";
    }

    /// <summary>ACLED's convention for a week: its first day, with week precision.</summary>
    internal static EventDate Of(string value, string text)
    {
        var week = value.IndexOf("-W", StringComparison.Ordinal);
        if (week == 4 && char.IsAsciiDigit(value[0]) && value.Length == 8
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var monday = ISOWeek.ToDateTime(year, number, DayOfWeek.Monday);
            return new EventDate(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Week, text);
        }

        var precision = week >= 0 ? DatePrecision.Week : value.Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day };
        return new EventDate(value.Length > 10 ? value[..10] : value, precision, text);
    }

    // A past tense or perfect trigger did not happen after the article was written (`threatened to block the spending
    // plans for next year` was no threat of next year).
    private bool Later(Mention m, string value)
    {
        if (m.Noun || view.Tag(m.First) is not ("VBD" or "VBN") || view.Document.Published is not { } published)
        {
            return false;
        }

        var today = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var length = Math.Min(value.Length, 10);
        return (value.Length == 4 || value.Length >= 7) && char.IsAsciiDigit(value[0]) && !value.Contains("-W", StringComparison.Ordinal)
            && string.CompareOrdinal(value, 0, today, 0, length) > 0;
    }

    private (int First, int Last) TokensOf(TextSpan span)
    {
        var first = -1;
        var last = -1;
        var s = 0;
        var hi = view.Tokens.Length;
        while (s < hi)
        {
            var mid = (s + hi) / 2;
            if (view.Tokens[mid].Span.End <= span.Start)
            {
                s = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = s; k < view.Tokens.Length && view.Tokens[k].Span.Start < span.End; k++)
        {
            first = first < 0 ? k : first;
            last = k;
        }

        return (first, last);
    }

    private bool Current(Mention m, List<Mention> sentenceMentions)
    {
        var s = view.Found.Sentences[m.Sentence];
        // `Iran's main goal is to occupy`, `stop attacking`: an aim or a condition is no event of the day.
        if (!m.Noun && m.First > 0 && view.Tag(m.First - 1) == "TO")
        {
            return false;
        }

        // `Sheikh Sultan was ousted`, `its forces killed`: a trigger told in the simple past happened before the day of
        // the telling, whatever tense the sentence's statement is in.
        if (!m.Noun && (view.Tag(m.First) == "VBD" || (view.Tag(m.First) == "VBN" && PastPassive(m.First))))
        {
            return false;
        }

        // `Investigators believe the bombings were carried out by X`: a definite act that is the subject of a verb in the
        // past was done before the telling, whatever tense the statement around it is in.
        if (m.Noun && m.Definite && m.Last + 1 < s.FirstToken + s.TokenCount && view.Tag(m.Last + 1) == "VBD")
        {
            return false;
        }

        var present = false;
        for (var k = s.FirstToken; k < s.FirstToken + s.TokenCount; k++)
        {
            var tag = view.Tag(k);
            var word = view.Word(k);
            if (view.Tokens[k].Kind == TokenKind.Number && word.Length == 4 && (word[0] is '1' or '2'))
            {
                return false;
            }

            if (word.Equals("had", StringComparison.OrdinalIgnoreCase) || (tag == "RB" && view.Is(k, Recalled)))
            {
                return false;
            }

            // `Iran earlier today said X had...`: the day of the statement says nothing of what it reports.
            present |= tag is "VBZ" or "VBP"
                || ((word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("now", StringComparison.OrdinalIgnoreCase))
                    && hosts.Of(k, k, m, sentenceMentions) != Attachment.Other);
        }

        return present;
    }

    // `have previously criticized`, `has long opposed`, `recently rejected`: an adverb that recalls the past makes no
    // event of the day (`once` is left out: `has once again attacked` is of the day).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Recalled =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["previously", "formerly", "long", "recently"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // `was ousted`, `were arrested`, `was not consulted`: a participle after a past form of `be`.
    private bool PastPassive(int participle)
    {
        for (var k = participle - 1; k >= 0 && participle - k <= 3; k--)
        {
            if (view.Word(k) is "was" or "were" or "Was" or "Were")
            {
                return true;
            }

            if (view.Tag(k) is not ("RB" or "VBN"))
            {
                return false;
            }
        }

        return false;
    }
}
