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
        return told.Noun && (last.Equals(word, StringComparison.OrdinalIgnoreCase)
            || (word.EndsWith('s') && last.Equals(word.AsSpan(0, word.Length - 1), StringComparison.OrdinalIgnoreCase))
            || (last.EndsWith('s') && word.AsSpan().Equals(last[..^1], StringComparison.OrdinalIgnoreCase)));
    }
}
