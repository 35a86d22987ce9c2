using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Chronicle.Ingest.Tests;

/// <summary>Readers never throw on random bytes, and always say something: a document with text or a reason.</summary>
public sealed class ReaderPropertyTests
{
    private static readonly string[] Prefixes =
        ["", "{", "<html", "<!DOCTYPE html>", "<rss", "<?xml version=\"1.0\"?>", "<feed", "\uFEFF", " date 2020-02-30"];

    // Pieces of every format, so random inputs get deep into each parser rather than failing at the first byte.
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<article>", "<script>", "</script>", "<meta charset=\"latin1\">", "<a href=x>",
        "<item>", "</item>", "<entry>", "<description>", "</description>", "<![CDATA[", "]]>", "<title>", "</title>",
        "<!DOCTYPE x [<!ENTITY a \"bb\">]>", "&amp;", "&a;", "&#0;", "<!--", "-->", "{\"text\":\"", "\"published\":",
        "\"url\":", "}", "\n", "\r\n", "\n\n", " ", "word", "Title line", ".", "\"", "<link>http://x/</link>", "<h1>",
        "<script type=\"application/ld+json\">{\"@graph\":[", "\u00e9", "\u00A0", "\t",
    ];

    private static readonly string[] Extensions = ["", ".txt", ".html", ".xml", ".jsonl", ".rss"];

    private static Gen<byte[]> Inputs()
    {
        var anyByte = Gen.Choose(0, 255).Select(b => new[] { (byte)b });
        var piece = Gen.Elements(Pieces).Select(p => Encoding.UTF8.GetBytes(p));
        var body = Gen.ListOf(Gen.Frequency((1, anyByte), (3, piece))).Select(parts => parts.SelectMany(p => p));
        return Gen.Elements(Prefixes).SelectMany(prefix => body, (prefix, rest) => Encoding.UTF8.GetBytes(prefix).Concat(rest).ToArray());
    }

    public static TheoryData<string> Readers => ["text", "jsonl", "html", "feed"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_reader_gives_a_document_or_a_reason_for_any_bytes(string format)
    {
        var reader = DocumentReaders.CreateDefault(ReaderLimits.Default).Readers.Single(r => r.Format == format);
        var limits = ReaderLimits.Default with { MaxDocumentBytes = 4096 };
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(400),
            Prop.ForAll(Inputs().ToArbitrary(), bytes => WellFormed(Reading.Read(reader, bytes, "in", limits))));
    }

    [Fact]
    public void Reading_through_the_chooser_gives_a_document_or_a_reason_for_any_bytes()
    {
        var readers = DocumentReaders.CreateDefault(ReaderLimits.Default with { MaxDocumentBytes = 4096 });
        var cases = Inputs().SelectMany(_ => Gen.Elements(Extensions), (bytes, extension) => (bytes, extension));
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(400),
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                using var stream = new MemoryStream(c.bytes);
                return WellFormed([.. readers.Read("in", c.extension, stream)]);
            }));
    }

    private static bool WellFormed(List<ReadResult> results) =>
        results.Count > 0 && results.All(result => result switch
        {
            DocumentRead read => !string.IsNullOrWhiteSpace(read.Document.Text) && !string.IsNullOrEmpty(read.Source),
            ReadFailure failure => !string.IsNullOrWhiteSpace(failure.Reason) && !string.IsNullOrEmpty(failure.Source),
            _ => false,
        });
}
