using Chronicle.Storage.Queries;

namespace Chronicle.Web.Tests;

public sealed class QueryHelpersTests
{
    [Theory]
    [InlineData("2024-03-05", null, "2024-03-05")]
    [InlineData("2024-03-05T14:00", null, "2024-03-05")]
    [InlineData("2022-W08", null, "2022-02-21")]
    [InlineData("2021-W01", null, "2021-01-04")]
    [InlineData("2020-W53", null, "2020-12-28")]
    [InlineData("2013-09", null, "2013-09-01")]
    [InlineData("2013", null, "2013-01-01")]
    [InlineData("XXXX-WXX-3", "2024-05-01", "2024-05-01")]
    [InlineData(null, "2024-05-01", "2024-05-01")]
    [InlineData("PAST_REF", null, null)]
    public void An_event_day_is_the_first_day_its_date_covers(string? timex, string? published, string? expected)
    {
        EventDay.Of(timex, published).ShouldBe(expected);
    }

    [Theory]
    [InlineData("teachers", "\"teachers\"")]
    [InlineData("teach* pay", "\"teach\"* \"pay\"")]
    [InlineData("a \"quoted\" OR", "\"a\" \"\"\"quoted\"\"\" \"OR\"")]
    [InlineData("title:x NEAR(", "\"title:x\" \"NEAR(\"")]
    [InlineData("  ", null)]
    [InlineData("*** ---", null)]
    public void User_words_become_an_fts5_query_that_cannot_be_a_syntax_error(string input, string? expected)
    {
        FullTextQuery.From(input).ShouldBe(expected);
    }
}
