using Chronicle.Resolution.Clusters;

namespace Chronicle.Resolution.Tests.Clusters;

public sealed class EventWindowTests
{
    [Theory]
    [InlineData("2022-02-26", "2022-02-26", "2022-02-26")]
    [InlineData("2022-02", "2022-02-01", "2022-02-28")]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-W02", "2020-01-06", "2020-01-12")]
    [InlineData("2022-02-26T10:00", "2022-02-26", "2022-02-26")]
    public void A_timex_value_gives_the_days_it_covers(string value, string first, string last)
    {
        var window = EventWindow.FromTimex(value)!;
        window.First.ShouldBe(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        window.Last.ShouldBe(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("XXXX-WXX-3")]
    [InlineData("P4D")]
    [InlineData("PRESENT_REF")]
    [InlineData("2022-13")]
    [InlineData(null)]
    public void Underspecified_or_odd_values_give_no_window(string? value) => EventWindow.FromTimex(value).ShouldBeNull();
}
