using Chronicle.Resolution.Coreference;
using Chronicle.Testing;

namespace Chronicle.Resolution.Tests.Coreference;

public sealed class EventWordNetTests
{
    private static EventWordNet Load() =>
        EventWordNet.Load(Path.Combine(RepositoryPaths.Root, "data", "coref", CorefModel.WordNetFile));

    [Fact]
    public void Synonymous_triggers_share_a_synset_whatever_their_inflection()
    {
        var wordNet = Load();
        var thwarted = wordNet.Senses(["thwarted"], "thwarted");
        var foiled = wordNet.Senses(["foiled"], "foiled");
        thwarted.Synsets.Overlaps(foiled.Synsets).ShouldBeTrue();
        var nabbed = wordNet.Senses(["nabbed"], "nabbed");
        var arrest = wordNet.Senses(["arrest"], "arrest");
        nabbed.Synsets.Overlaps(arrest.Synsets).ShouldBeTrue();
    }

    [Fact]
    public void A_phrase_listed_whole_is_found_and_unknown_words_have_no_senses()
    {
        var wordNet = Load();
        wordNet.Senses(["open", "fire"], "open").Synsets.Overlaps(wordNet.Senses(["fire"], "fire").Synsets).ShouldBeTrue();
        wordNet.Senses(["zzqx"], "zzqx").Synsets.Count.ShouldBe(0);
        EventWordNet.Empty.Senses(["arrest"], "arrest").Synsets.Count.ShouldBe(0);
    }
}
