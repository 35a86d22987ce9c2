using Chronicle.Ingest.Readers;

namespace Chronicle.Ingest.Tests;

public sealed class PlainTextReaderTests
{
    private readonly PlainTextReader _reader = new();

    [Fact]
    public void Date_marker_and_title_are_read_and_the_body_follows()
    {
        var document = Reading.Single(_reader, " date 2021-03-04\nHarbour workers walk out\n\nThe strike began at dawn.\n");

        document.Published.ShouldBe(new DateOnly(2021, 3, 4));
        document.Title.ShouldBe("Harbour workers walk out");
        document.Text.ShouldBe("The strike began at dawn.");
    }

    [Fact]
    public void Date_marker_without_a_title_starts_the_body_right_after_it()
    {
        var document = Reading.Single(_reader, " date 2019-11-30 Crowds gathered in the square. Police watched.");

        document.Published.ShouldBe(new DateOnly(2019, 11, 30));
        document.Title.ShouldBeNull();
        document.Text.ShouldBe("Crowds gathered in the square. Police watched.");
    }

    [Fact]
    public void A_short_line_followed_by_a_blank_line_is_a_title()
    {
        var document = Reading.Single(_reader, "Council votes on budget\n\nMembers met on Tuesday.");

        document.Title.ShouldBe("Council votes on budget");
        document.Published.ShouldBeNull();
    }

    [Fact]
    public void A_long_first_paragraph_is_not_a_title()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("word", 40));
        var document = Reading.Single(_reader, longLine + "\n\nSecond paragraph here.");

        document.Title.ShouldBeNull();
        document.Text.ShouldStartWith("word word");
    }

    [Fact]
    public void A_first_line_ending_in_a_period_is_not_a_title()
    {
        var document = Reading.Single(_reader, "The vote was held today.\n\nIt passed narrowly.");

        document.Title.ShouldBeNull();
        document.Text.ShouldBe("The vote was held today.\n\nIt passed narrowly.");
    }

    [Theory]
    [InlineData("Will the talks resume?")]
    [InlineData("Ceasefire holds!")]
    public void A_headline_that_asks_or_exclaims_is_a_title(string headline)
    {
        Reading.Single(_reader, headline + "\n\nBody text follows.").Title.ShouldBe(headline);
    }

    [Fact]
    public void CRLF_becomes_LF_and_a_BOM_is_dropped()
    {
        var document = Reading.Single(_reader, "\uFEFFShort title\r\n\r\nLine one.\r\nLine two.");

        document.Title.ShouldBe("Short title");
        document.Text.ShouldBe("Line one.\nLine two.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Only a title\n\n")]
    public void Input_without_body_text_is_a_failure(string text) =>
        Reading.Failure(_reader, text).Reason.ShouldNotBeNullOrWhiteSpace();

    [Fact]
    public void Invalid_UTF8_is_a_failure_naming_the_byte()
    {
        var results = Reading.Read(_reader, [(byte)'a', (byte)'b', 0xC3, 0x28]);

        results.ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>().Reason.ShouldContain("invalid UTF-8");
    }

    [Fact]
    public void A_file_over_the_limit_is_a_failure()
    {
        var limits = ReaderLimits.Default with { MaxDocumentBytes = 10 };
        var results = Reading.Read(_reader, "This text is longer than ten bytes.", limits: limits);

        results.ShouldHaveSingleItem().ShouldBeOfType<ReadFailure>().Reason.ShouldContain("limit");
    }
    [Fact]
    public void A_header_block_gives_title_and_date_and_the_body_follows_it()
    {
        var document = Reading.Single(_reader,
            "Title: Dockers strike in Antwerp\nPublished: 2023-05-13\nSource: Harbour Gazette\nURL: https://example.org/a?b=1\n\nThe strike began at dawn.\n");

        document.Title.ShouldBe("Dockers strike in Antwerp");
        document.Published.ShouldBe(new DateOnly(2023, 5, 13));
        document.Text.ShouldBe("The strike began at dawn.");
    }

    [Theory]
    [InlineData("Date: Sat, 13 May 2023 09:30:00 GMT")]
    [InlineData("date: 13 May 2023")]
    [InlineData("Published-Date: May 13, 2023")]
    [InlineData("published_at: 2023-05-13T22:10:00+02:00")]
    public void Header_dates_are_read_in_the_forms_archives_write(string line)
    {
        var document = Reading.Single(_reader, line + "\n\nCrowds gathered in the square.");

        document.Published.ShouldBe(new DateOnly(2023, 5, 13));
        document.Title.ShouldBeNull();
        document.Text.ShouldBe("Crowds gathered in the square.");
    }

    [Fact]
    public void A_header_without_a_title_leaves_the_title_line_to_be_read()
    {
        var document = Reading.Single(_reader, "Published: 2022-01-05\n\nMinisters resign\n\nTwo ministers left the cabinet.");

        document.Published.ShouldBe(new DateOnly(2022, 1, 5));
        document.Title.ShouldBe("Ministers resign");
        document.Text.ShouldBe("Two ministers left the cabinet.");
    }

    [Fact]
    public void A_header_date_that_is_no_date_is_a_failure_naming_the_field()
    {
        var failure = Reading.Failure(_reader, "Title: Talks resume\nPublished: last Tuesday\n\nThe talks resumed.");

        failure.Reason.ShouldContain("'Published'");
        failure.Reason.ShouldContain("last Tuesday");
    }

    [Theory]
    [InlineData("Note: the vote was close.\n\nIt passed.", "Note: the vote")]
    [InlineData("Title: Talks resume\nThe talks resumed on Monday after a long pause.", "Title: Talks resume")]
    public void Lines_that_only_look_like_a_header_stay_in_the_body(string text, string kept)
    {
        var document = Reading.Single(_reader, text);

        document.Published.ShouldBeNull();
        document.Text.ShouldStartWith(kept);
    }
}
