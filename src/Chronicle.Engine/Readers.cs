using Chronicle.Ingest;

namespace Chronicle.Engine;

/// <summary>The readers Chronicle uses and the input expander over them.</summary>
public static class Readers
{
    /// <summary>Every reader: feeds, HTML, JSON Lines, then plain text as the fallback.</summary>
    public static DocumentReaders Default(ReaderLimits limits) => DocumentReaders.CreateDefault(limits);

    /// <summary>Expands paths, directories, standard input and URLs (through <paramref name="fetcher"/>) into read results.</summary>
    public static InputExpander Inputs(ReaderLimits limits, Func<Stream> standardInput, IUrlFetcher? fetcher) =>
        new(Default(limits), fetcher, standardInput);
}
