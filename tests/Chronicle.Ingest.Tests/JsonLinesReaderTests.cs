using Chronicle.Ingest.Readers;

namespace Chronicle.Ingest.Tests;

public sealed class JsonLinesReaderTests
{
    private readonly JsonLinesReader _reader = new();

    [Fact]
    public void Source_is_the_url_else_file_and_line()
    {
        var results = Reading.Read(_reader, """
            {"url":"https://example.org/a","text":"First."}
            {"text":"Second."}
            """, "news.jsonl");

        results.Select(r => r.Source).ShouldBe(["https://example.org/a", "news.jsonl:2"]);
    }

    [Fact]
    public void Title_date_and_other_fields_are_kept()
    {
        var document = Reading.Single(
            _reader, """{"title":" A title ","published":"2020-01-08T10:00:00+03:30","text":"Body.","lang":"en","n":3}""");

        document.Title.ShouldBe("A title");
        document.Published.ShouldBe(new DateOnly(2020, 1, 8));
        document.Metadata["lang"].ShouldBe("en");
        document.Metadata["n"].ShouldBe("3");
    }

    [Fact]
    public void A_malformed_line_is_an_error_of_that_line_and_the_others_are_read()
    {
        var results = Reading.Read(_reader, "{\"text\":\"One.\"}\n{\"text\": oops}\n{\"text\":\"Three.\"}\n", "f");

        results.Count.ShouldBe(3);
        results[0].ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("One.");
        var failure = results[1].ShouldBeOfType<ReadFailure>();
        failure.Source.ShouldBe("f:2");
        failure.Reason.ShouldContain("malformed JSON");
        results[2].ShouldBeOfType<DocumentRead>().Document.Text.ShouldBe("Three.");
    }

    [Fact]
    public void An_error_stays_one_short_line_when_the_parser_quotes_a_long_token()
    {
        // A line of prose that begins with `n` is read as the literal `null`, and the parser quotes the whole line.
        var prose = "nobody marched on the ministry, " + string.Concat(Enumerable.Repeat("said the police, ", 60));

        var failure = Reading.Read(_reader, prose + "\n", "f").Single().ShouldBeOfType<ReadFailure>();

        failure.Reason.ShouldStartWith("malformed JSON");
        failure.Reason.Length.ShouldBeLessThanOrEqualTo(200);
    }

    [Fact]
    public void A_long_field_name_is_clipped_in_the_error()
    {
        var name = new string('k', 500);

        var failure = Reading.Read(_reader, $$"""{"text":"Body.","{{name}}":"a\u0000b"}""" + "\n", "f").Single().ShouldBeOfType<ReadFailure>();

        failure.Reason.ShouldContain("NUL");
        failure.Reason.Length.ShouldBeLessThanOrEqualTo(200);
    }

    [Theory]
    [InlineData("""{"title":"No text"}""", "missing field \"text\"")]
    [InlineData("""{"text":"  "}""", "empty")]
    [InlineData("""{"text":"Body.","published":"last week"}""", "not a date")]
    [InlineData("""{"text":"Body.","published":20200101}""", "not a date")]
    [InlineData("""{"text":42}""", "must be a string")]
    [InlineData("[1,2]", "expected a JSON object")]
    public void Bad_records_are_failures_that_say_why(string line, string reason) =>
        Reading.Failure(_reader, line).Reason.ShouldContain(reason);

    [Fact]
    public void Output_keeps_input_order()
    {
        var lines = Enumerable.Range(1, 50).Select(i => $$"""{"text":"Item {{i}}."}""");
        var results = Reading.Read(_reader, string.Join('\n', lines));

        results.Select(r => ((DocumentRead)r).Document.Text).ShouldBe(Enumerable.Range(1, 50).Select(i => $"Item {i}."));
    }

    [Fact]
    public void A_BOM_and_CRLF_line_ends_are_accepted()
    {
        var results = Reading.Read(_reader, "\uFEFF{\"text\":\"One.\"}\r\n\r\n{\"text\":\"Two\\r\\nlines.\"}\r\n");

        results.Select(r => ((DocumentRead)r).Document.Text).ShouldBe(["One.", "Two\nlines."]);
    }

    [Fact]
    public void An_empty_file_is_one_failure()
    {
        Reading.Failure(_reader, "\n \n").Reason.ShouldContain("empty");
    }

    [Fact]
    public void A_line_over_the_limit_is_a_failure_of_that_line()
    {
        var limits = ReaderLimits.Default with { MaxDocumentBytes = 40 };
        var results = Reading.Read(_reader, "{\"text\":\"short\"}\n{\"text\":\"" + new string('x', 100) + "\"}\n", "f", limits);

        results[0].ShouldBeOfType<DocumentRead>();
        results[1].ShouldBeOfType<ReadFailure>().Source.ShouldBe("f:2");
    }

    [Theory]
    [InlineData("""{"text":"Talks \ud800 resumed."}""", "field \"text\" has a \\u escape that is half a surrogate pair")]
    [InlineData("""{"author":"\udc00","text":"Talks resumed."}""", "field \"author\" has a \\u escape that is half a surrogate pair")]
    [InlineData("""{"text":"Talks\u0000 resumed."}""", "field \"text\" contains a NUL character")]
    [InlineData("""{"title":"A\u0000","text":"Talks resumed."}""", "field \"title\" contains a NUL character")]
    public void Text_that_cannot_be_stored_is_an_error_of_its_line_and_the_next_line_is_read(string line, string reason)
    {
        var results = Reading.Read(_reader, line + "\n{\"text\":\"Talks resumed on Monday.\"}\n", "bad.jsonl");

        results[0].ShouldBeOfType<ReadFailure>().Reason.ShouldStartWith(reason);
        results[0].Source.ShouldBe("bad.jsonl:1");
        results[1].ShouldBeOfType<DocumentRead>();
    }
}
