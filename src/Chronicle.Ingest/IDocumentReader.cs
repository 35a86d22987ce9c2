namespace Chronicle.Ingest;

/// <summary>Reads one input format into documents.</summary>
public interface IDocumentReader
{
    /// <summary>The format's name: <c>text</c>, <c>jsonl</c>, <c>html</c>, <c>feed</c>.</summary>
    string Format { get; }

    /// <summary>True when the file name's extension names this format.</summary>
    bool ClaimsExtension(string extension);

    /// <summary>True when the first bytes of the content look like this format.</summary>
    bool RecognizesContent(ReadOnlySpan<byte> head);

    /// <summary>
    /// Reads the input. Never throws for bad content: each document or failure is a result, and a
    /// failure of one record does not stop the others.
    /// </summary>
    IEnumerable<ReadResult> Read(string source, Stream content, ReaderLimits limits);
}
