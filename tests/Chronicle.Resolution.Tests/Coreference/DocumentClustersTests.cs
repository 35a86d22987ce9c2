using Chronicle.Resolution.Coreference;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class DocumentClustersTests
{
    [Fact]
    public void Two_stories_of_one_kind_are_told_apart_by_their_names_and_places()
    {
        // Invented reports: two earthquakes, each told twice.
        static IReadOnlyList<string> D(string text) => text.Split(' ');
        IReadOnlyList<string>[] documents =
        [
            D("An earthquake of magnitude 6.1 struck Valdoria on Tuesday . Rescuers in Valdoria searched the rubble ."),
            D("Rescuers searched the rubble in Valdoria after the 6.1 earthquake on Tuesday . Valdoria mourned ."),
            D("A magnitude 5.4 earthquake hit Montebrisa in 2011 . Schools in Montebrisa closed after the earthquake ."),
            D("Montebrisa was shaken by a 5.4 earthquake in 2011 . The earthquake damaged Montebrisa schools ."),
        ];
        var stories = DocumentClusters.Stories(documents, new EnglishLemmatizer(), 0.14);
        stories[0].ShouldBe(stories[1]);
        stories[2].ShouldBe(stories[3]);
        stories[0].ShouldNotBe(stories[2]);
    }
}
