namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// A word that names a number only roughly (<c>hundreds</c>, <c>several</c>, <c>a few</c>): the range it allows and
/// the value taken to stand for it.
/// </summary>
/// <param name="Low">The smallest count it allows.</param>
/// <param name="High">The largest count it allows.</param>
/// <param name="Value">The value that stands for it (a round figure near the middle).</param>
/// <param name="Form">How it combines with other words.</param>
public readonly record struct VagueNumber(decimal Low, decimal High, decimal Value, VagueForm Form);

/// <summary>How a vague number word combines with its neighbours.</summary>
public enum VagueForm
{
    /// <summary>A plural scale (<c>hundreds</c>, <c>thousands</c>): may be followed by <c>of thousands</c>.</summary>
    PluralScale,

    /// <summary>Needs <c>of</c> after it to be a number (<c>tens of</c>, <c>scores of</c>).</summary>
    PluralScaleNeedsOf,

    /// <summary>A determiner (<c>several</c>): may multiply a scale (<c>several hundred</c>).</summary>
    Multiplier,

    /// <summary>Needs <c>a</c> before it (<c>a few</c>, <c>a couple</c>): may multiply a scale (<c>a few thousand</c>).</summary>
    MultiplierNeedsArticle,

    /// <summary>Needs <c>a</c> before and <c>of</c> or a scale after (<c>a couple of</c>), as <c>a couple</c> alone is a pair of people.</summary>
    MultiplierNeedsArticleAndOf,
}
