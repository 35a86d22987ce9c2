using System.Buffers;
using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>Reads a stream into memory without ever holding more than a limit.</summary>
public static class BoundedRead
{
    /// <summary>All of <paramref name="stream"/>, or false when it is longer than <paramref name="maxBytes"/>.</summary>
    public static bool TryReadAll(Stream stream, long maxBytes, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        bytes = [];
        if (stream.CanSeek)
        {
            // A file knows its size: one exact allocation instead of a growing buffer and a copy.
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                return false;
            }

            bytes = new byte[remaining];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length)
            {
                bytes = bytes[..read];
            }

            return true;
        }

        return TryReadUnknownLength(stream, maxBytes, out bytes);
    }

    /// <summary>A size in the units people read: <c>5 MB</c>.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static bool TryReadUnknownLength(Stream stream, long maxBytes, out byte[] bytes)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    bytes = [];
                    return false;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        bytes = buffer.ToArray();
        return true;
    }
}
