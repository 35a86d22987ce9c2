namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// A quantity found in the text before its value is resolved: where it is, the cue before it, the number
/// (or the two ends of a range) and the counted noun or currency.
/// </summary>
/// <param name="Span">The whole quantity: cue, number, and counted noun when there is one.</param>
/// <param name="Cue">The qualifying words before the number.</param>
/// <param name="Number">The number (the first one of a range).</param>
/// <param name="RangeEnd">The second number of a range (<c>20 to 30</c>, <c>between 20 and 30</c>), if any.</param>
/// <param name="Unit">The counted noun, <c>%</c>, or a currency code.</param>
public readonly record struct QuantityCandidate(TextSpan Span, Cue Cue, NumberPhrase Number, NumberPhrase? RangeEnd, string? Unit);
