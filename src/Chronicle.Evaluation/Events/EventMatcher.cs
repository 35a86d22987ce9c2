using System.Text.Json;

namespace Chronicle.Evaluation.Events;

/// <summary><c>score_articles.py</c>'s <c>match_event</c> and <c>event_sentence</c>: one gold event against an article's events.</summary>
internal static class EventMatcher
{
    private static readonly string[] SourceRoles = ["source", "actor", "agent", "actor1", "participant", "participants"];
    private static readonly string[] TargetRoles = ["target", "actor2", "victim", "recipient"];

    /// <summary>The sentence window around the first occurrence of <paramref name="needle"/>: from after the previous
    /// ". " or line break to one past the next one.</summary>
    public static (int Start, int End)? EventSentence(string text, string needle)
    {
        var occurrences = TextMatching.Occurrences(text, needle);
        if (occurrences.Count == 0)
        {
            return null;
        }

        var (s, e) = occurrences[0];
        var left = Math.Max(LastBefore(text, ". ", s), LastBefore(text, "\n", s));
        var right = new[] { text.IndexOf(". ", e, StringComparison.Ordinal), text.IndexOf('\n', e) }.Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        return (left >= 0 ? left + 1 : 0, right + 1);
    }

    public static (bool Ok, string Why) Match(JsonElement g, JsonElement doc, string text)
    {
        if (Candidates(g, doc, text) is not { } candidates)
        {
            return (false, "gold evidence text not in article text");
        }

        if (candidates.Count == 0)
        {
            return (false, "no event of this type with evidence in the sentence");
        }

        (int Count, string Why)? best = null;
        foreach (var ev in candidates)
        {
            var fails = Fails(g, ev);
            if (fails.Count == 0)
            {
                return (true, "ok");
            }

            if (best is null || fails.Count < best.Value.Count)
            {
                best = (fails.Count, string.Join("; ", fails));
            }
        }

        return (false, best!.Value.Why);
    }

    /// <summary>Every event of the article that matches the gold event in full (what <see cref="Match"/> accepts).</summary>
    public static IReadOnlyList<JsonElement> FullMatches(JsonElement g, JsonElement doc, string text) =>
        Candidates(g, doc, text)?.Where(ev => Fails(g, ev).Count == 0).ToList() ?? [];

    /// <summary>The events of the gold type with evidence or trigger in the gold evidence's sentence; null when the
    /// evidence text is not in the article.</summary>
    private static List<JsonElement>? Candidates(JsonElement g, JsonElement doc, string text)
    {
        if (EventSentence(text, Py.Str(Py.Get(g, "evidence_contains"))) is not { } sentence)
        {
            return null;
        }

        var type = Py.Str(Py.Get(g, "type"));
        return Py.List(Py.Get(doc, "events"))
            .Where(ev => Py.Upper(Py.Get(ev, "type"), type))
            .Where(ev => ((string[])["evidence", "trigger"]).Select(k => Py.Get(ev, k))
                .Where(x => x?.ValueKind == JsonValueKind.Object).Select(Py.Span).OfType<(int, int)>()
                .Any(sp => TextMatching.Overlaps(sp, sentence)))
            .ToList();
    }

    private static List<string> Fails(JsonElement g, JsonElement ev)
    {
        var fails = new List<string>();
        var actors = Py.List(Py.Get(ev, "actors")).ToList();
        var sources = actors.Where(a => SourceRoles.Contains(Role(a))).ToList();
        var targets = actors.Where(a => TargetRoles.Contains(Role(a))).ToList();
        var actorsAny = Names(Py.Get(g, "actors_any"));
        if (actorsAny.Count > 0 && !sources.Any(a => TextMatching.NameMatch(TextMatching.NamesOf(a), actorsAny)))
        {
            fails.Add($"actors [{string.Join(", ", sources.Select(a => TextMatching.NamesOf(a).FirstOrDefault()))}]");
        }

        var targetsAny = Names(Py.Get(g, "targets_any"));
        if (targetsAny.Count > 0 && !targets.Any(a => TextMatching.NameMatch(TextMatching.NamesOf(a), targetsAny)))
        {
            fails.Add($"targets [{string.Join(", ", targets.Select(a => TextMatching.NamesOf(a).FirstOrDefault()))}]");
        }

        if (Py.Truthy(Py.Get(g, "place")))
        {
            var place = Py.Get(ev, "place");
            var want = Py.Get(g, "place");
            var country = Py.Get(place, "country");
            if (!Py.Upper(country, Py.Str(Py.Get(want, "country"))))
            {
                fails.Add($"place country {Py.Str(country)}");
            }
            else if (Py.Truthy(Py.Get(want, "name")) && !TextMatching.NameMatch(TextMatching.NamesOf(place), [Py.Str(Py.Get(want, "name"))]))
            {
                fails.Add($"place name {Py.Str(Py.Get(place, "name"))}");
            }
        }

        var dv = Py.Truthy(Py.Get(Py.Get(ev, "date"), "value")) ? Py.Str(Py.Get(Py.Get(ev, "date"), "value")) : string.Empty;
        if (Py.Truthy(Py.Get(g, "date")) && !dv.StartsWith(Py.Str(Py.Get(g, "date")), StringComparison.Ordinal))
        {
            fails.Add($"date '{dv}'");
        }

        if (Py.Get(g, "date_in") is { } range && Py.Truthy(range))
        {
            var bounds = Py.List(range).Select(b => Py.Str(b)).ToArray();
            if (!InRange(dv, bounds[0], bounds[1]))
            {
                fails.Add($"date '{dv}' not in {bounds[0]}..{bounds[1]}");
            }
        }

        if (Py.Get(g, "counts") is { ValueKind: JsonValueKind.Object } counts)
        {
            foreach (var count in counts.EnumerateObject())
            {
                var got = Py.Get(Py.Get(ev, "counts"), count.Name);
                if (Py.Num(Py.Get(got, "value")) != Py.Num(Py.Get(count.Value, "value"))
                    || Qualifiers.Of(Py.Get(got, "qualifier")) != Py.String(Py.Get(count.Value, "qualifier")))
                {
                    fails.Add($"count {count.Name} {Py.Str(Py.Get(got, "value"))}/{Py.Str(Py.Get(got, "qualifier"))}");
                }
            }
        }

        return fails;
    }

    /// <summary>A full date within the bounds, or a shorter one (a month, a year) within their prefixes of its length.</summary>
    private static bool InRange(string dv, string lo, string hi)
    {
        var day = dv.Length >= 10 ? dv[..10] : dv;
        if (day.Length > 0 && string.CompareOrdinal(lo, day) <= 0 && string.CompareOrdinal(day, hi) <= 0)
        {
            return true;
        }

        return dv.Length is > 0 and < 10
            && string.CompareOrdinal(lo[..Math.Min(lo.Length, dv.Length)], dv) <= 0
            && string.CompareOrdinal(dv, hi[..Math.Min(hi.Length, dv.Length)]) <= 0;
    }

    private static string Role(JsonElement actor) => Py.Get(actor, "role") is { } r ? Py.Str(r).ToLowerInvariant() : string.Empty;

    private static List<string> Names(JsonElement? list) =>
        Py.List(list).Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToList();

    private static int LastBefore(string text, string value, int before) =>
        before <= 0 ? -1 : text.LastIndexOf(value, before - 1, before, StringComparison.Ordinal);
}
