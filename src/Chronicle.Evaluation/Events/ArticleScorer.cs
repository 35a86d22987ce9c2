using System.Text.Json;

namespace Chronicle.Evaluation.Events;

/// <summary>
/// A port of <c>../shared/tools/score_articles.py</c>'s <c>score_doc</c> and <c>score_corpus</c>: the same checks, the
/// same matching rules, the same areas, so <c>chronicle eval events GOLD_DIR</c> prints the script's figures.
/// </summary>
internal static class ArticleScorer
{
    public static void ScoreDocument(JsonElement gold, JsonElement doc, ScoreRows score)
    {
        var name = Py.Str(Py.Get(gold, "doc"));
        var text = Py.String(Py.Get(doc, "text")) ?? string.Empty;
        var published = Py.Truthy(Py.Get(doc, "published")) ? Py.Str(Py.Get(doc, "published")) : null;
        var wantPublished = Py.Get(gold, "published") is { } p ? Py.Str(p) : null;
        score.Add("published", published == wantPublished, $"{name} published={published ?? "None"} want {wantPublished ?? "None"}");
        if (Py.Truthy(Py.Get(gold, "title")))
        {
            score.Add("title", TextMatching.Norm(Py.String(Py.Get(doc, "title"))) == TextMatching.Norm(Py.String(Py.Get(gold, "title"))),
                $"{name} title={Py.Str(Py.Get(doc, "title"))}");
        }

        foreach (var g in Py.List(Py.Get(gold, "times")))
        {
            var (found, seen) = MentionsMatching(doc, text, "times", Py.Str(Py.Get(g, "text")));
            var want = Py.Str(Py.Get(g, "value"));
            score.Add("times", found.Any(m => Py.Str(Py.Get(m, "value")) == want),
                $"{name} '{Py.Str(Py.Get(g, "text"))}' -> [{string.Join(", ", found.Select(m => Py.Str(Py.Get(m, "value"))))}] want {want}"
                + (seen ? string.Empty : " (gold text not in article text)"));
        }

        foreach (var g in Py.List(Py.Get(gold, "quantities")))
        {
            var (found, _) = MentionsMatching(doc, text, "quantities", Py.Str(Py.Get(g, "text")));
            var ok = found.Any(m => Py.Num(Py.Get(m, "value")) == Py.Num(Py.Get(g, "value"))
                && Qualifiers.Of(Py.Get(m, "qualifier")) == Py.String(Py.Get(g, "qualifier")));
            score.Add("quantities", ok, $"{name} '{Py.Str(Py.Get(g, "text"))}' -> [{string.Join(", ", found.Select(m => $"({Py.Str(Py.Get(m, "value"))}, {Py.Str(Py.Get(m, "qualifier"))})"))}] want ({Py.Str(Py.Get(g, "value"))}, {Py.Str(Py.Get(g, "qualifier"))})");
        }

        foreach (var g in Py.List(Py.Get(gold, "places")))
        {
            var (found, _) = MentionsMatching(doc, text, "places", Py.Str(Py.Get(g, "text")));
            var geonameid = Py.Get(g, "geonameid");
            var country = Py.Str(Py.Get(g, "country"));
            var ok = found.Any(m => (geonameid is null || Py.Num(Py.Get(m, "geonameid")) == Py.Num(geonameid))
                && Py.Upper(Py.Get(m, "country"), country));
            score.Add("places", ok, $"{name} '{Py.Str(Py.Get(g, "text"))}' -> [{string.Join(", ", found.Select(m => $"({Py.Str(Py.Get(m, "geonameid"))}, {Py.Str(Py.Get(m, "country"))})"))}] want ({Py.Str(geonameid)}, {country})");
        }

        var entityNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var g in Py.List(Py.Get(gold, "entities")))
        {
            var type = Py.Str(Py.Get(g, "type"));
            var aliases = Py.List(Py.Get(g, "aliases")).Select(a => Py.Str(a)).ToList();
            foreach (var alias in aliases)
            {
                var (found, seen) = MentionsMatching(doc, text, "entities", alias);
                if (!seen)
                {
                    continue;
                }

                var ok = found.Any(m => Qualifiers.TypeOf(Py.Get(m, "type")) is var t && (t == type || ((t is "GPE" or "LOC") && (type is "GPE" or "LOC"))));
                score.Add("entities", ok, $"{name} '{alias}' -> [{string.Join(", ", found.Select(m => Py.Str(Py.Get(m, "type"))))}] want {type}");
            }

            entityNames[Py.Str(Py.Get(g, "canonical"))] = [Py.Str(Py.Get(g, "canonical")), .. aliases];
        }

        foreach (var g in Py.List(Py.Get(gold, "quotes")))
        {
            var speaker = Py.Str(Py.Get(g, "speaker"));
            var want = entityNames.GetValueOrDefault(speaker) ?? [speaker];
            var contains = Py.Str(Py.Get(g, "content_contains")).ToLowerInvariant();
            var ok = Py.List(Py.Get(doc, "quotes")).Any(q =>
                TextMatching.NormKeep(ContentText(q, text)).Contains(contains, StringComparison.Ordinal)
                && TextMatching.NameMatch(TextMatching.NamesOf(Py.Get(q, "speaker")), want));
            score.Add("quotes", ok, $"{name} {speaker}: '{Py.Str(Py.Get(g, "content_contains"))}'");
        }

