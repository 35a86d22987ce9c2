using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Recognizers.Numbers;

/// <summary>
/// Reads numbers written in digits (<c>1,500</c>, <c>2.5</c>, <c>1.5 million</c>) or in words
/// (<c>two</c>, <c>twenty-five</c>, <c>two hundred and fifty</c>, <c>a dozen</c>), and ordinals
/// (<c>third</c>, <c>21st</c>). Shared by the time and quantity recognisers.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["mn"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["m"] = 1_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
        ["hundredth"] = 100, ["thousandth"] = 1000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> is a cardinal number word (<c>two</c>, <c>hundred</c>, <c>dozen</c>).</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) =>
        Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
        || (word.Length > 1 && Scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
        || word.Equals("dozen", StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of one word: a unit (<c>seven</c>, <c>forty</c>) or a hyphenated pair (<c>twenty-five</c>).</summary>
    public static bool TryParseUnit(ReadOnlySpan<char> word, out int value)
    {
        var lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out value))
        {
            return true;
        }

        var hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen > 0
            && lookup.TryGetValue(word[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && lookup.TryGetValue(word[(hyphen + 1)..], out var ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Digits with optional thousands separators and decimal point: <c>1,500</c>, <c>10.5</c>, <c>250</c>.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        for (var i = 0; i < text.Length && length < buffer.Length; i++)
        {
            var c = text[i];
            if (c == ',' && IsThousandsGroup(text, i))
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }

            buffer[length++] = c;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int comma) =>
        text.Length >= comma + 4
        && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (text.Length == comma + 4 || !char.IsAsciiDigit(text[comma + 4]));

    /// <summary>
    /// A whole number in words, as a sequence of words: <c>["two", "hundred", "and", "fifty"]</c> is 250,
    /// <c>["1.5", "million"]</c> is 1,500,000, <c>["a", "dozen"]</c> is 12. Every word must take part.
    /// </summary>
    public static bool TryParseWords(IReadOnlyList<string> words, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(words);
        value = 0;
        if (words.Count == 0)
        {
            return false;
        }

        decimal total = 0, group = 0;
        var seenNumber = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && seenNumber && i + 1 < words.Count)
            {
                continue;
            }

            if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
                && i == 0 && words.Count > 1)
            {
                group = 1;
                continue;
            }

            if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                group = (group == 0 ? 1 : group) * 12;
                seenNumber = true;
            }
            else if (TryParseUnit(word, out var unit))
            {
                group += unit;
                seenNumber = true;
            }
            else if (TryParseDigits(word, out var digits))
            {
                group += digits;
                seenNumber = true;
            }
            else if (Scales.TryGetValue(word, out var scale) && (seenNumber || group == 1))
            {
                if (scale == 100m)
                {
                    group = (group == 0 ? 1 : group) * 100m;
                }
                else
                {
                    total += (group == 0 ? 1 : group) * scale;
                    group = 0;
                }

                seenNumber = true;
            }
            else
            {
                return false;
            }
        }

        value = total + group;
        return seenNumber;
    }

    /// <summary>An ordinal in words or digits: <c>third</c>, <c>twenty-first</c>, <c>21st</c>, <c>3rd</c>.</summary>
    public static bool TryParseOrdinal(ReadOnlySpan<char> word, out int value)
    {
        if (Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && TryParseUnit(word[..hyphen], out var tens) && tens >= 20
            && Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[(hyphen + 1)..], out var ones) && ones < 10)
        {
            value = tens + ones;
            return true;
        }

        if (word.Length >= 3 && char.IsAsciiDigit(word[0]))
        {
            var suffix = word[^2..];
            if ((suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                 || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
                && int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>The value of a scale word: <c>hundred</c> is 100, <c>million</c> and <c>mn</c> are 1,000,000.</summary>
    public static bool TryParseScale(ReadOnlySpan<char> word, out decimal scale) =>
        Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out scale);
}
