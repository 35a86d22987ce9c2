using Chronicle.Ingest;
using Chronicle.Ingest.Readers;

namespace Chronicle.Engine;

/// <summary>The readers Chronicle uses, in order of precedence, and the input expander over them.</summary>
public static class Readers
{
    /// <summary>Every reader: JSON Lines, then plain text as the fallback.</summary>
    public static DocumentReaders Default(ReaderLimits limits) =>
        new([new JsonLinesReader(), new PlainTextReader()], limits);

    /// <summary>Expands paths, directories, standard input and URLs into read results.</summary>
    public static InputExpander Inputs(ReaderLimits limits, Func<Stream> standardInput) =>
        new(Default(limits), fetcher: null, standardInput);
}
