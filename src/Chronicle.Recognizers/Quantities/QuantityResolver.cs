namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// Turns a found candidate into a <see cref="Quantity"/>. Choices, so that counts from different articles compare:
/// <list type="bullet">
/// <item><c>Value</c> is the number as written; for a range it is the midpoint, for a vague number its stand-in (hundreds: 500).</item>
/// <item>Strict comparisons bound whole numbers strictly: <c>more than a dozen</c> is at least 13, <c>fewer than 10</c> at most 9.</item>
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
            return new Quantity(candidate.Span, (low + high) / 2, low, high, Qualifier.Range, candidate.Unit);
        }

        var n = number.Value;
        var whole = n == decimal.Truncate(n);
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
        return new Quantity(candidate.Span, n, resolved.Low, resolved.High, resolved.Qualifier, candidate.Unit);
    }
}
