namespace Chronicle.Recognizers.Quantities;

/// <summary>The words before a number that say how it bounds the count (<c>at least</c>, <c>nearly</c>, <c>up to</c>).</summary>
public enum Cue
{
    /// <summary>No qualifying words.</summary>
    None,

    /// <summary><c>at least</c>, <c>no fewer than</c>: the number is included.</summary>
    AtLeast,

    /// <summary><c>more than</c>, <c>over</c>: strictly more.</summary>
    MoreThan,

    /// <summary><c>up to</c>, <c>as many as</c>, <c>at most</c>: the number is included.</summary>
    AtMost,

    /// <summary><c>fewer than</c>, <c>under</c>: strictly fewer.</summary>
    LessThan,

    /// <summary><c>about</c>, <c>some</c>, <c>an estimated</c>.</summary>
    Approx,

    /// <summary><c>nearly</c>, <c>almost</c>: about, and not more than the number.</summary>
    Nearly,

    /// <summary><c>between</c>: starts a range closed by <c>and</c>.</summary>
    Between,
}
