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
}
