using System.Text;

namespace Chronicle.Reliability.Tests.Hostile;

/// <summary>
/// The hostile pieces every reader is fed, as raw bytes: broken encodings, control characters, odd line breaks,
/// invisible and direction-changing characters, and sizes at and past the limits. Each is later placed where its
/// format would carry text (a paragraph, a feed item, a JSON field, a Reuters body) and also given bare.
/// </summary>
internal static class Payloads
{
    public const int Megabyte = 1024 * 1024;

    private const string Sentence = "Police said about 200 people marched to the ministry on Monday to protest against the new law.";

    public static IEnumerable<HostileInput> All(Random random)
    {
        yield return new("empty", []);
        yield return new("whitespace only", Utf8(" \t\n\n  \r\n "));
        yield return new("plain sentence", Utf8(Sentence));

        // Invalid and overlong UTF-8: lone continuation bytes, truncated sequences, overlong '/', encoded surrogates,
        // code points past U+10FFFF, bytes that never occur in UTF-8.
        byte[][] invalid =
        [
            [0x80], [0xBF, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xFF], [0xC3],
            [0xF8, 0x88, 0x80, 0x80, 0x80],
        ];
        foreach (var bad in invalid)
        {
            yield return new($"invalid UTF-8 {Convert.ToHexString(bad)} mid-text", [.. Utf8(Sentence[..30]), .. bad, .. Utf8(Sentence[30..])]);
            yield return new($"invalid UTF-8 {Convert.ToHexString(bad)} at the end", [.. Utf8(Sentence), .. bad]);
        }

        // Byte-order marks: UTF-8, UTF-16 both ways, UTF-32, doubled, and one in the middle of the text.
        yield return new("UTF-8 BOM", [0xEF, 0xBB, 0xBF, .. Utf8(Sentence)]);
        yield return new("UTF-8 BOM twice", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(Sentence)]);
        yield return new("UTF-8 BOM alone", [0xEF, 0xBB, 0xBF]);
        yield return new("UTF-8 BOM mid-text", [.. Utf8(Sentence[..20]), 0xEF, 0xBB, 0xBF, .. Utf8(Sentence[20..])]);
        yield return new("UTF-16LE BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence)]);
        yield return new("UTF-16BE BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sentence)]);
        yield return new("UTF-16LE BOM, odd length", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence), 0x41]);
        yield return new("UTF-16LE BOM, lone surrogate", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("cd")]);
        yield return new("UTF-32LE BOM", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Sentence)]);

        // NUL bytes and other controls.
        yield return new("NUL mid-text", [.. Utf8(Sentence[..10]), 0x00, .. Utf8(Sentence[10..])]);
        yield return new("only NULs", new byte[4096]);
        yield return new("escape and bell controls", Utf8("\u001b[31m" + Sentence + "\u0007\u0008\u007f"));
        yield return new("form feeds and vertical tabs", Utf8(Sentence.Replace(' ', '\f') + "\v" + Sentence));

        // Line breaks: CRLF, lone CR, mixed, and many blank lines.
        yield return new("CRLF lines", Utf8($"Title here\r\n\r\n{Sentence}\r\n{Sentence}\r\n"));
        yield return new("lone CR lines", Utf8($"Title here\r\r{Sentence}\r{Sentence}\r"));
        yield return new("mixed line breaks", Utf8($"Title\n\r\n\r{Sentence}\r\n\n\r{Sentence}"));
        yield return new("100,000 blank lines", Utf8(Sentence + new string('\n', 100_000) + Sentence));
        yield return new("100,000 CRs", Utf8(Sentence + new string('\r', 100_000) + Sentence));

        // Size: 1 MB lines, with and without spaces, and 4 MB of words.
        yield return new("1 MB line of one word", Utf8(new string('a', Megabyte)));
        yield return new("1 MB line of words", Utf8(Repeat(Sentence + " ", Megabyte)));
        yield return new("1 MB line of digits", Utf8(new string('7', Megabyte)));
        yield return new("4 MB of sentences", Utf8(Repeat(Sentence + "\n", 4 * Megabyte)));

        // Invisible and bidirectional characters: zero-width spaces and joiners, BOM as ZWNBSP, right-to-left override
        // and isolates, unbalanced; combining marks piled on one letter; astral characters.
        yield return new("zero-width characters", Utf8(string.Join("\u200B\u200C\u200D\u2060\uFEFF", Sentence.Split(' '))));
        yield return new("only zero-width characters", Utf8(Repeat("\u200B\u200D\uFEFF", 3000)));
        yield return new("bidirectional overrides", Utf8($"\u202E{Sentence}\u202C \u2066{Sentence}\u2069 \u202B\u202D\u2067\u2068 {Sentence}"));
        yield return new("unbalanced bidi controls", Utf8(Repeat("\u202E\u2067", 5000) + Sentence));
        yield return new("combining marks pile", Utf8("Z" + Repeat("\u0301\u0308\u0327", 20_000) + " " + Sentence));
        yield return new("astral characters", Utf8(Repeat("\U0001F600\U0001D400 ", 2000) + Sentence));
        yield return new("right-to-left script", Utf8("قالت الشرطة إن نحو مئتي شخص ساروا إلى الوزارة. " + Sentence));

        // Markup in text, where text is expected.
        yield return new("script and handlers in text", Utf8($"<script>alert(1)</script><img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a> {Sentence}"));

        // Random bytes of random lengths, and random mutations of a good sentence.
        for (var i = 0; i < 24; i++)
        {
            var bytes = new byte[random.Next(1, i < 20 ? 4096 : 256 * 1024)];
            random.NextBytes(bytes);
            yield return new($"random bytes #{i}", bytes);
        }

        for (var i = 0; i < 24; i++)
        {
            var bytes = Utf8(Repeat(Sentence + " ", 2000));
            for (var flips = random.Next(1, 20); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            yield return new($"mutated text #{i}", bytes[..random.Next(1, bytes.Length)]);
        }
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }
}
