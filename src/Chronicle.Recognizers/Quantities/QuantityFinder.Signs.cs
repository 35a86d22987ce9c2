namespace Chronicle.Recognizers.Quantities;

/// <summary>Signs and words next to a number that make it money or a percentage.</summary>
public sealed partial class QuantityFinder
{
    // $5 million, US$5, £300m, €2bn: the currency becomes the unit.
    private static string? Currency(ReadOnlySpan<char> text, ref int start)
    {
        if (start == 0)
        {
            return null;
        }

        var code = text[start - 1] switch
        {
            '$' => "USD",
            '\u00A3' => "GBP",
            '\u20AC' => "EUR",
            '\u00A5' => "JPY",
            '\u20B9' => "INR",
            _ => null,
        };
        if (code is null)
        {
            return null;
        }

        start--;
        if (code == "USD" && start >= 2 && text[(start - 2)..start] is "US" && (start == 2 || !char.IsLetter(text[start - 3])))
        {
            start -= 2;
        }

        return code;
    }

    private static int Percent(ReadOnlySpan<char> text, int end, ref string? unit)
    {
        if (unit is not null)
        {
            return end;
        }

        if (end < text.Length && text[end] == '%')
        {
            unit = "%";
            return end + 1;
        }

        if (TextScan.NextWord(text, end, out var s, out var e))
        {
            var word = text[s..e];
            if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("pc", StringComparison.Ordinal))
            {
                unit = "%";
                return e;
            }

            if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && NumberPhraseReader.NextIs(text, e, "cent", out var centEnd))
            {
                unit = "%";
                return centEnd;
            }
        }

        return end;
    }
}
