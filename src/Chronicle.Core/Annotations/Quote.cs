namespace Chronicle;

/// <summary>How a claim's speaker stands to its content.</summary>
public enum Stance
{
    /// <summary>States it as fact.</summary>
    Asserts,
    /// <summary>Alleges or accuses.</summary>
    Alleges,
    /// <summary>Denies it.</summary>
    Denies,
    /// <summary>Questions or doubts it.</summary>
    Questions,
}

/// <summary>Who a quote's speaker is: the words naming them where the quote is made, and the entity meant.</summary>
/// <param name="Span">The words naming the speaker (<c>she</c>, <c>Okafor</c>, <c>a rights monitor</c>).</param>
/// <param name="Canonical">Who that is, by the fullest name in the article.</param>
/// <param name="EntityId">The entity's id across articles, once resolved.</param>
public sealed record Speaker(TextSpan Span, string Canonical, string? EntityId = null);

/// <summary>An attribution: a source, a cue, and the content attributed.</summary>
/// <param name="Speaker">Who says it; null when the text does not name a source.</param>
/// <param name="Cue">The words that introduce it (<c>said</c>, <c>according to</c>).</param>
/// <param name="Content">What is said.</param>
/// <param name="Direct">True inside quotation marks.</param>
/// <param name="Stance">How the speaker stands to the content.</param>
/// <param name="Medium">Where it was said (<c>Twitter</c>, <c>a briefing</c>), when stated.</param>
/// <param name="Speech">
/// False when the cue is not a word of saying (<c>will be remembered for</c>, <c>has launched</c>): an attribution as
/// PolNeAR's annotators mark them, but not a report of what someone said, so what it holds is not reported speech.
/// </param>
public sealed record Quote(Speaker? Speaker, TextSpan Cue, TextSpan Content, bool Direct, Stance Stance, string? Medium = null, bool Speech = true);
