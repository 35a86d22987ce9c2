namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>One cue seen by the role tagger: its tokens, its head word, and running counts of commas and quotation marks over the window.</summary>
internal sealed class CueContext
{
    private readonly int _windowFirst;
    private readonly int[] _commas;
    private readonly int[] _marks;
    private readonly int[] _thats;
    private readonly int[] _verbs;

    public CueContext(TokenFacts f, int first, int end, int windowFirst, int windowEnd)
    {
        First = first;
        End = end;
        _windowFirst = windowFirst;
        var q = f.Q;
        // The head is the cue's last verb (`has said`, `said in a statement`), else its first word (`according to`).
        var head = first;
        for (var t = first; t < end; t++)
        {
            if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal))
            {
                head = t;
            }
        }
        Head = f.Lemma[head];
        HeadClass = f.Cluster[head];
        Last = f.Word[end - 1];
        _commas = new int[windowEnd - windowFirst + 1];
        _marks = new int[windowEnd - windowFirst + 1];
        _thats = new int[windowEnd - windowFirst + 1];
        _verbs = new int[windowEnd - windowFirst + 1];
        for (var t = windowFirst; t < windowEnd; t++)
        {
            var k = t - windowFirst;
            _commas[k + 1] = _commas[k] + (q.Word(t) == "," ? 1 : 0);
            _marks[k + 1] = _marks[k] + (q.IsQuoteMark(t) ? 1 : 0);
            _thats[k + 1] = _thats[k] + (q.Word(t) is "that" or "whether" or "if" or ":" ? 1 : 0);
            _verbs[k + 1] = _verbs[k] + (q.Tag(t) is "VBD" or "VBZ" or "VBP" or "MD" ? 1 : 0);
        }
    }

    public int First { get; }

    /// <summary>The word class of the cue's head (+ 1, 0 for none).</summary>
    public ulong HeadClass { get; }

    public int End { get; }

    public ulong Head { get; }

    public ulong Last { get; }

    /// <summary>Commas in the window before token <paramref name="t"/>.</summary>
    public int Commas(int t) => _commas[Math.Clamp(t - _windowFirst, 0, _commas.Length - 1)];

    /// <summary>Words that open a reported clause (<c>that</c>, <c>whether</c>, <c>if</c>, a colon) in the window before token <paramref name="t"/>.</summary>
    public int Thats(int t) => _thats[Math.Clamp(t - _windowFirst, 0, _thats.Length - 1)];

    /// <summary>Finite verbs and modals in the window before token <paramref name="t"/>.</summary>
    public int Verbs(int t) => _verbs[Math.Clamp(t - _windowFirst, 0, _verbs.Length - 1)];

    /// <summary>Quotation marks in the window before token <paramref name="t"/>.</summary>
    public int Marks(int t) => _marks[Math.Clamp(t - _windowFirst, 0, _marks.Length - 1)];
}
