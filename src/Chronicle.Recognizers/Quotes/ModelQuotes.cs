using Chronicle.Recognizers.Quotes.Model;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Attributions found by the trained taggers: every cue the cue tagger marks (at a lower margin when a second stage
/// judges them), extended over the words annotators take into a cue, with the source and content the role tagger
/// marks around it; the second stage, when the model has one, keeps or drops each whole attribution. The speaker is
/// resolved like the rules' (names, pronouns, descriptions).
/// </summary>
internal sealed class ModelQuotes(QuoteText q, AttributionModel model)
{
    /// <summary>Adds to <paramref name="quotes"/> the model's attributions whose cue no earlier one holds.</summary>
    public void Find(List<Quote> quotes, TokenFacts facts)
    {
        if (model.ExtendRuleCues)
        {
            ExtendCues(facts, quotes);
        }
        // The rules' cues end at their verb; a preposition whose object is the content belongs to the cue.
        for (var i = 0; i < quotes.Count; i++)
        {
            quotes[i] = CuePreposition.Fit(q, quotes[i]);
        }
        var candidates = Candidates(facts, quotes, model.Filter is null ? model.CueMargin : model.CandidateMargin);
        Span<ulong> features = stackalloc ulong[CandidateFilter.MaxFeatures];
        Span<float> scores = stackalloc float[CandidateFilter.Labels];
        var kept = new List<AttributionCandidate>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (model.Filter is { } filter)
            {
                // The second stage judges the whole attribution, so the cue tagger can propose more than it keeps.
                var n = CandidateFilter.Features(facts, candidates, i, features);
                filter.Score(features[..n], scores);
                if (scores[1] - scores[0] < (c.GroupScore is not null ? model.Groups?.FilterThreshold ?? model.FilterThreshold : model.FilterThreshold))
                {
                    continue;
                }
            }
            else if (c.Source is null && model.RequireSource)
            {
                continue;
            }
            kept.Add(c);
        }
        ThatClauses(facts, quotes, kept);
        ObjectFrames(facts, quotes, kept);
        VerbGroups(facts, quotes, kept);
        NounCues(facts, quotes, kept);
        // After the filter, which judged each candidate by the source its own clause gives it.
        SharedSubject.Share(facts, quotes, kept);
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Source is null && (SourceShape.Quantifier(facts, kept[i].CueFirst) ?? SourceShape.Determined(facts, kept[i].CueFirst) ?? SourceShape.BeforeAuxiliaries(facts, kept[i].CueFirst)) is { } quantifier)
            {
                kept[i] = kept[i] with { Source = quantifier };
            }
        }
        foreach (var c in kept)
        {
            // The tagger's cues too end at their verb: a verb of pointing takes its `to` (`pointed to the costs`, session 32).
            quotes.Add(CuePreposition.FitTo(q, ToQuote(facts, c)));
        }
        // `issued a statement saying`: the verb and its object that carry a participle cue are part of it.
        CueCarrier.Widen(facts, quotes);
        // `issued a statement:`: a colon's clause is part of it.
        CueColon.Widen(q, quotes);
        // `added a warning:`: a short object and its colon after a cue verb are part of it.
        CueColonObject.Widen(q, quotes);
        // `has been warning`: a cue verb's auxiliaries are part of it.
        CueAuxiliary.Widen(q, quotes);
        // `went on to promote`, `is planning to boycott`: the catenative verb group before the infinitive.
        CueCatenative.Widen(q, quotes);
        // `called on the council to act`: the `on` before the one urged and an infinitive.
        CueOnTo.Fit(q, quotes);
        // `said in a statement that ...`: an adjunct before the content is not part of the cue.
        CueAdjunct.Trim(q, quotes);
        // `workers here said`, `who saw him recently say`: an adverb of place or past time before the verb is not.
        CueLeadAdverb.Trim(q, quotes);
    }

    // A verb with a subject and a `that` clause reports, whatever the verb (ThatComplement); added after the filter,
    // which never saw such candidates from verbs the tagger scores far below its margin. Not inside another
    // attribution's content: the annotators leave most such nested reports out (`said he thinks that ...`), as the
    // filter learned for the tagger's own.
    private void ThatClauses(TokenFacts facts, List<Quote> quotes, List<AttributionCandidate> kept)
    {
        foreach (var (first, end) in ThatComplement.Cues(facts))
        {
            AddAfterFilter(facts, quotes, kept, first, end);
        }
    }

    // A speech verb whose object and `of`/`for` follow judges someone (CueObjectFrame: `accused the minister of`),
    // added after the filter like the `that` clauses, with the role tagger's source and content.
    private void ObjectFrames(TokenFacts facts, List<Quote> quotes, List<AttributionCandidate> kept)
    {
        foreach (var (first, end) in CueObjectFrame.Cues(facts))
        {
            AddAfterFilter(facts, quotes, kept, first, end);
        }
    }

    // A verb group the group scorer takes for a cue (VerbGroupCues), with the role tagger's source and content; added
    // after the filter, like the `that` clauses, for the cues of rare verbs the tagger scores far below its margin.
    // Not inside another attribution's content (a nested report, which the annotators mostly leave out). Where the
    // tagger proposed a cue the filter dropped, the group scorer's word stands: leaving those out scored lower.
    private void VerbGroups(TokenFacts facts, List<Quote> quotes, List<AttributionCandidate> kept)
    {
        if (model.Groups is not { } groups)
        {
            return;
        }

        foreach (var (first, end, _) in VerbGroupCues.Cues(facts, groups.Weights, groups.Threshold))
        {
            AddAfterFilter(facts, quotes, kept, first, end);
        }
    }

    // A noun the noun cue scorer takes for a cue (NounCueScorer: `criticism of`, `the decision to`), with the role
    // tagger's source and content, added after the filter like the verb groups.
    private void NounCues(TokenFacts facts, List<Quote> quotes, List<AttributionCandidate> kept)
    {
        if (model.NounScorer is not { } scorer)
        {
            return;
        }

        foreach (var (first, end, _) in NounCueScorer.Cues(facts, model.Nouns, scorer.Weights, scorer.Threshold))
        {
            AddAfterFilter(facts, quotes, kept, first, end, scorer.RequireSource);
        }
    }

    // A cue found after the filter, kept with the role tagger's source and content unless a quote or a kept candidate
    // already holds it, or it lies inside another attribution's content.
    private void AddAfterFilter(TokenFacts facts, List<Quote> quotes, List<AttributionCandidate> kept, int first, int end, bool requireSource = true)
    {
        var cue = q.Span(first, end - 1);
        if (Known(quotes, quotes.Count, cue) || quotes.Exists(x => x.Content.Contains(cue))
            || kept.Exists(c => (c.CueFirst < end && first < c.CueEnd) || (c.Content.First <= first && first < c.Content.End)))
        {
            return;
        }

        var (source, content) = Roles(facts, first, end);
        if (content is { } found && (source is not null || !requireSource))
        {
            kept.Add(new AttributionCandidate(first, end, 0, source, found));
        }
    }

    // The rules' cues end at their verb; the annotators' often go on (`said in a statement`, `told reporters`).
    private void ExtendCues(TokenFacts facts, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var (first, end) = q.TokensOf(quote.Cue.Start, quote.Cue.End);
            var extended = model.Extensions.Extend(facts, first, end);
            if (extended == end)
            {
                continue;
            }
            var cue = q.Span(first, extended - 1);
            var added = new TextSpan(quote.Cue.End, cue.End);
            if (!added.Overlaps(quote.Content) && (quote.Speaker is null || !added.Overlaps(quote.Speaker.Span)))
            {
                quotes[i] = quote with { Cue = cue };
            }
        }
    }

    /// <summary>
    /// The attributions the taggers propose at cue margin <paramref name="margin"/>, with their roles, except those
    /// whose cue one of <paramref name="quotes"/> (the rules') holds.
    /// </summary>
    public List<AttributionCandidate> Candidates(TokenFacts facts, List<Quote> quotes, float margin)
    {
        var known = quotes.Count;
        var candidates = new List<AttributionCandidate>();
        foreach (var (cueFirst, found, score) in CueTagger.Find(facts, model.Cue, margin, model.OpenCandidates, model.Nouns, model.ExactCues))
        {
            // `according` alone is half a cue: the tagger sometimes stops before its `to`.
            var cueEnd = found - cueFirst == 1 && q.Word(cueFirst) == "according" && found < q.Count && q.Word(found) == "to" ? found + 1 : found;
            // `said Friday`: the day is when, not part of the cue.
            while (cueEnd - cueFirst > 1 && q.IsTimeWord(cueEnd - 1))
            {
                cueEnd--;
            }
            cueEnd = model.Extensions.Extend(facts, cueFirst, cueEnd);
            if ((cueEnd - cueFirst == 1 && q.IsPunctuation(cueFirst) && q.Word(cueFirst) != ":") || Known(quotes, known, q.Span(cueFirst, cueEnd - 1)))
            {
                continue;
            }
            var (s, roleContent) = Roles(facts, cueFirst, cueEnd);
            if (roleContent is { } fitted)
            {
                candidates.Add(new AttributionCandidate(cueFirst, cueEnd, score, s, fitted));
            }
        }
        GroupCandidates(facts, quotes, known, candidates);
        return candidates;
    }

    // The verb groups the group scorer rates at or above its candidate threshold (polnear-attribution-10), proposed
    // beside the tagger's cues so that the filter judges them as whole attributions (`took issue with`, `has
    // angered`: rare verbs the tagger scores far below its margin); as after the filter, not where a tagger's cue or
    // a rule's is, not inside another attribution's content (nested reports, which the annotators mostly leave out),
    // and only with a source.
    private void GroupCandidates(TokenFacts facts, List<Quote> quotes, int known, List<AttributionCandidate> candidates)
    {
        if (model.Groups is not { CandidateThreshold: { } threshold } groups)
        {
            return;
        }
        var tagged = candidates.Count;
        foreach (var (first, end, score) in VerbGroupCues.Cues(facts, groups.Weights, threshold))
        {
            var cue = q.Span(first, end - 1);
            if (Known(quotes, known, cue) || quotes.Take(known).Any(x => x.Content.Contains(cue))
                || candidates.Take(tagged).Any(c => (c.CueFirst < end && first < c.CueEnd) || (c.Content.First <= first && first < c.Content.End)))
            {
                continue;
            }
            if (Roles(facts, first, end) is ({ } source, { } content))
            {
                candidates.Add(new AttributionCandidate(first, end, score, source, content, score));
            }
        }
    }

    private Quote ToQuote(TokenFacts facts, AttributionCandidate c)
    {
        var (cueFirst, cueEnd) = (c.CueFirst, c.CueEnd);
        var content = q.Span(c.Content.First, c.Content.End - 1);
        var speaker = c.Source is { } source ? q.Speakers.ForSpan(q.Span(source.First, source.End - 1)) : null;
        var cue = q.Span(cueFirst, cueEnd - 1);
        var stance = Stance.Asserts;
        for (var t = cueFirst; t < cueEnd; t++)
        {
            if (facts.Lexicon[t] > 0)
            {
                stance = (Stance)(facts.Lexicon[t] - 1);
                break;
            }
        }
        var direct = q.IsQuoteMark(q.TokenAt(content.Start)) || (content.Start > 0 && q.Text[content.Start - 1] is '"' or '“');
        var medium = q.MediumIn(Math.Min(cueFirst, q.TokenAt(content.Start)), Math.Max(q.TokenAt(content.End), cueEnd + 6));
        return new Quote(speaker, cue, content, direct, stance, medium, direct || Speech(facts, cueFirst, cueEnd));
    }

    // Whether a cue reports speech: it holds a word of the cue lexicon (`said`, `denied`, `believes`) or is `according
    // to` or a colon. The looser cues the taggers and the verb groups find (`will be remembered for`, `has launched`)
    // mark what PolNeAR counts as an attribution, not a report. Not the model's cue rates: the annotators mark
    // `remember`, `anger` and `launch` as cues often enough to rate them high.
    private bool Speech(TokenFacts facts, int cueFirst, int cueEnd)
    {
        if (AccordingTo.Is(q, cueFirst, cueEnd) || (cueEnd - cueFirst == 1 && q.Word(cueFirst) == ":"))
        {
            return true;
        }
        for (var t = cueFirst; t < cueEnd; t++)
        {
            if (facts.Lexicon[t] > 0)
            {
                return true;
            }
        }
        return false;
    }

    // The source and content of a cue, fitted to phrases; null when either is missing.
    private ((int First, int End)? Source, (int First, int End)? Content) Roles(TokenFacts facts, int cueFirst, int cueEnd)
    {
        if (AccordingTo.Is(q, cueFirst, cueEnd))
        {
            return AccordingTo.Roles(q, cueFirst, cueEnd) is { } roles
                ? (roles.Source, ContentShape.Fit(facts, roles.Content.First, roles.Content.End, cueFirst, cueEnd))
                : (null, null);
        }
        var labels = RoleTagger.Tag(facts, model.Role, cueFirst, cueEnd, model.ExactRoles);
        var (windowFirst, _) = RoleTagger.Window(facts, cueFirst, cueEnd);
        if (Content(labels, windowFirst, cueFirst, cueEnd) is not { } run)
        {
            return (null, null);
        }
        var source = SourceShape.Fit(facts, Source(labels, windowFirst, cueFirst, cueEnd), cueFirst);
        var clause = ContentShape.Clause(facts, run, source, cueFirst, cueEnd);
        return (source, ContentShape.Fit(facts, clause.First, clause.End, cueFirst, cueEnd));
    }

    // The rules come first: they join a quote's parts across sentences, which the model's window does not reach, and
    // are precise where they apply. A model cue the rules already found is the same attribution, so it is not tagged.
    private static bool Known(List<Quote> quotes, int count, TextSpan cue)
    {
        for (var i = 0; i < count; i++)
        {
            if (quotes[i].Cue.Overlaps(cue))
            {
                return true;
            }
        }
        return false;
    }

    // The source run nearest the cue.
    private static (int First, int End)? Source(int[] labels, int windowFirst, int cueFirst, int cueEnd)
    {
        (int, int)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (first, end) in Runs(labels, RoleTagger.SourceBegin))
        {
            var a = windowFirst + first;
            var b = windowFirst + end;
            var distance = b <= cueFirst ? cueFirst - b : a - cueEnd;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = (a, b);
            }
        }
        return best;
    }

    // The longest content run, joined with runs it reaches across the cue, the source or punctuation only.
    private (int First, int End)? Content(int[] labels, int windowFirst, int cueFirst, int cueEnd)
    {
        var runs = Runs(labels, RoleTagger.ContentBegin);
        if (runs.Count == 0)
        {
            return null;
        }
        var longest = 0;
        for (var r = 1; r < runs.Count; r++)
        {
            if (runs[r].End - runs[r].First > runs[longest].End - runs[longest].First)
            {
                longest = r;
            }
        }
        var (first, end) = runs[longest];
        for (var r = longest - 1; r >= 0 && Bridges(labels, windowFirst, runs[r].End, first, cueFirst, cueEnd); r--)
        {
            first = runs[r].First;
        }
        for (var r = longest + 1; r < runs.Count && Bridges(labels, windowFirst, end, runs[r].First, cueFirst, cueEnd); r++)
        {
            end = runs[r].End;
        }
        return (windowFirst + first, windowFirst + end);
    }

    private bool Bridges(int[] labels, int windowFirst, int from, int to, int cueFirst, int cueEnd)
    {
        for (var k = from; k < to; k++)
        {
            var t = windowFirst + k;
            var cueOrSource = (t >= cueFirst && t < cueEnd) || labels[k] is RoleTagger.SourceBegin or RoleTagger.SourceInside;
            if (!cueOrSource && !q.IsPunctuation(t))
            {
                return false;
            }
        }
        return true;
    }

    private static List<(int First, int End)> Runs(int[] labels, int begin)
    {
        var runs = new List<(int, int)>();
        for (var k = 0; k < labels.Length; k++)
        {
            if (labels[k] != begin)
            {
                continue;
            }
            var end = k + 1;
            while (end < labels.Length && labels[end] == begin + 1)
            {
                end++;
            }
            runs.Add((k, end));
            k = end - 1;
        }
        return runs;
    }
}