        foreach (var g in Py.List(Py.Get(gold, "events")))
        {
            var (ok, why) = EventMatcher.Match(g, doc, text);
            score.Add(Py.Truthy(Py.Get(g, "required")) ? "events.required" : "events.optional", ok,
                $"{name} {Py.Str(Py.Get(g, "id"))} ({Py.Str(Py.Get(g, "type"))}): {why}");
        }
    }

    /// <summary>Cross-document links: every mention of one gold entity carries the same single entity id, and gold events
    /// that are different events (keyed <c>doc#id</c> in <paramref name="goldEvents"/>) get different cluster ids.</summary>
    public static void ScoreCorpus(
        JsonElement corpus, IReadOnlyDictionary<string, JsonElement> docs, IReadOnlyDictionary<string, JsonElement> goldEvents, ScoreRows score)
    {
        foreach (var link in Py.List(Py.Get(corpus, "same_entity")))
        {
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            var complete = true;
            foreach (var mention in Py.List(Py.Get(link, "mentions")))
            {
                var pair = mention.EnumerateArray().Select(x => Py.Str(x)).ToArray();
                if (!docs.TryGetValue(pair[0], out var doc))
                {
                    complete = false;
                    continue;
                }

                var (found, _) = MentionsMatching(doc, Py.String(Py.Get(doc, "text")) ?? string.Empty, "entities", pair[1]);
                var eids = found.Select(m => Py.Get(m, "entity_id")).OfType<JsonElement>().Select(e => Py.Str(e)).ToList();
                if (eids.Count == 0)
                {
                    complete = false;
                }

                ids.UnionWith(eids);
            }

            score.Add("cross_doc.entities", complete && ids.Count == 1,
                $"{Py.Str(Py.Get(link, "canonical"))}: entity ids [{string.Join(", ", ids)}]");
        }

        foreach (var pair in Py.List(Py.Get(corpus, "different_events")))
        {
            var a = ClusterIds(Py.Get(pair, "a"), docs, goldEvents);
            var b = ClusterIds(Py.Get(pair, "b"), docs, goldEvents);
            var apart = a is { Count: > 0 } && b is { Count: > 0 } && !a.Overlaps(b);
            score.Add("cross_doc.different_events", apart,
                $"{Py.Str(Py.Get(pair, "why"))}: clusters [{Describe(a)}] vs [{Describe(b)}]");
        }
    }

    /// <summary>The cluster ids of the article's events that match the gold event named by a <c>[doc, id]</c> pair in
    /// full; null when the article or the gold event is missing. An event not found has no cluster, so the pair is not
    /// counted as kept apart.</summary>
    private static SortedSet<string>? ClusterIds(
        JsonElement? reference, IReadOnlyDictionary<string, JsonElement> docs, IReadOnlyDictionary<string, JsonElement> goldEvents)
    {
        var pair = Py.List(reference).Select(x => Py.Str(x)).ToArray();
        if (pair.Length != 2 || !docs.TryGetValue(pair[0], out var doc) || !goldEvents.TryGetValue($"{pair[0]}#{pair[1]}", out var g))
        {
            return null;
        }

        var text = Py.String(Py.Get(doc, "text")) ?? string.Empty;
        return new SortedSet<string>(
            EventMatcher.FullMatches(g, doc, text).Select(ev => Py.Get(ev, "cluster_id")).OfType<JsonElement>().Select(e => Py.Str(e)),
            StringComparer.Ordinal);
    }

    private static string Describe(SortedSet<string>? ids) => ids is null ? "no such article or gold event" : ids.Count == 0 ? "no matching event" : string.Join(", ", ids);

    /// <summary>The items whose span overlaps an occurrence of the gold text, and whether the text occurs at all.</summary>
    private static (List<JsonElement> Found, bool Seen) MentionsMatching(JsonElement doc, string text, string key, string goldText)
    {
        var occurrences = TextMatching.Occurrences(text, goldText);
        var found = Py.List(Py.Get(doc, key))
            .Where(m => Py.Span(m) is { } sp && occurrences.Any(o => TextMatching.Overlaps(sp, o)))
            .ToList();
        return (found, occurrences.Count > 0);
    }

    private static string ContentText(JsonElement quote, string text)
    {
        var content = Py.Get(quote, "content");
        var ctext = content?.ValueKind == JsonValueKind.Object ? Py.Get(content, "text") : content;
        var value = Py.Truthy(ctext) ? Py.Str(ctext) : null;
        if (value is null && content?.ValueKind == JsonValueKind.Object && Py.Span(content) is { } sp)
        {
            value = text[Math.Clamp(sp.Start, 0, text.Length)..Math.Clamp(sp.End, sp.Start, text.Length)];
        }

        return value ?? string.Empty;
    }
}
