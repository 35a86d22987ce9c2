namespace Chronicle.Ingest.Tests;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2023-03-14")]
    [InlineData("20230314")]
    [InlineData("2023/03/14")]
    [InlineData("2023-03-14T23:15:00-05:00")]
    [InlineData("2023-03-14T09:15:00Z")]
    [InlineData("Tue, 14 Mar 2023 09:15:00 +0000")]
    [InlineData("Tue, 14 Mar 2023 23:15:00 EST")]
    [InlineData("Tue, 14 Mar 2023 09:15:00 UT")]
    [InlineData("Mon, 14 Mar 2023 09:15:00 +0100")]
    [InlineData("14 Mar 23 09:15 GMT")]
    public void Dates_are_read_as_written_in_their_own_offset(string value)
    {
        PublicationDate.TryParse(value, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2023, 3, 14));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023-02-30")]
    [InlineData("Tue, 32 Mar 2023 09:15:00 GMT")]
    public void Non_dates_are_refused(string? value) => PublicationDate.TryParse(value, out _).ShouldBeFalse();
}
