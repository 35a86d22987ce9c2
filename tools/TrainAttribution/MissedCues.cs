using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Why the held-out annotators' cues that no found cue overlaps were missed: at which step the recognizer lost each
/// (found only in part, proposed but dropped by the second stage, marked by the tagger but given no content, scored
/// but below the margin, never scored) and its shape (class of the first word, length, inside quotation marks).
/// </summary>
internal static class MissedCues
{
    public static void Run(IReadOnlyList<(AttributionArticle Article, Annotations Found)> tuning, QuoteRecognizer quotes, AttributionModel model, CueLexicon lexicon, TextWriter output)
    {
        var steps = new Dictionary<string, double>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, double>(StringComparer.Ordinal);
        var words = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        double total = 0;
        foreach (var (article, found) in tuning)
        {
            var document = new Document(article.Name, null, null, article.Text);
            var q = new QuoteText(article.Text, found, lexicon);
            var facts = new TokenFacts(q, model.Clusters, model.Rates, model.Reporting);
            var mine = quotes.Run(document, found).Quotes;
            var (_, _, proposed) = quotes.Propose(document, found, model.HasFilter ? model.CandidateMargin : model.CueMargin);
            var tagged = CueTagger.Find(facts, model.Cue, model.HasFilter ? model.CandidateMargin : model.CueMargin, model.OpenCandidates, model.Nouns, model.ExactCues);
            var near = CueTagger.Find(facts, model.Cue, -30, model.OpenCandidates, model.Nouns, model.ExactCues);
            var w = 1.0 / article.Annotations.Count;
            foreach (var g in article.Annotations.SelectMany(a => a).Where(g => g.Cue is not null))
            {
                var cue = g.Cue!.Value;
                if (mine.FirstOrDefault(m => AttributionScorer.Overlapping(m.Cue, cue)) is { } hit)
                {
                    // ATT_SHOW_EXTENT lists the gold cues found with another extent (overlap but not exact).
                    if (hit.Cue != cue && Environment.GetEnvironmentVariable("ATT_SHOW_EXTENT") is not null)
                    {
                        var kind = hit.Cue.Start <= cue.Start && hit.Cue.End >= cue.End ? "too long" : hit.Cue.Start >= cue.Start && hit.Cue.End <= cue.End ? "too short" : "crossing";
                        var from = Math.Max(0, Math.Min(cue.Start, hit.Cue.Start) - 80);
                        var to = Math.Min(article.Text.Length, Math.Max(cue.End, hit.Cue.End) + 50);
                        output.WriteLine($"[extent {kind}] gold <{article.Text[cue.Start..cue.End]}> found <{article.Text[hit.Cue.Start..hit.Cue.End]}> | {article.Text[from..to]}".ReplaceLineEndings(" "));
                    }
                    continue;
                }
                total += w;
                var first = q.TokenAt(cue.Start);
                var end = first;
                while (end < q.Count && q.Span(end).Start < cue.End)
                {
                    end++;
                }
                var step = Step(q, facts, model, mine, proposed, tagged, near, cue, first, end);
                var shape = Shape(q, facts, first, end);
                if (Environment.GetEnvironmentVariable("ATT_SHOW_STEP") is { } show && step.StartsWith(show, StringComparison.Ordinal))
                {
                    var from = Math.Max(0, cue.Start - 100);
                    output.WriteLine($"[{step}] {article.Text[from..cue.Start]}<<{article.Text[cue.Start..cue.End]}>>{article.Text[cue.End..Math.Min(article.Text.Length, cue.End + 60)]}".ReplaceLineEndings(" "));
                }
                Add(steps, step, w);
                Add(shapes, shape, w);
                Add(shapes, "  " + step + " | " + shape, w);
                if (!words.TryGetValue(step, out var byWord))
                {
                    words[step] = byWord = new Dictionary<string, double>(StringComparer.Ordinal);
                }
                Add(byWord, article.Text[cue.Start..cue.End].ToLowerInvariant().ReplaceLineEndings(" "), w);
            }
        }
        output.WriteLine(FormattableString.Invariant($"missed gold cues (no found cue overlaps by half): {total:0}"));
        foreach (var (step, count) in steps.OrderByDescending(p => p.Value))
        {
            output.WriteLine(FormattableString.Invariant($"  {step,-34} {count,5:0} ({100 * count / total:0.0}%): ")
                + string.Join("; ", words[step].OrderByDescending(p => p.Value).Take(14).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0}"))));
        }
        output.WriteLine("missed cue shapes (class of first word, words, in quotation marks):");
        foreach (var (shape, count) in shapes.Where(p => !p.Key.StartsWith(' ')).OrderByDescending(p => p.Value).Take(16))
        {
            output.WriteLine(FormattableString.Invariant($"  {shape,-34} {count,5:0}"));
        }
        output.WriteLine("step | shape:");
        foreach (var (shape, count) in shapes.Where(p => p.Key.StartsWith(' ')).OrderByDescending(p => p.Value).Take(30))
        {
            output.WriteLine(FormattableString.Invariant($"{shape,-60} {count,5:0}"));
        }
    }

    private static string Step(QuoteText q, TokenFacts facts, AttributionModel model, IReadOnlyList<Quote> mine, List<AttributionCandidate> proposed,
        List<(int First, int End, float Score)> tagged, List<(int First, int End, float Score)> near, TextSpan cue, int first, int end)
    {
        if (mine.FirstOrDefault(m => m.Cue.Overlaps(cue)) is { } part)
        {
            if (part.Cue.Length >= cue.Length)
            {
                return "found in part (too long/shifted)";
            }
            if (part.Cue.Start != cue.Start || part.Cue.End > cue.End)
            {
                return "found in part (starts later)";
            }
            var rest = q.Text[part.Cue.End..cue.End].Trim();
            return rest == ":" ? "found in part (without its colon)"
                : rest == ":" ? "found in part (without its colon)"
                : rest.EndsWith(':') ? "found in part (without words and colon)"
                : "found in part (without words after)";
        }
        if (proposed.Any(c => AttributionScorer.Overlapping(q.Span(c.CueFirst, c.CueEnd - 1), cue)))
        {
            return "proposed, dropped by second stage";
        }
        if (tagged.Any(c => AttributionScorer.Overlapping(q.Span(c.First, c.End - 1), cue)))
        {
            return "tagged, no content (or rules')";
        }
        if (tagged.Any(c => q.Span(c.First, c.End - 1).Overlaps(cue)))
        {
            return "tagged in part, dropped";
        }
        if (near.Any(c => q.Span(c.First, c.End - 1).Overlaps(cue)))
        {
            return "scored, below margin";
        }
        for (var t = first; t < end; t++)
        {
            if (CueTagger.IsCandidate(facts, model.Cue, t, model.OpenCandidates, model.Nouns))
            {
                return "scored, far below margin";
            }
        }
        if (facts.InQuote[first])
        {
            return "never scored: in quotation marks";
        }
        for (var t = first; t < end; t++)
        {
            if (facts.Class[t] == TokenFacts.Noun)
            {
                return "never scored: noun not favoured";
            }
        }
        return "never scored: " + Coarse(q.Tag(first));
    }

    private static string Shape(QuoteText q, TokenFacts facts, int first, int end)
    {
        var head = Coarse(q.Tag(first));
        for (var t = first; t < end; t++)
        {
            head = facts.Class[t] switch
            {
                TokenFacts.Verb when q.Tag(t).StartsWith("VB", StringComparison.Ordinal) => "verb",
                TokenFacts.Noun when head is not "verb" => "noun",
                _ => head,
            };
        }
        var words = end - first == 1 ? "1 word" : end - first <= 3 ? "2-3 words" : "4+ words";
        return $"{head}, {words}{(facts.InQuote[first] ? ", quoted" : "")}";
    }

    private static string Coarse(string tag) => tag switch
    {
        _ when tag.StartsWith("VB", StringComparison.Ordinal) => "verb",
        _ when tag.StartsWith("NN", StringComparison.Ordinal) => "noun",
        _ when tag.StartsWith("JJ", StringComparison.Ordinal) => "adjective",
        "IN" or "TO" => "preposition",
        "DT" or "PRP$" => "determiner",
        "RB" or "MD" => "adverb/modal",
        _ => "other " + tag,
    };

    private static void Add(Dictionary<string, double> d, string key, double w) => d[key] = d.GetValueOrDefault(key) + w;
}
