using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Tests.Quotes;

// Session 23 (att26): a cue model of its own for nouns (NounCueScorer), measured on the held-out train articles and
// left off (the model holds no noun scorer): these pin the candidates, the features and that it is off by default.
public sealed class NounCueScorerSession23Tests(QuoteFixture fixture) : IClassFixture<QuoteFixture>
{
    [Fact]
    public void A_cue_noun_is_a_candidate_alone_with_its_preposition_and_with_its_possessor()
    {
        const string text = "The farmers rejected his criticism of the new harbour tariff.";
        var f = QuoteFacts.Of(text);

        var spans = NounCueScorer.Spans(f, NounsOf(f, "criticism")).Select(s => f.Q.Span(s.First, s.End - 1).Of(text)).ToList();

        spans.ShouldBe(["criticism", "criticism of", "his criticism", "his criticism of"]);
    }

    [Fact]
    public void A_noun_of_no_cue_lemma_a_name_and_a_modifier_before_another_noun_are_no_candidates()
    {
        const string text = "The Claim Office opened a claim desk in Leeds.";
        var f = QuoteFacts.Of(text);

        NounCueScorer.Spans(f, NounsOf(f, "claim")).ShouldBeEmpty();
        NounCueScorer.Spans(f, CueNouns.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Nouns_inside_quotation_marks_are_no_candidates()
    {
        const string text = "\u201cThe claim is false,\u201d the mayor said of the claim.";
        var f = QuoteFacts.Of(text);

        var head = NounCueScorer.Spans(f, NounsOf(f, "claim")).Select(s => s.Head).Distinct().ShouldHaveSingleItem();

        f.Q.Span(head).Start.ShouldBeGreaterThan(text.IndexOf('\u201d', StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_before_a_that_clause_scores_above_the_same_noun_as_an_object_once_the_shape_is_learned()
    {
        // Nouns followed by a `that` clause are cues, nouns ending their sentence are not; the scorer learns what follows,
        // so an unseen sentence of that shape scores higher.
        string[] cues = ["The mayor repeated her claim that the bridge was unsafe.", "The union made the claim that wages were too low."];
        string[] acts = ["The insurer paid the claim.", "The court rejected the claim."];
        var examples = cues.Select(s => (s, true)).Concat(acts.Select(s => (s, false))).SelectMany(e => Examples(e.s, e.Item2)).ToList();
        var weights = CandidateFilterTrainer.Train(examples, 10, 1, 0f);

        Score(weights, "The council withdrew its claim that the road was closed.").ShouldBeGreaterThan(Score(weights, "The council withdrew its claim."));
    }

    [Fact]
    public void A_span_has_at_most_the_features_the_scorer_allows()
    {
        const string text = "Mr. Ruiz's assertion that the port would close by Friday alarmed the dockers.";
        var f = QuoteFacts.Of(text);
        var x = new ulong[NounCueScorer.MaxFeatures];

        foreach (var (first, head, end) in NounCueScorer.Spans(f, NounsOf(f, "assertion")))
        {
            NounCueScorer.Features(f, first, head, end, x).ShouldBeInRange(1, NounCueScorer.MaxFeatures);
        }
    }

    [Fact]
    public void The_committed_model_holds_no_noun_scorer_so_a_noun_cue_below_the_taggers_margin_adds_nothing()
    {
        // Off by default: the quotes of a sentence are those of the model without the scorer.
        var quotes = fixture.FindWithModel("The harbour board rejected the dockers' suggestion of a second pier.");

        quotes.ShouldNotContain(q => q.Cue == "suggestion of");
    }

    private static CueNouns NounsOf(TokenFacts f, string word) =>
        new(Enumerable.Range(0, f.Count).Where(t => f.Q.Word(t) == word).Select(t => f.Lemma[t]).ToHashSet());

    private static IEnumerable<(ulong[] Features, bool Keep)> Examples(string text, bool cue)
    {
        var f = QuoteFacts.Of(text);
        var x = new ulong[NounCueScorer.MaxFeatures];
        foreach (var (first, head, end) in NounCueScorer.Spans(f, NounsOf(f, "claim")).Where(s => s.First == s.Head && s.End == s.Head + 1))
        {
            yield return (x[..NounCueScorer.Features(f, first, head, end, x)], cue);
        }
    }

    private static float Score(LinearWeights weights, string text)
    {
        var f = QuoteFacts.Of(text);
        var (first, head, end) = NounCueScorer.Spans(f, NounsOf(f, "claim")).First();
        var x = new ulong[NounCueScorer.MaxFeatures];
        Span<float> scores = stackalloc float[NounCueScorer.Labels];
        weights.Score(x.AsSpan(0, NounCueScorer.Features(f, first, head, end, x)), scores);
        return scores[1] - scores[0];
    }
}
