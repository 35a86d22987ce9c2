using System.Globalization;

namespace Chronicle.Text;

/// <summary>Character classes used by the scanners; ASCII is tested first because news text is mostly ASCII.</summary>
internal static class Chars
{
    public static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || IsMark(c);

    public static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>Quotes and brackets that close a sentence-final quotation or parenthesis.</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or '}';

    /// <summary>Quotes and brackets that can only open.</summary>
    public static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[' or '{';

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
