using System.Text;
using Chronicle.Ingest.Readers;
using Chronicle.Testing;

namespace Chronicle.Ingest.Tests;

public sealed class ReutersSgmlReaderTests
{
    // Invented records in the corpus's layout: the wire's framing characters as &#N; references, an escaped '<'.
    private const string TwoRecords = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="10" NEWID="7">
        <DATE> 3-MAR-1987 09:15:22.10</DATE>
        <TOPICS><D>grain</D><D>wheat</D></TOPICS>
        <PLACES><D>canada</D></PLACES>
        <UNKNOWN>&#5;&#5;&#5;C T
        &#22;&#22;&#1;f0001&#31;reute</UNKNOWN>
        <TEXT>&#2;
        <TITLE>FARM GROUP &lt;ACME&gt; SEES LOWER WHEAT CROP</TITLE>
        <DATELINE>    WINNIPEG, March 3 - </DATELINE><BODY>A farm group said on Tuesday the
        wheat crop would fall by about 10 pct.
            It gave no other figures.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8">
        <DATE>3-MAR-1987 09:20:00.00</DATE>
        <TEXT TYPE="BRIEF">&#2;
        ******<TITLE>CENTRAL BANK LEAVES RATES UNCHANGED
        </TITLE>Blah blah blah.
        &#3;

        </TEXT>
        </REUTERS>
        """;

    private readonly ReutersSgmlReader _reader = new();

    [Fact]
    public void Each_record_is_one_document_with_its_title_date_dateline_and_body()
    {
        var results = Reading.Read(_reader, TwoRecords, "reut2-000.sgm");

        results.Count.ShouldBe(2);
        var story = results[0].ShouldBeOfType<DocumentRead>().Document;
        story.Source.ShouldBe("reut2-000.sgm:7");
        story.Title.ShouldBe("FARM GROUP <ACME> SEES LOWER WHEAT CROP");
        story.Published.ShouldBe(new DateOnly(1987, 3, 3));
        story.Text.ShouldBe("WINNIPEG, March 3 - A farm group said on Tuesday the\nwheat crop would fall by about 10 pct.\n    It gave no other figures.");
        story.Metadata["topics"].ShouldBe("grain wheat");
        story.Metadata["places"].ShouldBe("canada");
    }

    [Fact]
    public void A_headline_only_brief_is_its_title()
    {
        var brief = Reading.Read(_reader, TwoRecords, "f.sgm")[1].ShouldBeOfType<DocumentRead>().Document;

        brief.Source.ShouldBe("f.sgm:8");
        brief.Text.ShouldBe("CENTRAL BANK LEAVES RATES UNCHANGED");
    }

    [Fact]
    public void Control_character_references_are_dropped_and_markup_entities_resolved()
    {
        ReutersRecord.Unescape("a &lt;b&gt; &amp; c&#3;&#127;d &#233; &unknown; & e").ShouldBe("a <b> & cd é &unknown; & e");
    }

    [Fact]
    public void Latin1_bytes_are_read_as_latin1_and_a_file_without_records_is_a_failure()
    {
        var bytes = Encoding.Latin1.GetBytes("<REUTERS NEWID=\"1\"><DATE>1-JAN-1987</DATE><TEXT><BODY>Growth w\u00fcrde rise.</BODY></TEXT></REUTERS>\n");

        Reading.Read(_reader, bytes).Single().ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("Growth w\u00fcrde rise.");
        Reading.Failure(_reader, "no records here\n").Reason.ShouldContain("no <REUTERS> records");
    }

    [Fact]
    public void A_record_over_the_size_limit_fails_alone()
    {
        var big = "<REUTERS NEWID=\"1\"><TEXT><BODY>" + new string('x', 2000) + "</BODY></TEXT></REUTERS>\n";
        var small = "<REUTERS NEWID=\"2\"><TEXT><BODY>Short.</BODY></TEXT></REUTERS>\n";

        var results = Reading.Read(_reader, big + small, limits: ReaderLimits.Default with { MaxDocumentBytes = 1000 });

        results[0].ShouldBeOfType<ReadFailure>();
        results[1].ShouldBeOfType<DocumentRead>().Document.Source.ShouldBe("in:2");
    }

    [Fact]
    public void The_default_readers_choose_it_for_sgm_files_and_lewis_content_before_html()
    {
        var readers = DocumentReaders.CreateDefault(ReaderLimits.Default);

        readers.Choose(".sgm", "plain"u8).ShouldBeOfType<ReutersSgmlReader>();
        readers.Choose(".txt", Encoding.ASCII.GetBytes(TwoRecords)).ShouldBeOfType<ReutersSgmlReader>();
    }

    [Fact]
    public void The_first_corpus_file_gives_a_thousand_records_with_unique_sources()
    {
        var file = RepositoryPaths.SharedOrSkip("corpora", "news", "reuters21578", "reut2-000.sgm");
        using var stream = File.OpenRead(file);

        var results = _reader.Read("reut2-000.sgm", stream, ReaderLimits.Default).ToList();

        results.Count.ShouldBe(1000);
        results.ShouldAllBe(r => r is DocumentRead);
        results.Select(r => r.Source).Distinct().Count().ShouldBe(1000);
        var documents = results.Cast<DocumentRead>().Select(r => r.Document).ToList();
        documents.ShouldAllBe(d => d.Published != null && d.Published.Value.Year == 1987);
        documents.ShouldAllBe(d => !d.Text.Contains('\u0003') && !d.Text.Contains("&#"));
    }

    [Fact]
    public void A_record_with_nul_bytes_is_an_error_and_the_next_record_is_read()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(
            "<REUTERS NEWID=\"1\"><TEXT><BODY>Wire\0text</BODY></TEXT></REUTERS>\n<REUTERS NEWID=\"2\"><TEXT><BODY>Talks resumed.</BODY></TEXT></REUTERS>\n");

        var results = Reading.Read(_reader, bytes, "f.sgm");

        results[0].ShouldBeOfType<ReadFailure>().Reason.ShouldContain("NUL bytes");
        results[1].ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("Talks resumed.");
    }
}
