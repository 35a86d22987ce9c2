using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Finds attributions: direct quotes by rule (quotation marks with a cue and speaker before, after or between their
/// parts) and, with a trained <see cref="AttributionModel"/>, every other cue the model marks (indirect speech,
/// beliefs, <c>according to</c>, nominal cues) with its source and content; without a model, indirect rules
/// (<c>X said (that) ...</c>, <c>..., X said.</c>, <c>according to X, ...</c>). Reads tokens, sentences,
/// part-of-speech tags and entities; fills <see cref="Annotations.Quotes"/>.
/// </summary>
/// <param name="lexicon">The cue verbs of the rules.</param>
/// <param name="model">The trained taggers, or null for rules only.</param>
/// <param name="indirectRules">False to leave indirect speech to the model alone (tried when tuning the model).</param>
public sealed class QuoteRecognizer(CueLexicon lexicon, AttributionModel? model = null, bool indirectRules = true) : IStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    // A model of format 11 may hold a content end ranker (ContentEnds, trainer flag --content-ends, not in the
    // committed model: it scored below the role tagger's own ends on the held-out train articles); a model without
    // one is run as before, so the version stays. 34: a reported content ends before a comma and a clause of its own
    // subject and finite verb after a content that is already a clause, no conjunction between (ClauseAfter), session 25.
    // 25: a clause's finding reported `in` a poll or survey is attributed
    // to the poll, the preposition its cue (PollCue), session 22. 23: a reported content ends before a comma and a participle
    // and takes in an `including` list after it (ContentAdjunct: `attacked the senator, calling him ...`), session 22
    // (22 left to the sources' session). 21:
    // session 21's cue extents and nested reports together. 20: a report
    // whose cue lies inside another attribution's content, not opened by a comma, dash or conjunction nor relayed by
    // `reported`, is dropped (NestedReport). 19: cue extents: an adjunct between a cue verb and the content after
    // it is left out (CueAdjunct: `said in a statement that`), a bare verb's cue takes its infinitive `to` and a
    // floating `both` (CueAuxiliary), and a colon cue its clause from the verb (CueColon: `issued the following
    // statement:`), dropping a speaker inside that clause. 18: a content after its cue that stops inside a quotation it opened
    // runs to the quotation's close (QuotationEnd), and a reported content is not carried into a sentence another
    // quote's content holds (ContentContinuation), and a question ending its sentence takes a bare cue after it
    // (DirectQuotes). 17: session 20's sources and cues together. 16: sources given after the filter to a verb cue preceded by a
    // determiner or a determined phrase (`another says`), by a participle after the main clause (`by touting`), widened
    // over a determiner and a demonstrative's participle (`families of those affected by`), and a quotation resumed in
    // lower case after the speaker's description (DirectQuotes.Resumes). 15: a reported content ends before a second predicate or clause that
    // goes on from the report (SecondClause: `condemned the plan and called for`, `, and the minister left`). 14: sources fitted further to the annotators' extent (coordinated
    // subjects, a clause's subject, a dash, the phrase modifying a noun after its cue, a description after a bracket or
    // a place or cut at a quotation mark or another cue), and a model attribution whose cue is not a word of saying is
    // marked so (Quote.Speech). 16: a rules' cue verb takes in the preposition whose object is its content, `called for`
    // (CuePreposition), a participle cue the verb and message carrying it, `issued a statement saying` (CueCarrier),
    // and a cue verb its auxiliaries and adverbs, `has been warning` (CueAuxiliary).
    // 13: a model of format 12 may hold a verb group scorer
    // (VerbGroupCues, polnear-attribution-9), whose cues are added after the filter. 12: a verb group before a `that` clause outside another's content
    // is a cue whatever the verb (ThatComplement). 11: a reported content ends before the next attribution coordinated
    // with it (NextReport), a bare quantifier or number before a kept cue is its source, a report whose words after the
    // cue are only its adjunct takes the clause before it (ClauseBefore), and a source before its cue ends before an
    // aside (`Clinton, without naming him,`) and after a quotation it runs over. 10: the cue tagger decoded by exact Viterbi over each sentence when the model was trained so, candidates by
    // max-marginal (polnear-attribution-8, format 10); 9: the role tagger sees the finite verbs between a token and the
    // cue, cues take in learned tails, and the cue tagger and filter see the model's reporting words when it has any
    // (polnear-attribution-7, format 9); 8: the role tagger decoded exact when the model was trained so
    // (polnear-attribution-6). 24: session 22's source rules (22) and content bounds (23) together; 26: those and the
    // poll cues (25) together.
    // 33: a cue opening at an infinitive's `to` takes in the catenative verb group before it (CueCatenative: `went on
    // to attack`, `are planning to boycott`) and a verb of urging the `on` before the one urged and an infinitive
    // (CueOnTo: `called on the council to act`; after a participle without it, `commenting on`), session 25's cue bounds (31 and 32 left to session 25's other helpers).
    // 35: session 25's cue bounds (33) and content ends (34: ClauseAfter) together.
    // 36: a content ends before the cue's adjunct of medium (MediumAdjunct: `criticized the plan in a statement`).
    // 37: a cue verb takes in a short object and its colon before a quotation (CueColonObject: `added a warning: "..."`),
    // session 26's cue recall. 38: a noun phrase's content ends before `and` or `but` and a clause of its own
    // (ConjoinedClause: `has not endorsed the mayor and the governor withdrew`), session 26.
    // 39: a quotation's order is read from its last punctuation before every closing mark, so `.''` and a nested
    // quotation's `.'"` close a sentence and take no cue from the next paragraph (DirectQuotes), session 27.
    // 40: a content ends before an `as` clause with its own subject and finite verb (AsClause: `announced the plan as
    // the campaign heads into June`), session 28's content end.
    // 41: a speech verb before its object and `of` or `for` is a cue (CueObjectFrame: `accused the mayor of`), session
    // 28's missed cues, with 40.
    // 42: `said in a statement that ...` keeps `in a statement` (or `in an interview`) in its cue (CueAdjunct), session 28.
    // 43: a source before its cue takes in the noun phrases coordinated after it up to the cue, and a list of sources
    // may open after a colon or an opening adverb and comma (SourceExtent), session 29.
    // 44: a source found inside a name's apposition or relative clause set off by commas before the cue is the name
    // with it (SourceExtent.Apposition: `Ana Ruiz, a plumber who ..., blamed`), session 30's sources.
    // 45: a cue opening with `here` or `there` before its verb starts at the verb (CueLeadAdverb: `workers here
    // said`), session 30's missed cues. 46: a reported content ends before its sentence's only dash when a pronoun,
    // `there`, `though` or `where` opens a clause after it (ContentAdjunct: `... in 2018 - though it is unclear`),
    // session 31's content extents.
    // 47: a cue opening with lower-case adverbs before its verb takes in the auxiliaries before them (CueAuxiliary:
    // `has been repeatedly criticized`), session 31's cue extents.
    // 48: a source before its cue takes in the reflexive pronoun that repeats it (SourceExtent.Reflexive: `Ana Ruiz
    // herself said`) and ends before adverbs that run into the cue (TrailingAdverbs: `it now showing`); a description
    // after the cue ends before a comma and a preposition (`said Ana Ruiz, 54, of Braga, after meeting`), session 31's
    // sources.
    // 49: a cue verb of pointing takes in the `to` before its content (CuePreposition.FitTo: `pointed to the costs`),
    // session 32's cues.
    // 50: a reported clause content takes in a concessive clause after a comma (ConcessiveClause: `, although it would
    // take years`, `, but that the council ...`), session 32's contents.
    public string Version => model is null ? "1" : "50+" + model.Version;

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        if (found.Tokens.IsEmpty)
        {
            return found;
        }
        var text = new QuoteText(document.Text, found, lexicon);
        var quotes = RuleQuotes(text, found);
        if (model is not null)
        {
            var facts = new TokenFacts(text, model.Clusters, model.Rates, model.Reporting);
            new ModelQuotes(text, model).Find(quotes, facts);
            // Every attribution of a sentence is known now, so none's content runs on over another's.
            NextReport.Cut(text, quotes);
            // A report inside another's content is left out, as the annotators mostly leave it (NestedReport).
            NestedReport.Drop(text, quotes);
            ClauseBefore.Apply(text, quotes);
            DescribedSource.Apply(text, quotes);
            // The ranker chooses among every end the sentence allows; the cuts' table may then end a content earlier.
            model.Ends.Apply(facts, quotes);
            model.Cuts.Apply(facts, quotes);
            // The cuts' table holds the situations counted often enough on train; a second predicate or clause after
            // the content is cut by its shape.
            SecondClause.Cut(text, quotes);
            // `attacked the senator, calling him ...`: a participle after a comma goes on from the report's subject; an
            // `including` list after the content is part of it.
            ContentAdjunct.Cut(text, quotes);
            // A clause of the writer's after a comma, with no conjunction, ends the content (ClauseAfter).
            ClauseAfter.Cut(text, quotes);
            // The cue's adjunct of medium (`in a statement`, `at a news conference`) ends the content (MediumAdjunct).
            MediumAdjunct.Cut(text, quotes);
            // `and` or `but` and a clause of its own after a noun phrase's content ends it (ConjoinedClause).
            ConjoinedClause.Cut(text, quotes);
            // A temporal or causal `as` clause of the writer's with its own subject ends the content (AsClause).
            AsClause.Cut(text, quotes);
            // A concessive clause after a comma (`, although ...`, `, but that ...`) stays in the content (ConcessiveClause).
            ConcessiveClause.Extend(text, quotes);
            if (model.WideSources)
            {
                SourceExtent.Extend(text, quotes);
                // A passive cue's `by` agent is its source (`was criticized by three mayors`).
                PassiveAgent.Apply(text, quotes);
            }
            // A quotation a content opens is taken whole, before the sentences after it are weighed.
            QuotationEnd.Extend(text, quotes);
            // Every content, the rules' too, may go on into the sentences after it, as the annotators mark.
            model.Continuation.Extend(facts, quotes);
            // A finding reported in a poll (`led by six points in a Leeds Post poll`) takes the preposition as its cue.
            PollCue.Add(text, quotes);
        }
        quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return found with { Quotes = [.. quotes] };
    }

    /// <summary>
    /// The rules' attributions and the model's candidates at cue margin <paramref name="margin"/>, before any filter
    /// (for training the filter).
    /// </summary>
    internal (TokenFacts Facts, List<Quote> Rules, List<AttributionCandidate> Candidates) Propose(Document document, Annotations found, float margin)
    {
        var text = new QuoteText(document.Text, found, lexicon);
        var quotes = RuleQuotes(text, found);
        var facts = new TokenFacts(text, model?.Clusters ?? ClusterMap.Empty, model?.Rates, model?.Reporting);
        var candidates = model is null ? [] : new ModelQuotes(text, model).Candidates(facts, quotes, margin);
        return (facts, quotes, candidates);
    }

    // The rules' attributions: direct quotes, then (unless the model replaces them) the indirect patterns.
    private List<Quote> RuleQuotes(QuoteText text, Annotations found)
    {
        var quotes = new List<Quote>();
        var quoted = new bool[found.Tokens.Length];
        new DirectQuotes(text).Find(quotes, quoted);
        if (indirectRules || model is null)
        {
            new IndirectQuotes(text).Find(quotes, quoted);
        }
        return quotes;
    }
}
