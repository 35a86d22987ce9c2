using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>The charset a page declares in its first kilobyte (<c>&lt;meta charset&gt;</c> or http-equiv).</summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 1024;

    /// <summary>The declared charset, lower case, or null when the page declares none.</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>
    /// Decodes a page in the legacy charset it declares (windows-1252, ISO-8859-x, Shift_JIS...). As browsers do,
    /// an ISO-8859-1 label means windows-1252. False when the charset is unknown or the bytes do not fit it.
    /// </summary>
    public static bool TryDecodeLegacy(byte[] bytes, string charset, out string text)
    {
        text = string.Empty;
        var name = charset is "iso-8859-1" or "latin1" or "l1" or "iso8859-1" ? "windows-1252" : charset;
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(
            name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (encoding is null)
        {
            return false;
        }

        try
        {
            text = TextDecoding.NormalizeNewlines(encoding.GetString(bytes));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>True for the names of UTF-8 and of its ASCII subset.</summary>
    public static bool IsUtf8(string charset) => charset is "utf-8" or "utf8" or "us-ascii" or "ascii";

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetPattern();
}
