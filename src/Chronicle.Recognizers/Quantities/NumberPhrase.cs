namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// A number as written (<c>1,500</c>, <c>two hundred</c>, <c>1.5 million</c>, <c>tens of thousands</c>) with the range
/// it allows: equal ends for an exact number, wider for a vague one.
/// </summary>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Value">Its value (the figure that stands for a vague number).</param>
/// <param name="Low">The smallest count it allows.</param>
/// <param name="High">The largest count it allows.</param>
/// <param name="Form">Whether it was written in digits or words, and whether it is vague.</param>
public readonly record struct NumberPhrase(int Start, int End, decimal Value, decimal Low, decimal High, NumberForm Form)
{
    /// <summary>True for <c>hundreds</c>, <c>several</c>, <c>a few</c> and the like.</summary>
    public bool IsVague => Form == NumberForm.Vague;
}

/// <summary>How a number was written.</summary>
public enum NumberForm
{
    /// <summary>Digits, possibly with a scale (<c>1,500</c>, <c>1.5 million</c>, <c>5bn</c>).</summary>
    Digits,

    /// <summary>Words (<c>two hundred and fifty</c>, <c>a dozen</c>).</summary>
    Words,

    /// <summary>A vague number (<c>hundreds</c>, <c>tens of thousands</c>, <c>several</c>).</summary>
    Vague,
}
