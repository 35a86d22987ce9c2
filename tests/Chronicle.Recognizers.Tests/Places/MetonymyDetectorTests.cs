using Chronicle.Recognizers.Places;

namespace Chronicle.Recognizers.Tests.Places;

public sealed class MetonymyDetectorTests
{
    [Theory]
    [InlineData("Analysts think Moscow may be advising Tehran on drones.", "Moscow")]
    [InlineData("Washington says the talks will go on.", "Washington")]
    [InlineData("Beijing warned against any visit.", "Beijing")]
    [InlineData("Ottawa has denied the report.", "Ottawa")]
    [InlineData("Diplomats welcomed Tehran's support for the ceasefire.", "Tehran")]
    [InlineData("Paris accused the junta of stalling.", "Paris")]
    public void A_capital_that_speaks_or_acts_stands_for_its_government(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        MetonymyDetector.Read(text, new TextSpan(at, at + name.Length)).ShouldBe(PlaceReading.Government);
    }

    [Theory]
    [InlineData("Thousands marched in Tehran on Friday.", "Tehran")]
    [InlineData("The delegation flew from Moscow to Minsk.", "Moscow")]
    [InlineData("Moscow is cold in January.", "Moscow")]
    [InlineData("A blast near Kabul killed three.", "Kabul")]
    [InlineData("Tehran's streets were empty.", "Tehran")]
    public void A_place_where_something_happens_is_a_location(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        MetonymyDetector.Read(text, new TextSpan(at, at + name.Length)).ShouldBe(PlaceReading.Location);
    }
}
