namespace Chronicle.Recognizers.Quantities;

/// <summary>
/// A cheap first test for number words: a bit per (length, first letter, second letter). Most words of a text fail
/// it, so the exact set lookup runs only for the few that could be numbers.
/// </summary>
internal sealed class TriggerFilter
{
    private static readonly int MinLength = 3;
    private static readonly int MaxLength = 9;
    private readonly bool[] _bits = new bool[(MaxLength - MinLength + 1) * 26 * 26];

    public TriggerFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (Index(word) is int index and >= 0)
            {
                _bits[index] = true;
            }
        }
    }

    public bool MayContain(ReadOnlySpan<char> word) => Index(word) is int index and >= 0 && _bits[index];

    private static int Index(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength)
        {
            return -1;
        }

        var first = (word[0] | 0x20) - 'a';
        var second = (word[1] | 0x20) - 'a';
        return (uint)first < 26 && (uint)second < 26 ? ((((word.Length - MinLength) * 26) + first) * 26) + second : -1;
    }
}
