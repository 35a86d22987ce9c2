namespace Chronicle.Ingest;

/// <summary>What reading one input (or one record of a container such as a JSON Lines file or a feed) gave.</summary>
/// <param name="Source">The input: a path, <c>FILE:LINE</c>, or URL.</param>
public abstract record ReadResult(string Source);

/// <summary>A document read successfully.</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentRead(Document Document) : ReadResult(Document.Source);

/// <summary>An input that could not be read, and why: an expected failure, not an exception.</summary>
/// <param name="Source">The input.</param>
/// <param name="Reason">A one-line reason a user can act on.</param>
public sealed record ReadFailure(string Source, string Reason) : ReadResult(Source)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Reason}";
}
