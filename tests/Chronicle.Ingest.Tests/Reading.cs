using System.Text;

namespace Chronicle.Ingest.Tests;

/// <summary>Runs a reader over text or bytes written in a test.</summary>
internal static class Reading
{
    public static ReaderLimits Limits { get; } = ReaderLimits.Default;

    public static List<ReadResult> Read(IDocumentReader reader, string text, string source = "in", ReaderLimits? limits = null) =>
        Read(reader, Encoding.UTF8.GetBytes(text), source, limits);

    public static List<ReadResult> Read(IDocumentReader reader, byte[] bytes, string source = "in", ReaderLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return [.. reader.Read(source, stream, limits ?? Limits)];
    }

    public static Document Single(IDocumentReader reader, string text, string source = "in")
    {
        var results = Read(reader, text, source);
        results.Count.ShouldBe(1);
        return results[0].ShouldBeOfType<DocumentRead>().Document;
    }

    public static ReadFailure Failure(IDocumentReader reader, string text, string source = "in")
    {
        var results = Read(reader, text, source);
        results.Count.ShouldBe(1);
        return results[0].ShouldBeOfType<ReadFailure>();
    }
}
