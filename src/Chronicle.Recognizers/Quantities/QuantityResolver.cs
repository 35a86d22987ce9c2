namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// Turns a found candidate into a <see cref="Quantity"/>. Choices, so that counts from different articles compare:
/// <list type="bullet">
/// <item><c>Value</c> is the number as written; for a range it is the midpoint, for a vague number its stand-in (hundreds: 500).</item>
/// <item>Strict comparisons bound whole counts strictly: <c>more than a dozen</c> is at least 13, <c>fewer than 10</c> at most 9;
/// percentages and money keep the number (<c>over 30%</c> is at least 30).</item>
/// <item><c>nearly</c> and <c>almost</c> are approximate with the number as the upper bound; <c>about</c> has no bounds.</item>
/// <item>A vague number keeps its range under an approximate qualifier; a cue keeps the bound on its side.</item>
/// </list>
/// </summary>
public static class QuantityResolver
{
    /// <summary>The value, bounds and qualifier of <paramref name="candidate"/>.</summary>
    public static Quantity Resolve(QuantityCandidate candidate)
    {
        var number = candidate.Number;
        if (candidate.RangeEnd is { } last)
        {
            var low = number.Low;
            var high = last.High;
            return new Quantity(candidate.Span, Normal((low + high) / 2), Normal(low), Normal(high), Qualifier.Range, candidate.Unit);
        }

        var n = number.Value;

        // Strict bounds move by one only for counts: "over 30%" and "more than $12bn" are measures, not counts.
        var measure = candidate.Unit is "%" || (candidate.Unit is { Length: 3 } code && code.All(char.IsAsciiLetterUpper));
        var whole = n == decimal.Truncate(n) && !measure;
        (Qualifier Qualifier, decimal? Low, decimal? High) resolved = candidate.Cue switch
        {
            Cue.AtLeast => (Qualifier.AtLeast, number.Low, null),
            Cue.MoreThan => (Qualifier.AtLeast, number.IsVague || !whole ? number.Low : n + 1, null),
            Cue.AtMost => (Qualifier.AtMost, null, number.High),
            Cue.LessThan => (Qualifier.AtMost, null, number.IsVague || !whole ? number.High : n - 1),
            Cue.Nearly => (Qualifier.Approx, number.IsVague ? number.Low : null, number.High),
            Cue.Approx => (Qualifier.Approx, number.IsVague ? number.Low : null, number.IsVague ? number.High : null),
            _ when number.IsVague => (Qualifier.Approx, number.Low, number.High),
            _ => (Qualifier.Exact, n, n),
        };
        return new Quantity(candidate.Span, Normal(n), Normal(resolved.Low), Normal(resolved.High), resolved.Qualifier, candidate.Unit);
    }

    // 4.50 and 4.5 are one value; dropping trailing zeros keeps the JSON output and comparisons plain.
    private static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal? Normal(decimal? value) => value is { } v ? Normal(v) : null;
}
