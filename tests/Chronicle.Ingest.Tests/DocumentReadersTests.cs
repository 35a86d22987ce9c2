using System.Text;

namespace Chronicle.Ingest.Tests;

public sealed class DocumentReadersTests
{
    private readonly DocumentReaders _readers = DocumentReaders.CreateDefault(ReaderLimits.Default);

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">", ".txt", "feed")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "", "feed")]
    [InlineData("<rdf:RDF xmlns:rdf=\"x\">", ".html", "feed")]
    [InlineData("\uFEFF  <!DOCTYPE html><html>", ".txt", "html")]
    [InlineData("<HTML><HEAD>", ".json", "html")]
    [InlineData("<!-- saved page -->\n<div><body>", "", "html")]
    [InlineData("  {\"text\":\"x\"}", ".txt", "jsonl")]
    [InlineData("\uFEFF{\"text\":\"x\"}", "", "jsonl")]
    public void Content_wins_over_the_extension(string head, string extension, string format) =>
        _readers.Choose(extension, Encoding.UTF8.GetBytes(head)).Format.ShouldBe(format);

    [Theory]
    [InlineData(".HTML", "html")]
    [InlineData(".htm", "html")]
    [InlineData(".xhtml", "html")]
    [InlineData(".rss", "feed")]
    [InlineData(".atom", "feed")]
    [InlineData(".xml", "feed")]
    [InlineData(".jsonl", "jsonl")]
    [InlineData(".ndjson", "jsonl")]
    [InlineData(".txt", "text")]
    [InlineData(".md", "text")]
    [InlineData("", "text")]
    public void The_extension_decides_when_the_content_says_nothing(string extension, string format) =>
        _readers.Choose(extension, "Plain words here."u8).Format.ShouldBe(format);

    [Fact]
    public void A_json_line_mentioning_a_body_tag_is_still_json()
    {
        _readers.Choose(".jsonl", "{\"text\":\"<body>\"}"u8).Format.ShouldBe("jsonl");
    }

    [Fact]
    public void Read_rewinds_the_stream_after_peeking()
    {
        using var stream = new MemoryStream("{\"text\":\"Body.\"}\n"u8.ToArray());

        var result = _readers.Read("s", string.Empty, stream).ToList().ShouldHaveSingleItem();

        result.ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("Body.");
    }
}
