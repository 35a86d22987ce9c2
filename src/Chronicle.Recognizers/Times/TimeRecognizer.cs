using System.Buffers;
using System.Collections.Immutable;

namespace Chronicle.Recognizers.Times;

/// <summary>
/// Finds time expressions and resolves them to TIMEX3 values against the article's date
/// (<see cref="Document.Published"/>): first <see cref="TimeExtractor"/> finds spans and what they mean,
/// then <see cref="TimeResolver"/> anchors them. Immutable and thread-safe.
/// </summary>
public sealed class TimeRecognizer(TimeLexicon lexicon) : IStage
{
    /// <summary>A recogniser with the English lexicon.</summary>
    public TimeRecognizer()
        : this(TimeLexicon.English())
    {
    }

    /// <inheritdoc />
    public string Name => "times";

    /// <inheritdoc />
    public string Version => "8";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        return found with { Times = Find(document.Text, document.Published) };
    }

    /// <summary>The time expressions in <paramref name="text"/>, in text order, resolved against <paramref name="published"/>.</summary>
    public ImmutableArray<TimeMention> Find(string text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ArrayPool<Word>.Shared.Rent(Math.Max(16, text.Length / 4));
        try
        {
            var count = WordScanner.Scan(text, lexicon, ref words);
            var candidates = new List<TimeCandidate>();
            new TimeExtractor(text, words, count, published).FindAll(candidates);
            var result = ImmutableArray.CreateBuilder<TimeMention>(candidates.Count);
            string? lastDate = null;
            string? lastQuarter = null;
            var lastQuarterAt = int.MinValue;
            var lastQuarterEnd = 0;
            foreach (var candidate in candidates)
            {
                // "that year", "later that day": the period of the date last mentioned.
                // "the following year" with no date before it: the year after the article's.
                var meaning = candidate.Meaning;
                if (IsGenericThatDay(text, candidate, lastDate))
                {
                    continue;
                }

                var value = meaning.Kind == MeaningKind.Clock && meaning.Anaphoric && IsDay(lastDate) ? TimeResolver.OnDay(meaning, lastDate!)
                    : meaning.Kind != MeaningKind.Same ? TimeResolver.Resolve(meaning, published)
                    : meaning is { DayPart: not DayPart.None, Offset: 0 } && !IsDay(lastDate) ? TimeResolver.Resolve(meaning with { Kind = MeaningKind.Shift }, published)
                    : lastDate is null && meaning.Offset != 0 ? TimeResolver.Resolve(meaning with { Kind = MeaningKind.Shift }, published)
                    : meaning is { Unit: TimeUnit.Quarter, Offset: 0 } && lastQuarter is not null && candidate.Span.Start - lastQuarterAt <= TimeExtractor.QuarterReach
                        ? lastQuarter
                    : TimeResolver.Same(meaning.Unit, lastDate, meaning.Offset);
                if (meaning.Kind == MeaningKind.Same && meaning.DayPart != DayPart.None && value.Length == 10 && IsDay(value))
                {
                    value += TimeResolver.Suffix(meaning.DayPart);
                }

                // "that quarter" is the quarter last named, whose months need not be those of the day that closes it
                // ("the second quarter ended Oct. 31 ... that quarter" is the fiscal second quarter); a day named after
                // it ("opened on Aug. 3, and sales in that quarter") gives its own quarter.
                if (IsQuarter(value))
                {
                    (lastQuarter, lastQuarterAt, lastQuarterEnd) = (value, candidate.Span.Start, candidate.Span.End);
                }
                else if (candidate.Type is TimexType.Date or TimexType.Time && value.Length >= 4 && char.IsAsciiDigit(value[0])
                         && !ClosesQuarter(text, lastQuarterEnd, candidate.Span.Start))
                {
                    lastQuarter = null;
                }

                if (candidate.Type is TimexType.Date or TimexType.Time && value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]))
                {
                    lastDate = value;
                }

                result.Add(new TimeMention(candidate.Span, candidate.Type, value));
            }

            return result.DrainToImmutable();
        }
        finally
        {
            ArrayPool<Word>.Shared.Return(words);
        }
    }

    /// <summary>
    /// A bare <c>that day</c> with no particular day named before it speaks of any day ("losses on trades made that
    /// day", "strong redemptions that day"): TBAQ marks neither such, while it marks those after a named day.
    /// </summary>
    private static bool IsGenericThatDay(string text, TimeCandidate candidate, string? lastDate) =>
        candidate.Meaning is { Kind: MeaningKind.Same, Unit: TimeUnit.Day, Offset: 0 } && !IsDay(lastDate)
        && text.AsSpan(candidate.Span.Start, candidate.Span.End - candidate.Span.Start).Equals("that day", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when only <c>ended</c> or <c>ending</c> lies between a quarter and a day: the day that closes it.</summary>
    private static bool ClosesQuarter(string text, int quarterEnd, int dayStart)
    {
        if (quarterEnd <= 0 || dayStart <= quarterEnd || dayStart - quarterEnd > 10)
        {
            return false;
        }

        var between = text.AsSpan(quarterEnd, dayStart - quarterEnd).Trim();
        return between.Equals("ended", StringComparison.OrdinalIgnoreCase) || between.Equals("ending", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a value naming one quarter of a year (<c>1988-Q2</c>).</summary>
    private static bool IsQuarter(string value) =>
        value.Length == 7 && char.IsAsciiDigit(value[0]) && value[4] == '-' && value[5] == 'Q' && char.IsAsciiDigit(value[6]);

    /// <summary>True for a value naming one calendar day (<c>1998-10-23</c>, <c>1998-10-23TNI</c>).</summary>
    private static bool IsDay(string? value) =>
        value is { Length: >= 10 } && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]);
}
