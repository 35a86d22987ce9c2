using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Chronicle.Ingest;

/// <summary>Turns bytes into text strictly: a byte-order mark is honoured, invalid UTF-8 and binary data are refused.</summary>
public static class TextDecoding
{
    /// <summary>The UTF-8 byte-order mark. (A <c>"\xEF..."u8</c> literal would encode those as three characters.)</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; on failure <paramref name="error"/> says why in one line.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = string.Empty;
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TryDecodeUtf16(bytes, out text, out error);
        }

        if (bytes.IsEmpty)
        {
            error = "empty input";
            return false;
        }

        if (LooksBinary(bytes))
        {
            error = "binary content (NUL or control bytes), not text";
            return false;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                error = $"invalid UTF-8 at byte {read}";
                return false;
            }

            text = NormalizeNewlines(chars.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        error = null;
        return true;
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        var bigEndian = bytes[0] == 0xFE;
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            text = NormalizeNewlines(encoding.GetString(bytes[2..]));
            error = text.Contains('\0', StringComparison.Ordinal) ? "binary content (NUL characters), not text" : null;
            return error is null;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            error = "invalid UTF-16";
            return false;
        }
    }

    /// <summary>NUL bytes, or more than one control byte in fifty among the first 8 KB, mean binary data.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (bytes.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return control * 50 > head.Length;
    }

    /// <summary>CRLF and lone CR become LF, so offsets mean the same on every platform.</summary>
    public static string NormalizeNewlines(ReadOnlySpan<char> text)
    {
        if (!text.Contains('\r'))
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
