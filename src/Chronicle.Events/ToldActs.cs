namespace Chronicle.Events;

/// <summary>
/// An act told before and named again as the object of a condemnation or a welcome (<c>Russia condemned the
/// sanctions</c>, <c>Aoun condemned the strikes</c>): its doer, found in the nearest earlier mention of that act, is the
/// target, as an analyst reads the sentence.
/// </summary>
internal static class ToldActs
{
    /// <summary>Adds to <paramref name="mentions"/>[<paramref name="at"/>] as targets the sources of the nearest earlier
    /// mention of the act its object names (of that noun's type, or whose trigger ends in that noun).</summary>
    public static void AddDoers(ArticleView view, TriggerLexicon lexicon, List<Mention> mentions, int at)
    {
        var m = mentions[at];
        var word = view.Word(m.ToldAct).ToString();
        if (GenericActs.Contains(word))
        {
            AddGenericDoers(mentions, at);
            return;
        }

        for (var j = at - 1; j >= 0; j--)
        {
            var told = mentions[j];
            if (told.Trigger.Start >= m.Trigger.Start || !told.HasSource || told.NeedsDoer || !Names(view, lexicon, word, told))
            {
                continue;
            }

            foreach (var doer in told.Actors)
            {
                // One does not condemn or welcome one's own act: a doer who is also the speaker is no target.
                if (doer.Role == ActorRole.Source && doer.Canonical.Length > 0
                    && !m.Actors.Exists(a => a.Canonical == doer.Canonical || (a.EntityId is not null && a.EntityId == doer.EntityId)))
                {
                    m.Actors.Add(doer with { Role = ActorRole.Target });
                }
            }

            return;
        }
    }

    // Nouns that name the firing of a weapon told by its verb (`fired a missile`, `launched rockets`).
    private static readonly System.Collections.Frozen.FrozenSet<string> LaunchNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["launch", "launches", "firing", "firings"], StringComparer.OrdinalIgnoreCase);

    private static bool Launched(ReadOnlySpan<char> trigger) =>
        trigger.StartsWith("fire", StringComparison.OrdinalIgnoreCase) || trigger.StartsWith("launch", StringComparison.OrdinalIgnoreCase)
        || trigger.StartsWith("test-fire", StringComparison.OrdinalIgnoreCase);

    // Nouns that name any act told before, of whatever kind (`the move`, `the decision`, `the step`).
    private static readonly System.Collections.Frozen.FrozenSet<string> GenericActs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["move", "decision", "step", "action", "measure", "measures", "plan", "approach"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// `Moldova expelled two Russian diplomats. Russia criticised the move`: `the move` names the act of the sentence before
    /// when that sentence tells acts (no words: a welcome, a demand, a threat, talks) of one doer only; with none, or with acts
    /// of several doers, the act stays without a target rather than with a wrong one.
    /// </summary>
    private static void AddGenericDoers(List<Mention> mentions, int at)
    {
        var m = mentions[at];
        // (`banned protests in Paris`: a bare noun with no actor of its own, the thing acted on, is no act of another doer.)
        var before = mentions.FindAll(t => t.Sentence == m.Sentence - 1 && !t.NeedsDoer && !(t.Noun && t.Actors.Count == 0));
        // (`X called on the government to free the men. But the Home Office defended the measures`: a word said, asked or
        // threatened is no move; the measures were the government's.)
        var acts = before.FindAll(t => t.Type is not (PloverType.Accuse or PloverType.Support or PloverType.Request or PloverType.Threaten
            or PloverType.Reject or PloverType.Consult) && t.HasSource);
        if (acts.Count == 0 || acts.Count != before.Count)
        {
            return;
        }

        var doers = acts.SelectMany(t => t.Actors.Where(a => a.Role == ActorRole.Source)).ToList();
        if (doers.Count == 0 || doers.Exists(d => d.Canonical.Length == 0 || !string.Equals(d.Canonical, doers[0].Canonical, StringComparison.OrdinalIgnoreCase))
            || m.Actors.Exists(a => a.Canonical == doers[0].Canonical || (a.EntityId is not null && a.EntityId == doers[0].EntityId)))
        {
            return;
        }

        m.Actors.Add(doers[0] with { Role = ActorRole.Target });
    }

    /// <summary>Whether <paramref name="noun"/> is the act noun of the past verb <paramref name="verb"/>: the same stem
    /// (<c>offered</c> the offer, <c>banned</c> the ban, <c>arrested</c> the arrests) or its noun of the usual derivations
    /// (<c>proposed</c> the proposal, <c>ruled</c> the ruling, <c>announced</c> the announcement).</summary>
    internal static bool Nominal(ReadOnlySpan<char> verb, string noun)
    {
        if (!verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || verb.Length < 5)
        {
            return false;
        }

        var one = noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;
        var stem = verb[..^2].ToString();
        // (`banned` is `ban`, `proposed` is `propose`.)
        var stems = new List<string> { stem, stem + "e" };
        if (stem.Length > 3 && stem[^1] == stem[^2])
        {
            stems.Add(stem[..^1]);
        }

        foreach (var s in stems)
        {
            if (one.Equals(s, StringComparison.OrdinalIgnoreCase)
                || (s.EndsWith('e') && (one.Equals(s[..^1] + "al", StringComparison.OrdinalIgnoreCase)
                    || one.Equals(s[..^1] + "ing", StringComparison.OrdinalIgnoreCase)))
                || one.Equals(s + "ment", StringComparison.OrdinalIgnoreCase))
            {
                return s.Length >= 3;
            }
        }

        return false;
    }

    // `the sanctions` names a sanction, `the attack` an assault, `the arrest` a coercion (the noun's own readings, whatever
    // words they need around them); `the strikes` names `air strikes`, a trigger ending in the same noun, or an attack
    // from the air.
    private static bool Names(ArticleView view, TriggerLexicon lexicon, string word, Mention told)
    {
        foreach (var form in lexicon.Find(word))
        {
            if (form.Noun && form.Rest.Length == 0 && form.Type == told.Type)
            {
                return true;
            }
        }

        // (`the strikes` after `launched drones at the city`: a strike from the air is an attack from the air.)
        if (told.Type == PloverType.Assault && told.Mode is "aerial" or "drone" && word.StartsWith("strike", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var trigger = view.Text.AsSpan(told.Trigger.Start, told.Trigger.Length);
        var last = trigger[(trigger.LastIndexOf(' ') + 1)..];
        // (`fired a missile ... condemned the launch`, `the firing`: a weapon fired or launched is a launch.)
        if (told.Type == PloverType.Assault && !told.Noun && LaunchNouns.Contains(word) && Launched(trigger))
        {
            return true;
        }

        // `offered talks ... rejected the offer`, `raided the offices ... condemned the raid`: the noun of the verb told.
        if (!told.Noun && last.IndexOf(' ') < 0 && Nominal(last, word))
        {
            return true;
        }

        return told.Noun && (last.Equals(word, StringComparison.OrdinalIgnoreCase)
            || (word.EndsWith('s') && last.Equals(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase))
            || (last.EndsWith('s') && word.AsSpan().Equals(last[..^1], StringComparison.OrdinalIgnoreCase)));
    }
}
