namespace Chronicle;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's body text.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="start"/> must not exceed <paramref name="end"/>.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First code unit of the span.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit of the span.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The surface text of this span in <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];

    /// <inheritdoc />
    public override string ToString() => $"[{Start},{End})";
}
