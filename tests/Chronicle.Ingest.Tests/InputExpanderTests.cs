using System.Text;

namespace Chronicle.Ingest.Tests;

public sealed class InputExpanderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chronicle-ingest-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_directory_is_read_recursively_in_sorted_order_skipping_hidden_entries()
    {
        Write("b.txt", "Second file body.");
        Write("a.txt", "First file body.");
        Write("sub/c.jsonl", "{\"text\":\"Third.\"}\n{\"text\":\"Fourth.\"}");
        Write(".hidden.txt", "Hidden.");
        Write(".git/d.txt", "Hidden too.");

        var texts = Expander().Read([_root]).Select(r => r.ShouldBeOfType<DocumentRead>().Document.Text).ToList();

        texts.ShouldBe(["First file body.", "Second file body.", "Third.", "Fourth."]);
    }

    [Fact]
    public void Bad_files_are_each_one_clear_failure_and_the_good_ones_are_still_read()
    {
        Write("1-good.txt", "A good file.");
        File.WriteAllBytes(Path.Combine(_root, "2-binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_root, "3-latin1.txt"), [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'.']);
        Write("4-empty.txt", string.Empty);
        Write("5-big.txt", new string('x', 2000));
        Write("6-good.html", "<html><body><p>A good page.</p></body></html>");

        var results = Expander(ReaderLimits.Default with { MaxDocumentBytes = 1000 }).Read([_root]).ToList();

        results.Count.ShouldBe(6);
        results[0].ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("A good file.");
        Reason(results[1]).ShouldContain("binary");
        Reason(results[2]).ShouldContain("invalid UTF-8");
        Reason(results[3]).ShouldContain("empty");
        Reason(results[4]).ShouldContain("limit");
        results[5].ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("A good page.");
        results.Skip(1).Take(4).ShouldAllBe(r => r.Source.StartsWith(_root));
    }

    [Fact]
    public void A_missing_path_is_a_failure_and_later_inputs_are_read()
    {
        Write("ok.txt", "Still read.");
        var missing = Path.Combine(_root, "nope.txt");

        var results = Expander().Read([missing, Path.Combine(_root, "ok.txt")]).ToList();

        results[0].ShouldBe(new ReadFailure(missing, "no such file or directory"));
        results[1].ShouldBeOfType<DocumentRead>();
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var expander = new InputExpander(
            DocumentReaders.CreateDefault(ReaderLimits.Default), null, () => new MemoryStream("{\"text\":\"From stdin.\"}"u8.ToArray()));

        var document = expander.Read(["-"]).ToList().ShouldHaveSingleItem().ShouldBeOfType<DocumentRead>().Document;

        document.Text.ShouldBe("From stdin.");
        document.Source.ShouldBe("-:1");
    }

    [Fact]
    public void A_url_without_a_fetcher_is_a_failure()
    {
        Expander().Read(["https://example.org/a"]).ToList().ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>()
            .Reason.ShouldContain("not enabled");
    }

    private static string Reason(ReadResult result) => result.ShouldBeOfType<ReadFailure>().Reason;

    private static InputExpander Expander(ReaderLimits? limits = null) =>
        new(DocumentReaders.CreateDefault(limits ?? ReaderLimits.Default), null, () => Stream.Null);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
