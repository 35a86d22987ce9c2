namespace Chronicle.Ingest;

/// <summary>
/// Turns command-line inputs into read results, in input order: files, directories (recursive, sorted,
/// hidden entries skipped), <c>-</c> for standard input, and http(s) URLs.
/// </summary>
public sealed class InputExpander(DocumentReaders readers, IUrlFetcher? fetcher, Func<Stream> standardInput)
{
    /// <summary>Every document or failure of every input, lazily, in order.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            foreach (var result in ReadOne(input))
            {
                yield return result;
            }
        }
    }

    /// <summary>The files a path stands for, in the order they will be read.</summary>
    public static IEnumerable<string> Files(string directory) =>
        Directory.EnumerateFileSystemEntries(directory)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Directory.Exists(path) ? Files(path) : [path]);

    private IEnumerable<ReadResult> ReadOne(string input)
    {
        if (input == "-")
        {
            return ReadStandardInput();
        }

        if (Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return ReadUrl(input, url);
        }

        if (input.Contains("://", StringComparison.Ordinal))
        {
            return [new ReadFailure(input, "only http and https URLs can be read")];
        }

        if (Directory.Exists(input))
        {
            return Files(input).SelectMany(ReadFile);
        }

        return File.Exists(input) ? ReadFile(input) : [new ReadFailure(input, "no such file or directory")];
    }

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ReadFailure(path, $"cannot open: {e.Message}")];
        }

        return Guarded(path, stream, Path.GetExtension(path));
    }

    private IEnumerable<ReadResult> ReadStandardInput()
    {
        // Standard input cannot be rewound: spool it to a temporary file that deletes itself.
        var spool = new FileStream(
            Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
        using (var stdin = standardInput())
        {
            stdin.CopyTo(spool);
        }

        spool.Seek(0, SeekOrigin.Begin);
        return Guarded("-", spool, string.Empty);
    }

    private IEnumerable<ReadResult> ReadUrl(string input, Uri url)
    {
        if (fetcher is null)
        {
            return [new ReadFailure(input, "URL reading is not enabled")];
        }

        var fetched = fetcher.Fetch(url, readers.Limits);
        return fetched.Content is null
            ? [new ReadFailure(input, fetched.Failure ?? "fetch failed")]
            : Guarded(input, fetched.Content, fetched.Extension);
    }

    /// <summary>Reads and disposes the stream; an I/O error mid-read is a failure of this input, not of the run.</summary>
    private IEnumerable<ReadResult> Guarded(string source, Stream stream, string extension)
    {
        using (stream)
        {
            using var results = readers.Read(source, extension, stream).GetEnumerator();
            while (true)
            {
                ReadResult? failure = null;
                try
                {
                    if (!results.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (IOException e)
                {
                    failure = new ReadFailure(source, $"read error: {e.Message}");
                }

                yield return failure ?? results.Current;
                if (failure is not null)
                {
                    yield break;
                }
            }
        }
    }
}
