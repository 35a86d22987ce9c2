namespace Chronicle.Events.Tests;

public sealed class CountryNameTests
{
    [Fact]
    public void An_official_long_name_cut_by_its_possessive_is_still_the_state()
    {
        var run = Coded.Run("Japan on Monday urged the Democratic People's Republic of Korea to return to the talks.");
        var e = run.Single(PloverType.Request);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "KP");
    }

    [Fact]
    public void An_abbreviation_of_a_state_is_the_state()
    {
        var run = Coded.Run("The PRC on Friday accused Vietnam of spying.");
        run.Events.ShouldContain(e => e.Actors.Any(a => a.Role == ActorRole.Source && a.Country == "CN"));
    }

    [Fact]
    public void A_country_misspelt_by_one_letter_is_that_country()
    {
        var run = Coded.Run("Tanzania rejected an offer from Afganistan on Monday.");
        var e = run.Single(PloverType.Reject);
        e.Actors.ShouldContain(a => a.Role == ActorRole.Target && a.Country == "AF");
    }

    [Theory]
    [InlineData("Ethopia", "Ethiopia", true)]
    [InlineData("Quatar", "Qatar", true)]
    [InlineData("Nigeira", "Nigeria", true)]
    [InlineData("Nigeria", "Nigeria", false)]
    [InlineData("Nigerian", "Algeria", false)]
    public void One_edit_apart_counts_one_added_dropped_changed_or_swapped_letter(string a, string b, bool expected) =>
        CountryNames.OneEditApart(a, b).ShouldBe(expected);
}
