using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>Reads a stream into memory without ever holding more than a limit.</summary>
public static class BoundedRead
{
    /// <summary>All of <paramref name="stream"/>, or false when it is longer than <paramref name="maxBytes"/>.</summary>
    public static bool TryReadAll(Stream stream, long maxBytes, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
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

        bytes = buffer.ToArray();
        return true;
    }

    /// <summary>A size in the units people read: <c>5 MB</c>.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
