using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// The precision side of the cue row: the found cues that match no held-out annotator's cue exactly, grouped by how
/// they relate to the annotators' attributions (a gold cue with other bounds, inside a gold content, a gold content
/// with no cue near, nothing) and by the reporting class of their words, with the commonest words of each group.
/// </summary>
internal static class FalseCues
{
    public static void Run(IReadOnlyList<(AttributionArticle Article, Annotations Found)> tuning, QuoteRecognizer quotes, AttributionModel model, CueLexicon lexicon, TextWriter output)
    {
        var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
        var words = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        double total = 0, found = 0;
        var shapeAll = new Dictionary<string, double>(StringComparer.Ordinal);
        var shapeSpurious = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (article, annotations) in tuning)
        {
            var document = new Document(article.Name, null, null, article.Text);
            var q = new QuoteText(article.Text, annotations, lexicon);
            var facts = new TokenFacts(q, model.Clusters, model.Rates, model.Reporting);
            var mine = quotes.Run(document, annotations).Quotes;
            var w = 1.0 / article.Annotations.Count;
            foreach (var gold in article.Annotations)
            {
                foreach (var m in mine)
                {
                    found += w;
                    var spurious = !gold.Any(g => g.Cue is { } gc && AttributionScorer.Overlapping(gc, m.Cue));
                    foreach (var shape in Shapes(q, mine, m))
                    {
                        shapeAll[shape] = shapeAll.GetValueOrDefault(shape) + w;
                        if (spurious)
                        {
                            shapeSpurious[shape] = shapeSpurious.GetValueOrDefault(shape) + w;
                            if (Environment.GetEnvironmentVariable("ATT_SHOW_SHAPE") is { } ss && shape == ss)
                            {
                                var from0 = Math.Max(0, m.Cue.Start - 100);
                                output.WriteLine($"[spurious {shape}] {article.Text[from0..m.Cue.Start]}<<{article.Text[m.Cue.Start..m.Cue.End]}>>{article.Text[m.Cue.End..Math.Min(article.Text.Length, m.Cue.End + 60)]}".ReplaceLineEndings(" "));
                            }
                        }
                        else if (Environment.GetEnvironmentVariable("ATT_SHOW_SHAPE") is { } ss2 && shape == ss2)
                        {
                            var from0 = Math.Max(0, m.Cue.Start - 100);
                            output.WriteLine($"[right {shape}] {article.Text[from0..m.Cue.Start]}<<{article.Text[m.Cue.Start..m.Cue.End]}>>{article.Text[m.Cue.End..Math.Min(article.Text.Length, m.Cue.End + 60)]}".ReplaceLineEndings(" "));
                        }
                    }
                    if (gold.Any(g => g.Cue == m.Cue))
                    {
                        continue;
                    }
                    total += w;
                    var kind = Kind(gold, m);
                    var head = q.TokenAt(m.Cue.Start);
                    // With reporting words in the model, each kind is split by the cue word's class.
                    var key = model.ReportingWordCount == 0 ? kind
                        : $"{kind}, {(facts.Reporting[head] == 0 ? "unlisted" : ReportingWords.ClassNames[facts.Reporting[head] - 1])}";
                    kinds[key] = kinds.GetValueOrDefault(key) + w;
                    if (!words.TryGetValue(key, out var byWord))
                    {
                        words[key] = byWord = new Dictionary<string, double>(StringComparer.Ordinal);
                    }
                    var text = m.Cue.Of(article.Text).ToLowerInvariant().ReplaceLineEndings(" ");
                    byWord[text] = byWord.GetValueOrDefault(text) + w;
                    if (Environment.GetEnvironmentVariable("ATT_SHOW_FALSE") is { } show && key.StartsWith(show, StringComparison.Ordinal))
                    {
                        var from = Math.Max(0, m.Cue.Start - 100);
                        var near = gold.Where(g => g.Cue is { } c && c.Overlaps(m.Cue)).Select(g => g.Cue!.Value.Of(article.Text));
                        output.WriteLine($"[{key}] {article.Text[from..m.Cue.Start]}<<{article.Text[m.Cue.Start..m.Cue.End]}>>{article.Text[m.Cue.End..Math.Min(article.Text.Length, m.Cue.End + 60)]} || gold: {string.Join(" | ", near)}".ReplaceLineEndings(" "));
                        if (Environment.GetEnvironmentVariable("ATTR_CONTEXT") is not null)
                        {
                            var goldContent = gold.Where(g => g.Cue is { } c && c.Overlaps(m.Cue) && g.Content is not null).Select(g => Clip(g.Content!.Value.Of(article.Text)));
                            output.WriteLine($"    content found <{Clip(m.Content.Of(article.Text))}> gold <{string.Join(" | ", goldContent)}>".ReplaceLineEndings(" "));
                        }
                    }
                }
            }
        }
        output.WriteLine("found cue shapes (found, spurious: no annotator's cue overlapping by half):");
        foreach (var (shape, count) in shapeAll.Where(p => p.Value >= 4).OrderByDescending(p => p.Value))
        {
            var bad = shapeSpurious.GetValueOrDefault(shape);
            output.WriteLine(FormattableString.Invariant($"  {shape,-44} {count,6:0.0} {bad,6:0.0} ({100 * bad / count:0.0}%)"));
        }
        output.WriteLine(FormattableString.Invariant($"found cues matching no annotator's cue exactly: {total:0} of {found:0}"));
        foreach (var (key, count) in kinds.OrderByDescending(p => p.Value).Take(24))
        {
            output.WriteLine(FormattableString.Invariant($"  {key,-44} {count,5:0} ({100 * count / total:0.0}%): ")
                + string.Join("; ", words[key].OrderByDescending(p => p.Value).Take(12).Select(p => FormattableString.Invariant($"{p.Key} {p.Value:0}"))));
        }
    }

    // The shapes a found cue is counted under: nesting, source, sentence kind, cue word class.
    private static IEnumerable<string> Shapes(QuoteText q, IReadOnlyList<Quote> mine, Quote m)
    {
        var head = q.TokenAt(m.Cue.Start);
        var sentence = q.SentenceOf(head);
        var last = QuoteText.End(sentence) - 1;
        while (last > sentence.FirstToken && (q.IsQuoteMark(last) || q.Word(last) is ")"))
        {
            last--;
        }
        var nested = mine.Any(o => !ReferenceEquals(o, m) && o.Content.Start <= m.Cue.Start && m.Cue.End <= o.Content.End);
        var word = q.Word(head);
        var lastCue = Math.Max(head, q.TokenAt(m.Cue.End) - 1);
        yield return "all";
        yield return m.Direct ? "direct" : "indirect";
        yield return m.Speaker is null ? "no source" : "source";
        yield return m.Speech ? "speech" : "not speech";
        yield return nested ? "nested" : "not nested";
        if (nested)
        {
            yield return "nested, " + (m.Speech ? "speech" : "not speech");
            yield return "nested, head " + q.Tag(lastCue);
            yield return "nested, after " + (head > 0 ? q.Tag(head - 1) : "-");
        }
        yield return "question sentence " + (q.Word(last) == "?");
        yield return "first sentence " + (sentence.FirstToken == 0);
        yield return "head tag " + q.Tag(lastCue);
        yield return "first tag " + q.Tag(head);
        yield return "source " + (m.Speaker is null ? "none" : m.Speaker.Span.Start < m.Cue.Start ? "before" : "after") + ", content " + (m.Content.Start < m.Cue.Start ? "before" : "after");
        if (m.Cue.Length <= 1 && word is ":" or "—" or "-" or "--")
        {
            yield return "punctuation cue";
        }
        var w = q.Word(lastCue);
        if (w is "think" or "thinks" or "thought" or "believe" or "believes" or "believed" or "feel" or "feels" or "felt" or "want" or "wants" or "wanted" or "hope" or "hopes" or "hoped" or "know" or "knows" or "knew" or "plan" or "plans" or "planned" or "decided" or "seems" or "seemed" or "appears" or "appeared" or "expect" or "expects" or "expected" or "fear" or "fears" or "worried")
        {
            yield return "thinking verb";
            yield return "thinking verb, " + (nested ? "nested" : "top") + ", " + (m.Speaker is null ? "no source" : "source");
        }
        if (w is "show" or "shows" or "showed" or "shown" or "showing" or "found" or "finds" or "find")
        {
            yield return "show/find";
        }
        yield return "word " + w;
    }

    private static string Clip(string text) => text.Length <= 90 ? text : text[..40] + " ... " + text[^40..];

    private static string Kind(IReadOnlyList<GoldAttribution> gold, Quote m)
    {
        if (gold.FirstOrDefault(g => g.Cue is { } c && AttributionScorer.Overlapping(c, m.Cue)) is { Cue: { } cue })
        {
            return cue.Length < m.Cue.Length ? "gold cue shorter" : cue.Length > m.Cue.Length ? "gold cue longer" : "gold cue shifted";
        }
        if (gold.Any(g => g.Cue is { } c && c.Overlaps(m.Cue)))
        {
            return "gold cue overlaps by less than half";
        }
        if (gold.Any(g => g.Content is { } c && c.Start <= m.Cue.Start && m.Cue.End <= c.End))
        {
            return "inside a gold content";
        }
        if (gold.Any(g => g.Content is { } c && m.Content.Overlaps(c)))
        {
            return "content overlaps a gold content";
        }
        return "no gold near";
    }
}
