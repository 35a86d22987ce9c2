namespace Chronicle;

/// <summary>TimeML's four kinds of time expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period (<c>2022-02-24</c>, <c>2020-W02</c>).</summary>
    Date,
    /// <summary>A time of day.</summary>
    Time,
    /// <summary>A length of time (<c>P4D</c>).</summary>
    Duration,
    /// <summary>A recurring time (<c>every week</c>).</summary>
    Set,
}

/// <summary>A time expression resolved to a TIMEX3 value against the article's date.</summary>
/// <param name="Span">Where the expression is.</param>
/// <param name="Type">Its TimeML type.</param>
/// <param name="Value">Its TIMEX3 value, underspecified (<c>XXXX-WXX-3</c>) when the article has no date.</param>
public sealed record TimeMention(TextSpan Span, TimexType Type, string Value);
