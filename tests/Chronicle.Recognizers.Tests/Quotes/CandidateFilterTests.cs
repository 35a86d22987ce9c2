using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class CandidateFilterTests
{
    private static ulong[] Features(TokenFacts f, List<AttributionCandidate> candidates, int i)
    {
        var x = new ulong[CandidateFilter.MaxFeatures];
        return x[..CandidateFilter.Features(f, candidates, i, x)];
    }

    [Fact]
    public void A_cue_inside_another_candidates_content_is_judged_by_its_word_and_by_the_attribution_holding_it()
    {
        var f = QuoteFacts.Of("The minister said the mayor wants a new bridge.");
        var (said, wants, end) = (f.At("said"), f.At("wants"), f.At("."));
        List<AttributionCandidate> candidates =
        [
            new(said, said + 1, 12, (0, said), (said + 1, end)),
            new(wants, wants + 1, -8, (said + 1, wants), (wants + 1, end)),
        ];
        var nestedWord = TokenFacts.Key(133, f.Lemma[wants]);

        Features(f, candidates, 1).ShouldContain(nestedWord);
        Features(f, candidates, 0).ShouldNotContain(TokenFacts.Key(133, f.Lemma[said]));
        // How sure the outer attribution is: a weaker one holding the cue gives another feature.
        var sure = Features(f, candidates, 1);
        candidates[0] = candidates[0] with { CueScore = -20 };
        var unsure = Features(f, candidates, 1);
        unsure.ShouldContain(nestedWord);
        unsure.Except(sure).ShouldHaveSingleItem();
        // Without the outer attribution the cue is not nested.
        Features(f, [candidates[1]], 0).ShouldNotContain(nestedWord);
    }
}
