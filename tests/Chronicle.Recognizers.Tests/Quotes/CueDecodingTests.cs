using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Text.Learning;

namespace Chronicle.Recognizers.Tests.Quotes;

public sealed class CueDecodingTests
{
    // Every token pays 3 to be a cue; `has` alone would be a cue worth 1, `said` alone one worth 2, but `said` right
    // after a cue begun at `has` is worth nothing as a continuation and less as a cue of its own.
    private static LinearWeights Weights(TokenFacts f)
    {
        var has = f.Word[f.At("has")];
        var said = f.Word[f.At("said")];
        return new LinearWeights(
            CueTagger.Labels,
            [TokenFacts.Key(1, 1), TokenFacts.Key(2, has), TokenFacts.Key(2, said), TokenFacts.Key(16, 1, said)],
            [0, -3, -3, 0, 4, 0, 0, 5, 3, 0, -7, 0]);
    }

    [Fact]
    public void Greedy_decoding_keeps_an_early_cue_head_that_exact_decoding_gives_up_for_a_better_one()
    {
        var f = QuoteFacts.Of("The mayor has said the bridge will reopen.");
        var weights = Weights(f);

        var greedy = CueTagger.Find(f, weights, 0, open: true);
        var exact = CueTagger.Find(f, weights, 0, open: true, exact: true);

        greedy.ShouldHaveSingleItem().First.ShouldBe(f.At("has"));
        var cue = exact.ShouldHaveSingleItem();
        (cue.First, cue.End).ShouldBe((f.At("said"), f.At("said") + 1));
        // The best path through the cue (2) against the best without it (`has` alone, 1).
        cue.Score.ShouldBe(1f, 1e-4f);
    }

    [Fact]
    public void Below_zero_the_near_misses_come_in_and_overlapping_ones_give_way_to_the_higher_scoring()
    {
        var f = QuoteFacts.Of("The mayor has said the bridge will reopen.");
        var weights = Weights(f);

        CueTagger.Find(f, weights, 2, open: true, exact: true).ShouldBeEmpty();
        // `has` scores -1 (the best path through it, 1, against 2), and ends before `said`, which scores 1.
        var near = CueTagger.Find(f, weights, -1.5f, open: true, exact: true);
        near.Select(c => (c.First, c.End)).ShouldBe([(f.At("has"), f.At("has") + 1), (f.At("said"), f.At("said") + 1)]);
        near[0].Score.ShouldBe(-1f, 1e-4f);
    }

    [Fact]
    public void Gold_cues_become_a_path_the_exact_decoder_can_take()
    {
        // `the claim`: a cue begins at its first token that may begin one; a cue run on into the next sentence begins
        // again there; a cue in which no token may begin one is no cue.
        var f = QuoteFacts.Of("He made the claim. They denied it. Later on, nothing changed.");
        var candidates = Enumerable.Range(0, f.Count).Select(t => CueTagger.IsCandidate(f, null, t, open: true)).ToArray();
        var cues = new int[f.Count];
        var the = f.At("the");
        var denied = f.At("denied");
        for (var t = the; t <= denied; t++)
        {
            cues[t] = t == the ? 1 : 2;
        }
        var later = f.At("later");
        (cues[later], cues[later + 1]) = (1, 2);

        var labels = AttributionTrainer.Decodable(cues, candidates, f.Q.Sentences);

        labels[the..(denied + 1)].ShouldBe([0, 1, 2, 0, 1]);
        (labels[later], labels[later + 1]).ShouldBe((0, 0));
    }

    [Fact]
    public void A_structured_cue_tagger_learns_cues_of_several_words()
    {
        string[] texts =
        [
            "The minister told reporters that the plan was dead.",
            "The coach told reporters that the team was tired.",
            "The mayor said the bridge would reopen.",
            "The union said the strike would go on.",
            "The farmers told reporters that prices had fallen.",
            "The council said the road would close.",
        ];
        var examples = texts.Select(text =>
        {
            var cue = text.Contains("told reporters", StringComparison.Ordinal) ? "told reporters" : "said";
            var start = text.IndexOf(cue, StringComparison.Ordinal);
            return new AttributionExample(text, QuoteFacts.Annotate(text), [new AttributionSpans(null, new TextSpan(start, start + cue.Length), null)]);
        }).ToList();

        var model = new AttributionTrainer(CueLexicon.English(), new AttributionTrainerOptions(Epochs: 5, ExactCues: true)).Train(examples);

        model.ExactCues.ShouldBeTrue();
        var f = QuoteFacts.Of("The driver told reporters that the road was icy.");
        var cue = CueTagger.Find(f, model.Cue, 0, open: true, exact: true).ShouldHaveSingleItem();
        (cue.First, cue.End).ShouldBe((f.At("told"), f.At("reporters") + 1));
    }

    [Fact]
    public void Bagged_taggers_average_their_weights_and_a_feature_one_bag_lacks_weighs_nothing_there()
    {
        var one = new AveragedPerceptron(3);
        var two = new AveragedPerceptron(3);
        one.Update([1UL, 2UL], 1, 0);
        one.Update([1UL], 2, 0);
        two.Update([1UL], 1, 0);
        two.Update([3UL], 2, 1);
        var first = new float[3];
        var second = new float[3];

        var bagged = AttributionTrainer.Averaged([one, two], 0.01f);

        bagged.Keys.ShouldBe([1UL, 2UL, 3UL]);
        one.Average(1UL, first);
        two.Average(1UL, second);
        bagged.Weights[..3].ToArray().ShouldBe([(first[0] + second[0]) / 2, (first[1] + second[1]) / 2, (first[2] + second[2]) / 2]);
        one.Average(2UL, first);
        bagged.Weights[3..6].ToArray().ShouldBe([first[0] / 2, first[1] / 2, first[2] / 2]);
        // One bag alone is the plain averaged perceptron.
        AttributionTrainer.Averaged(one, 0.01f).Weights.ToArray().ShouldBe(AttributionTrainer.Averaged([one], 0.01f).Weights.ToArray());
    }
}
