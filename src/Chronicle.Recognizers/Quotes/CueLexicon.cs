using System.Collections.Frozen;

namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Words that introduce what someone said (<c>said</c>, <c>told</c>, <c>denied</c>...), in every inflection, each with
/// the stance it gives the claim, and the media a statement can be made in (<c>on Twitter</c>, <c>in a briefing</c>).
/// </summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, Stance> _verbs;

    private CueLexicon(FrozenDictionary<string, Stance> verbs, IReadOnlyList<string[]> media)
    {
        _verbs = verbs;
        Media = media;
    }

    /// <summary>Media phrases, as lower-case word sequences, longest first.</summary>
    public IReadOnlyList<string[]> Media { get; }

    /// <summary>The English speech and attribution verbs.</summary>
    public static CueLexicon English()
    {
        var verbs = new Dictionary<string, Stance>(StringComparer.OrdinalIgnoreCase);
        // Irregular forms first: base, third person, past, participle, gerund.
        string[][] irregular =
        [
            ["say", "says", "said", "saying"], ["tell", "tells", "told", "telling"], ["write", "writes", "wrote", "written", "writing"],
            ["tweet", "tweets", "tweeted", "tweeting"],
            ["find", "finds", "found", "finding"], ["show", "shows", "showed", "shown", "showing"],
        ];
        foreach (var forms in irregular)
        {
            foreach (var f in forms)
            {
                verbs[f] = Stance.Asserts;
            }
        }
        Add(verbs, Stance.Asserts,
            "add", "note", "report", "announce", "suggest", "argue", "explain", "declare", "state", "acknowledge", "admit",
            "respond", "reply", "recall", "conclude", "predict", "complain", "contend", "maintain", "confirm", "reveal",
            "indicate", "emphasize", "emphasise", "stress", "assert", "insist", "warn", "observe", "remark", "comment",
            "concede", "counter", "estimate", "testify", "characterize", "characterise", "describe", "promise", "vow",
            "agree", "believe", "write", "post", "caution", "point", "boast", "joke", "repeat", "claim",
            "criticize", "criticise", "blast", "attack", "praise", "slam", "want", "plan", "hope", "expect", "cite", "call", "urge",
            "echo", "mention", "fear", "propose", "demand", "pledge", "recommend", "support", "oppose", "endorse", "defend",
            "refuse", "decline", "tout", "highlight", "worry", "guess", "decide", "seem", "appear", "insist", "lament", "slam");
        Add(verbs, Stance.Alleges, "allege", "accuse", "charge");
        verbs["claim"] = Stance.Alleges;
        verbs["claims"] = Stance.Alleges;
        verbs["claimed"] = Stance.Alleges;
        verbs["claiming"] = Stance.Alleges;
        Add(verbs, Stance.Denies, "deny", "dismiss", "reject", "refute", "dispute");
        Add(verbs, Stance.Questions, "question", "doubt", "ask", "wonder");
        string[][] media =
        [
            ["on", "twitter"], ["on", "facebook"], ["in", "a", "tweet"], ["in", "a", "statement"], ["in", "a", "briefing"],
            ["at", "a", "briefing"], ["at", "a", "news", "conference"], ["at", "a", "press", "conference"], ["in", "an", "interview"],
            ["in", "a", "telephone", "call"], ["in", "a", "phone", "call"], ["state", "media"], ["state", "television"],
            ["in", "a", "speech"], ["on", "instagram"], ["on", "telegram"], ["in", "a", "video"], ["in", "a", "post"],
        ];
        return new CueLexicon(verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. media.OrderByDescending(m => m.Length)]);
    }

    /// <summary>True with the stance when <paramref name="word"/> is a speech verb.</summary>
    public bool TryVerb(ReadOnlySpan<char> word, out Stance stance) =>
        _verbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out stance);

    private static void Add(Dictionary<string, Stance> verbs, Stance stance, params string[] lemmas)
    {
        foreach (var lemma in lemmas)
        {
            var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
            var third = lemma.EndsWith('y') && !lemma.EndsWith("ay", StringComparison.Ordinal) ? lemma[..^1] + "ies"
                : lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) ? lemma + "es" : lemma + "s";
            var past = lemma.EndsWith('y') && !lemma.EndsWith("ay", StringComparison.Ordinal) ? lemma[..^1] + "ied"
                : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
            foreach (var form in new[] { lemma, third, past, stem + "ing" })
            {
                verbs[form] = stance;
            }
        }
    }
}
