namespace Chronicle.Recognizers.Numbers;

/// <summary>
/// Builds a cardinal from words read one at a time (<c>two</c>, <c>hundred</c>, <c>fifty</c>; <c>1.5</c>, <c>million</c>),
/// without allocating, so a scanner can stop at the first word that does not continue the number.
/// Refuses orders that are not numbers (<c>five twenty</c>) and values past 10^15, so it never overflows.
/// </summary>
public struct NumberAccumulator
{
    private static readonly decimal Limit = 1_000_000_000_000_000m;
    private decimal _total;
    private decimal _group;
    private bool _seen;
    private bool _digits;

    /// <summary>True once a number word or digits were added.</summary>
    public readonly bool HasValue => _seen;

    /// <summary>The number read so far.</summary>
    public readonly decimal Value => _total + _group;

    /// <summary>An article before a scale (<c>a hundred</c>, <c>a dozen</c>) counts as one.</summary>
    public void StartWithArticle() => _group = 1;

    /// <summary>Adds one word if it continues the number; returns false (and changes nothing) when it does not.</summary>
    public bool TryAdd(ReadOnlySpan<char> word)
    {
        if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            return TryScale(12m, multiplyGroupOnly: true);
        }

        if (NumberWords.TryParseUnit(word, out var unit))
        {
            if (_digits || !CanTakeUnit(unit))
            {
                return false;
            }

            _group += unit;
            _seen = true;
            return true;
        }

        if (!_seen && _group == 0 && NumberWords.TryParseDigits(word, out var digits) && digits < Limit)
        {
            _group = digits;
            _seen = _digits = true;
            return true;
        }

        return word.Length > 1 && NumberWords.TryParseScale(word, out var scale)
            && TryScale(scale, multiplyGroupOnly: scale == 100m);
    }

    private readonly bool CanTakeUnit(int unit)
    {
        var ones = _group % 100m;
        return ones == 0 || (unit < 10 && ones >= 20 && ones % 10 == 0);
    }

    private bool TryScale(decimal scale, bool multiplyGroupOnly)
    {
        if (!_seen && _group != 1)
        {
            return false;
        }

        var group = _group == 0 ? 1 : _group;
        if (group * scale >= Limit || (_total > 0 && !multiplyGroupOnly && _total <= group * scale))
        {
            return false;
        }

        if (multiplyGroupOnly)
        {
            _group = group * scale;
        }
        else
        {
            _total += group * scale;
            _group = 0;
        }

        _seen = true;
        return true;
    }
}
