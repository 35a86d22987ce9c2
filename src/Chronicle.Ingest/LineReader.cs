namespace Chronicle.Ingest;

/// <summary>One line of a stream, or the news that it was longer than the limit.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Bytes">The line without its line break; empty when <paramref name="TooLong"/>.</param>
/// <param name="TooLong">True when the line exceeded the limit and was skipped.</param>
public readonly record struct Line(int Number, byte[] Bytes, bool TooLong);

/// <summary>Splits a stream into lines without ever buffering more than one line's limit.</summary>
public static class LineReader
{
    /// <summary>The lines of <paramref name="stream"/>; over-long lines are reported, not held.</summary>
    public static IEnumerable<Line> Lines(Stream stream, long maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var chunk = new byte[65536];
        using var line = new MemoryStream();
        var number = 1;
        var tooLong = false;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.Length + (end - start) > maxLineBytes)
                    {
                        tooLong = true;
                        line.SetLength(0);
                    }
                    else
                    {
                        line.Write(chunk, start, end - start);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Finish(line, number++, tooLong);
                tooLong = false;
                start = newline + 1;
            }
        }

        if (line.Length > 0 || tooLong)
        {
            yield return Finish(line, number, tooLong);
        }
    }

    private static Line Finish(MemoryStream line, int number, bool tooLong)
    {
        var bytes = tooLong ? [] : line.ToArray();
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        line.SetLength(0);
        return new Line(number, bytes, tooLong);
    }
}
