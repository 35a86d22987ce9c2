using System.Globalization;
using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>Where the held-out train articles lose: missed and spurious cues, and roles given a right cue.</summary>
internal static class Analysis
{
    public static void Run(IReadOnlyList<(AttributionArticle Article, Annotations Found)> tuning, QuoteRecognizer quotes, CueLexicon lexicon, TextWriter output)
    {
        var missed = new Dictionary<string, double>(StringComparer.Ordinal);
        var spurious = new Dictionary<string, double>(StringComparer.Ordinal);
        var missedKind = new Dictionary<string, double>(StringComparer.Ordinal);
        double gold = 0, cueExact = 0, cueOverlap = 0, contentExact = 0, contentOverlap = 0, sourceExact = 0, sourceOverlap = 0, sourceGold = 0;
        double contentOverlapMissedCue = 0, sourceOverlapMissedCue = 0, beyond = 0;
        var contentErrors = new Dictionary<string, double>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (article, found) in tuning)
        {
            var document = new Document(article.Name, null, null, article.Text);
            var q = new QuoteText(article.Text, found, lexicon);
            var facts = new TokenFacts(q, ClusterMap.Empty);
            var mine = quotes.Run(document, found).Quotes;
            var w = 1.0 / article.Annotations.Count;
            foreach (var annotation in article.Annotations)
            {
                foreach (var g in annotation)
                {
                    if (g.Cue is not { } cue)
                    {
                        continue;
                    }
                    gold += w;
                    sourceGold += g.Source is null ? 0 : w;
                    var exact = mine.FirstOrDefault(m => m.Cue == cue);
                    var near = exact ?? mine.FirstOrDefault(m => AttributionScorer.Overlapping(m.Cue, cue));
                    if (exact is not null)
                    {
                        cueExact += w;
                    }
                    if (near is not null)
                    {
                        cueOverlap += w;
                        contentExact += g.Content == near.Content ? w : 0;
                        contentOverlap += g.Content is { } c && AttributionScorer.Overlapping(c, near.Content) ? w : 0;
                        if (g.Content is { } gc)
                        {
                            var sentence = q.SentenceOf(q.TokenAt(cue.Start));
                            var window = q.Span(sentence.FirstToken, QuoteText.End(sentence) - 1);
                            var outside = gc.Start < window.Start || gc.End > window.End;
                            beyond += outside ? w : 0;
                            if (gc.End > window.End)
                            {
                                var gap = article.Text[window.End..Math.Min(gc.End, article.Text.Length)];
                                var where = gap.Contains('\n', StringComparison.Ordinal) ? "after, across paragraph" : "after, same paragraph";
                                var lastSentence = q.SentenceOf(Math.Min(q.Count - 1, q.TokenAt(Math.Max(gc.Start, gc.End - 1))));
                                where += lastSentence.FirstToken == QuoteText.End(sentence) ? " next" : lastSentence.FirstToken > QuoteText.End(sentence) ? " further" : " same";
                                where += near.Direct ? " direct" : "";
                                contentErrors["beyond: " + where] = contentErrors.GetValueOrDefault("beyond: " + where) + w;
                            }
                            var fc = near.Content;
                            var error = gc == fc ? "exact"
                                : AttributionScorer.Overlapping(gc, fc) ? "overlap"
                                : fc.Start >= gc.Start && fc.End <= gc.End ? "found inside gold"
                                : gc.Start >= fc.Start && gc.End <= fc.End ? "gold inside found"
                                : gc.Overlaps(fc) ? "crossing" : "disjoint";
                            error += outside ? " (gold beyond sentence)" : "";
                            error += near.Direct ? " direct" : "";
                            contentErrors[error] = contentErrors.GetValueOrDefault(error) + w;
                            if (!AttributionScorer.Overlapping(gc, fc))
                            {
                                var shape = "content: " + ContentShapeOf(q, cue, gc, fc, window) + (near.Direct ? ", direct" : "")
                                    + (annotation.Any(o => o.Cue is { } oc && oc != cue && fc.Start <= oc.Start && oc.End <= fc.End && !(gc.Start <= oc.Start && oc.End <= gc.End)) ? ", over another's cue" : "");
                                shapes[shape] = shapes.GetValueOrDefault(shape) + w;
                            }
                            if (Environment.GetEnvironmentVariable("ATTR_SHOW") is { } show && error.StartsWith(show, StringComparison.Ordinal))
                            {
                                output.WriteLine($"[{error}] cue <{article.Text[cue.Start..cue.End]}> gold <{article.Text[gc.Start..gc.End]}> found <{article.Text[fc.Start..fc.End]}>".ReplaceLineEndings(" / "));
                                if (Environment.GetEnvironmentVariable("ATTR_CONTEXT") is not null)
                                {
                                    var from = Math.Min(window.Start, Math.Min(gc.Start, fc.Start));
                                    var to = Math.Max(window.End, Math.Max(gc.End, fc.End));
                                    output.WriteLine("    " + article.Text[from..to].ReplaceLineEndings(" / "));
                                }
                            }
                        }
                        if (g.Source is { } gs)
                        {
                            var outcome = near.Speaker is null ? "source: none found"
                                : AttributionScorer.Overlapping(gs, near.Speaker.Span) ? "source: overlap"
                                : gs.Overlaps(near.Speaker.Span) ? (near.Speaker.Span.Length > gs.Length ? "source: too long" : "source: too short")
                                : "source: elsewhere";
                            outcome += q.TokenAt(gs.Start) < q.TokenAt(cue.Start) ? " (gold before cue)" : " (gold after cue)";
                            outcome += near.Direct ? " direct" : "";
                            contentErrors[outcome] = contentErrors.GetValueOrDefault(outcome) + w;
                            if (near.Speaker is not { } ns0 || !AttributionScorer.Overlapping(gs, ns0.Span))
                            {
                                var shape = "source: " + SourceShapeOf(q, cue, gs, near.Speaker?.Span) + (near.Direct ? ", direct" : "");
                                shapes[shape] = shapes.GetValueOrDefault(shape) + w;
                            }
                            if (Environment.GetEnvironmentVariable("ATTR_SOURCE") is { } showSource && outcome.StartsWith(showSource, StringComparison.Ordinal))
                            {
                                output.WriteLine($"[{outcome}] cue <{article.Text[cue.Start..cue.End]}> gold <{article.Text[gs.Start..gs.End]}> found <{(near.Speaker is { } ns ? article.Text[ns.Span.Start..ns.Span.End] : "")}>");
                                if (Environment.GetEnvironmentVariable("ATTR_CONTEXT") is not null)
                                {
                                    var cueSentence = q.SentenceOf(q.TokenAt(cue.Start));
                                    output.WriteLine("    " + article.Text[q.Span(cueSentence.FirstToken).Start..q.Span(QuoteText.End(cueSentence) - 1).End].ReplaceLineEndings(" "));
                                }
                            }
                        }
                        sourceExact += g.Source is { } s0 && near.Speaker?.Span == s0 ? w : 0;
                        sourceOverlap += g.Source is { } s && near.Speaker is { } sp && AttributionScorer.Overlapping(s, sp.Span) ? w : 0;
                        continue;
                    }
                    contentOverlapMissedCue += g.Content is { } c2 && mine.Any(m => AttributionScorer.Overlapping(c2, m.Content)) ? w : 0;
                    sourceOverlapMissedCue += g.Source is { } s2 && mine.Any(m => m.Speaker is { } sp && AttributionScorer.Overlapping(s2, sp.Span)) ? w : 0;
                    var text = article.Text[cue.Start..cue.End].ToLowerInvariant();
                    missed[text] = missed.GetValueOrDefault(text) + w;
                    var t = q.TokenAt(cue.Start);
                    var first = t;
                    var length = 0;
                    for (var k = t; k < q.Count && q.Span(k).Start < cue.End; k++)
                    {
                        length++;
                    }
                    var candidate = CueTagger.IsCandidate(facts, null, first, open: true) ? "cand" : "notcand";
                    var kind = string.Create(CultureInfo.InvariantCulture, $"{candidate} {q.Tag(first)} len{Math.Min(length, 4)}{(facts.InQuote[first] ? " inquote" : "")}");
                    missedKind[kind] = missedKind.GetValueOrDefault(kind) + w;
                }
                foreach (var m in mine)
                {
                    if (!annotation.Any(g => g.Cue is { } c && AttributionScorer.Overlapping(c, m.Cue)))
                    {
                        var text = article.Text[m.Cue.Start..m.Cue.End].ToLowerInvariant();
                        spurious[text] = spurious.GetValueOrDefault(text) + w;
                        if (Environment.GetEnvironmentVariable("ATTR_SPURIOUS") == text)
                        {
                            var from = Math.Max(0, m.Cue.Start - 150);
                            output.WriteLine($"[spurious] {article.Text[from..m.Cue.Start]}<<{text}>>{article.Text[m.Cue.End..Math.Min(article.Text.Length, m.Cue.End + 80)]}".ReplaceLineEndings(" "));
                        }
                    }
                }
            }
        }
        output.WriteLine(FormattableString.Invariant(
            $"gold cues {gold:0}: exact {cueExact:0} overlap {cueOverlap:0}; given an overlapping cue: content exact {contentExact:0} overlap {contentOverlap:0}, source exact {sourceExact:0} overlap {sourceOverlap:0} (of {sourceGold:0} with a source); cue missed but content found anyway {contentOverlapMissedCue:0}, source {sourceOverlapMissedCue:0}"));
        output.WriteLine(FormattableString.Invariant($"gold content beyond the cue's sentence (cue found) {beyond:0}; content outcomes: ") + string.Join("; ", contentErrors.OrderByDescending(p => p.Value).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0}"))));
        // The role losses apart from the cue losses: what a better role decoder or span boundary could still win.
        output.WriteLine("content, cue found: " + Grouped(contentErrors, ["exact", "overlap", "gold inside found", "found inside gold", "disjoint", "crossing"], " (run on: gold inside found; cut early: found inside gold)"));
        output.WriteLine("source, cue found: " + Grouped(contentErrors, ["source: overlap", "source: none found", "source: too long", "source: too short", "source: elsewhere"], ""));
        output.WriteLine("role loss shapes, cue found: " + string.Join("; ", shapes.OrderBy(p => p.Key[..7], StringComparer.Ordinal).ThenByDescending(p => p.Value).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0.0}"))));
        output.WriteLine("missed cue kinds: " + string.Join("; ", missedKind.OrderByDescending(p => p.Value).Take(25).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0}"))));
        output.WriteLine("missed cues: " + string.Join("; ", missed.OrderByDescending(p => p.Value).Take(80).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0}"))));
        output.WriteLine("spurious cues: " + string.Join("; ", spurious.OrderByDescending(p => p.Value).Take(50).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0}"))));
    }

    // The shape of a content that does not overlap the annotator's (given an overlapping cue), by where its ends lie.
    private static string ContentShapeOf(QuoteText q, TextSpan cue, TextSpan gold, TextSpan found, TextSpan sentence)
    {
        if ((gold.End <= cue.Start && found.Start >= cue.End) || (gold.Start >= cue.End && found.End <= cue.Start))
        {
            return "wrong side of the cue";
        }
        if (gold.End > sentence.End && found.End < gold.End)
        {
            return found.End <= sentence.End ? "should span several sentences" : "several sentences, ends early";
        }
        if (found.End > sentence.End && gold.End <= sentence.End)
        {
            return "runs past the sentence";
        }
        if (!gold.Overlaps(found))
        {
            return "another clause, same side";
        }
        var parts = new List<string>();
        if (found.Start < gold.Start)
        {
            parts.Add(WordsBetween(q, found.Start, gold.Start) + " too many at start");
        }
        if (found.Start > gold.Start)
        {
            parts.Add(WordsBetween(q, gold.Start, found.Start) + " too few at start");
        }
        if (found.End > gold.End)
        {
            parts.Add(WordsBetween(q, gold.End, found.End) + " too many at end");
        }
        if (found.End < gold.End)
        {
            parts.Add(WordsBetween(q, found.End, gold.End) + " too few at end");
        }
        return string.Join(" and ", parts);
    }

    private static string WordsBetween(QuoteText q, int from, int to)
    {
        var n = 0;
        for (var t = q.TokenAt(from); t < q.Count && q.Span(t).Start < to; t++)
        {
            n += q.Span(t).End > from ? 1 : 0;
        }
        return n switch { <= 3 => "1-3", <= 10 => "4-10", _ => "11+" };
    }

    // The shape of a source that does not overlap the annotator's (given an overlapping cue).
    private static string SourceShapeOf(QuoteText q, TextSpan cue, TextSpan gold, TextSpan? found)
    {
        if (found is not { } f)
        {
            return "none found";
        }
        var pronoun = (TextSpan s) => q.TokenAt(s.Start) is var t && q.Span(t).End >= s.End && q.Tag(t) is "PRP" or "PRP$" or "WP" or "WDT";
        if (pronoun(f) && !pronoun(gold))
        {
            return "a pronoun, the annotator's a name or description";
        }
        if (pronoun(gold) && !pronoun(f))
        {
            return "the annotator's a pronoun, found a name or description";
        }
        if ((gold.End <= cue.Start && f.Start >= cue.End) || (gold.Start >= cue.End && f.End <= cue.Start))
        {
            return "wrong side of the cue";
        }
        return f.Start <= gold.Start && f.End >= gold.End ? "too wide"
            : gold.Start <= f.Start && gold.End >= f.End ? "too narrow"
            : f.Overlaps(gold) ? "shifted" : "another phrase, same side";
    }

    // Sums the outcomes by group (an outcome key begins with its group's name and a space or ends there), with the
    // part where the gold lies before the cue.
    private static string Grouped(Dictionary<string, double> outcomes, string[] groups, string note)
    {
        var parts = groups.Select(g =>
        {
            var all = outcomes.Where(p => p.Key == g || (p.Key.StartsWith(g + " ", StringComparison.Ordinal) && !groups.Any(o => o.Length > g.Length && p.Key.StartsWith(o, StringComparison.Ordinal)))).ToList();
            var before = all.Where(p => p.Key.Contains("(gold before cue)", StringComparison.Ordinal)).Sum(p => p.Value);
            var direct = all.Where(p => p.Key.EndsWith(" direct", StringComparison.Ordinal)).Sum(p => p.Value);
            return FormattableString.Invariant($"{g} {all.Sum(p => p.Value):0} (gold before cue {before:0}, direct {direct:0})");
        });
        return string.Join("; ", parts) + note;
    }
}
