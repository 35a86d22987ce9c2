namespace BuildTriggers;

/// <summary>
/// Reads the verb blocks of PETRARCH2's CAMEO dictionary (<c>---  ATTACK   [190]  ---</c> then synonyms, some
/// with irregular forms in braces) and keeps blocks whose default code maps to PLOVER. Patterns (<c>- * ...</c>)
/// need a parse to apply and are left out; so are verbs too general to mark an event on their own.
/// </summary>
internal static class CameoVerbs
{
    // Verbs whose CAMEO block code holds only with an object or pattern; alone in news they are mostly not events.
    private static readonly HashSet<string> TooGeneral = new(StringComparer.Ordinal)
    {
        "go", "come", "arrive", "hear", "consider", "introduce", "notify", "cable", "head", "travel", "leave", "return",
        "allow", "let", "permit", "place", "base", "set", "put", "post", "pose", "position", "stage", "station", "arrange",
        "format", "situate", "trade", "link", "merge", "grant", "give", "enact", "boost", "finance", "import", "purchase",
        "buy", "respect", "favor", "favour", "bless", "thank", "appreciate", "influence", "disclose", "rejoice", "submit",
        "abandon", "yield", "abstain", "loosen", "compromise", "inspect", "probe", "insist", "ask", "call", "host",
        "defend", "intervene", "stabilise", "stabilize", "rescue", "enlist", "facilitate", "allocate", "oversee", "manage",
        "encourage", "reassert", "formalize", "legalise", "legalize", "declassify", "absolve", "acquit", "unblock",
        "retreat", "release", "pardon", "free", "fire", "hit", "strike", "target", "charge", "hold", "take", "make", "raise",
        "move", "act", "bring", "end", "stop", "meet", "see", "receive", "welcome", "open", "close", "cut", "draw", "press",
        "push", "pull", "run", "turn", "break", "fight", "battle", "clash", "die", "best", "engage", "circle", "dominate",
        "crack", "impair", "hung", "hang", "damage", "hurt", "conduct", "claim", "check", "comb", "dig", "dug", "examine",
        "explore", "analyse", "ascertain", "argue", "contend", "compete", "contrast", "differ", "counter", "cry", "grieve",
        "despair", "disappoint", "discourage", "face", "bill", "fill", "catch", "caught", "contain", "extract", "inhabit",
        "infest", "force", "campaign", "bid", "bade", "defer", "delay", "hamper", "hinder", "impede", "inhibit", "forestall",
        "flog", "dishonor", "dishonour", "corrupt", "contaminate", "duel", "altercate", "conflict", "bust", "grapple", "blow",
        "blew", "blown", "clobber", "hammer", "flatten", "desolate", "despoil", "mine", "rake", "rang", "rung", "match",
        "master", "mar", "moderate", "pit", "overcame", "overcome", "overshadow", "overtake", "overtaken", "overtook",
        "pound", "rag", "rip", "tear", "tore", "torn", "spoil", "study", "research", "scan", "skim", "sweep", "swept",
        "swear", "swore", "sworn", "table", "remit", "retard", "reside", "remove", "reinforce", "regret", "mourn", "lament",
        "wail", "weep", "wept", "whine", "sadden", "slight", "savage", "struggle", "surmount", "tarnish", "vitiate",
        "prevent", "postpone", "procrastinate", "stall", "shelve", "risk", "suspect", "necessitate", "revolutionise",
        "revolutionize", "segregate", "tax", "levy", "interfere", "lecture", "unearth", "scrutinize", "sentence",
        "pressure", "shun", "spy", "undermine", "secede", "sabotage", "stone", "storm", "surround", "whip", "thump", "ram",
        "quarrel", "lash", "parade", "patrol", "overfly", "overflew", "overflown", "marshal", "garner", "dispute",
        "challenge", "oppose", "contest", "contradict", "contravene", "counterbalance", "compel", "constrain", "curb",
        "enforce", "impose", "inflict", "exclude", "enclose", "moderate", "overturn", "overrule", "override", "overrid",
        "overridden", "reprobate", "crucify", "curse", "debase", "defile", "degrade", "humble", "grab", "pluck", "snatch",
        "steal", "stole", "pirate", "wrest", "usurp", "cage", "chain", "bound", "bind", "need", "ring", "disrupt",
    };

    // CAMEO blocks of these types hold verbs that mark the event alone; the others (praise, cooperate, yield...)
    // mostly need the pattern's object and are left to the hand-written list.
    private static readonly HashSet<string> StrongTypes = new(StringComparer.Ordinal)
    {
        "ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REQUEST", "REJECT", "SANCTION", "MOBILIZE",
    };

    public static IEnumerable<TriggerEntry> Read(string path, CameoToPlover plover)
    {
        string? code = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0].TrimEnd();
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var open = line.IndexOf('[', StringComparison.Ordinal);
                var close = line.IndexOf(']', StringComparison.Ordinal);
                code = open > 0 && close > open ? line[(open + 1)..close].Split(':')[0] : null;
                continue;
            }

            if (code is null || code == "---" || line.Length == 0 || line[0] is '-' or '+' or '&' or ' ')
            {
                continue;
            }

            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var lemma = (brace > 0 ? line[..brace] : line).Trim().ToLowerInvariant();
            if (lemma.Length < 3 || lemma.Contains('_', StringComparison.Ordinal) || lemma.Contains(' ', StringComparison.Ordinal)
                || !lemma.All(c => char.IsAsciiLetterLower(c) || c == '-')
                || TooGeneral.Contains(lemma) || plover.Find(code) is not { } mapped || !StrongTypes.Contains(mapped.Type))
            {
                continue;
            }

            var irregular = brace > 0
                ? line[(brace + 1)..].Trim('}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToLowerInvariant())
                    .Where(f => f.All(char.IsAsciiLetterLower)).ToArray()
                : [];
            yield return new TriggerEntry(lemma, "V", mapped.Type, mapped.Mode, "-", "cameo:" + code, irregular);
        }
    }
}
