namespace Chronicle;

/// <summary>How a number bounds the true count.</summary>
public enum Qualifier
{
    /// <summary>The number is the count.</summary>
    Exact,
    /// <summary>About, nearly, some.</summary>
    Approx,
    /// <summary>At least, more than.</summary>
    AtLeast,
    /// <summary>At most, up to, as high as.</summary>
    AtMost,
    /// <summary>Between two numbers.</summary>
    Range,
}

/// <summary>A quantity in the text with its value, bounds and counted noun.</summary>
/// <param name="Span">Where the quantity is.</param>
/// <param name="Value">Its value (the midpoint for vague numbers).</param>
/// <param name="Low">The lowest count it allows, when known.</param>
/// <param name="High">The highest count it allows, when known.</param>
/// <param name="Qualifier">How the number bounds the count.</param>
/// <param name="Unit">The counted noun (<c>protesters</c>, <c>drones</c>), when there is one.</param>
public sealed record Quantity(TextSpan Span, decimal Value, decimal? Low, decimal? High, Qualifier Qualifier, string? Unit);
