namespace Chronicle.Recognizers.Times;

/// <summary>What a scanned word is, as far as time expressions care.</summary>
internal enum WordShape : byte
{
    Letters,
    Digits,
    Punctuation,
}

/// <summary>
/// One word or punctuation mark found by <see cref="WordScanner"/>, with its lexicon entry looked up once.
/// <paramref name="Attached"/> is true when no space separates it from the previous word (<c>mid-September</c>).
/// </summary>
internal readonly record struct Word(int Start, int End, WordShape Shape, bool Attached, TimeWord Entry)
{
    public int Length => End - Start;
}
