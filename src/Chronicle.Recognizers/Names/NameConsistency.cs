namespace Chronicle.Recognizers.Names;

/// <summary>
/// A document-level pass over the tagger's names: one name, one class in an article. Mentions with the same words
/// (and a lone surname of a full name seen in the article) vote, each with its tagger class plus the evidence around
/// it: a title (<c>Mr</c>, <c>Lord</c>), <c>the MP for X</c>, <c>X said</c>, <c>in X</c> (more
/// when the gazetteer knows X as a place), <c>X-based</c>. A mention takes its name's winning class when the context,
/// not a mere majority, speaks for it, unless its own evidence says otherwise. A sure name's words found capitalised
/// mid-sentence where the tagger saw nothing are added with that class.
/// </summary>
public sealed partial class NameConsistency(NameLexicon lexicon)
{
    private const int Classes = 4;

    // How much more the context must say for the winning class than for a mention's own to relabel it.
    private const float MinEvidence = 2;

    private const float SurnameEvidence = 2;

    /// <summary>
    /// The names of one document made consistent, in text order. <paramref name="names"/> are the tagger's names
    /// (document token indices) over <paramref name="tokens"/> of <paramref name="text"/>.
    /// </summary>
    public List<NameSpan> Apply(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, IReadOnlyList<NameSpan> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var result = new List<NameSpan>(names);
        if (names.Count == 0)
        {
            return result;
        }
        var keys = new string[names.Count];
        var evidence = new float[names.Count * Classes];
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new int[names.Count];
        for (var k = 0; k < names.Count; k++)
        {
            keys[k] = Words(text, tokens, names[k].First, names[k].Count);
            parent[k] = groups.TryGetValue(keys[k], out var g) ? g : groups[keys[k]] = k;
            Gather(text, tokens, names[k], evidence.AsSpan(k * Classes, Classes));
        }
        LinkSurnames(names, keys, groups, parent, evidence);
        var votes = new Dictionary<int, Vote>();
        for (var k = 0; k < names.Count; k++)
        {
            var root = Root(parent, k);
            if (!votes.TryGetValue(root, out var v))
            {
                votes[root] = v = new Vote();
            }
            v.Add(names[k].Class, evidence.AsSpan(k * Classes, Classes));
        }
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            var v = votes[Root(parent, k)];
            // The second-pass tagger already saw how the name was tagged elsewhere: a mere majority changes nothing.
            // The context must speak for the winner (a title, `in X`), and a mention's own strong evidence stays.
            if (v.Winner != n.Class && evidence[(k * Classes) + (int)n.Class] < MinEvidence
                && v.Context[(int)v.Winner] - v.Context[(int)n.Class] >= MinEvidence)
            {
                result[k] = n with { Class = v.Winner };
            }
        }
        AddMissed(text, tokens, sentences, result, keys, parent, votes);
        return result;
    }

    private static string Words(string text, ReadOnlySpan<Token> tokens, int first, int count)
    {
        var end = first + count;
        // `Goldsmith's` is `Goldsmith`.
        if (count > 1 && text.AsSpan(tokens[end - 1].Span.Start, tokens[end - 1].Span.Length) is "'s" or "\u2019s")
        {
            end--;
        }
        var words = new string[end - first];
        for (var i = first; i < end; i++)
        {
            words[i - first] = Word(text, tokens, i);
        }
        return string.Join(' ', words);
    }

    private static string Word(string text, ReadOnlySpan<Token> tokens, int i) =>
        i < 0 || i >= tokens.Length ? "" : text.Substring(tokens[i].Span.Start, tokens[i].Span.Length);

    // `Goldsmith` alone after `Lord Goldsmith` or `Peter Goldsmith` is that person: a one-word name joins the group of
    // the multi-word names it ends, when one of them is tagged a person.
    private static void LinkSurnames(IReadOnlyList<NameSpan> names, string[] keys, Dictionary<string, int> groups, int[] parent, float[] evidence)
    {
        for (var k = 0; k < names.Count; k++)
        {
            var n = names[k];
            var words = keys[k].Split(' ');
            // `Burhan` after `Abdel Fattah al-Burhan`: the family name without its particle is the surname too.
            if (n.Class != NameClass.Per || words.Length < 2
                || !(groups.TryGetValue(words[^1], out var single) || groups.TryGetValue(WithoutParticle(words[^1]), out single)))
            {
                continue;
            }
            // The full name tagged a person speaks for its lone surname as a title would, a little less.
            evidence[(k * Classes) + (int)NameClass.Per] += SurnameEvidence;
            var a = Root(parent, single);
            var b = Root(parent, k);
            if (a != b)
            {
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
    }

    private static string WithoutParticle(string word)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 && dash + 1 < word.Length && char.IsLower(word[0]) ? word[(dash + 1)..] : word;
    }

    private static int Root(int[] parent, int k)
    {
        while (parent[k] != k)
        {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static int Best(ReadOnlySpan<float> v)
    {
        var best = 0;
        for (var c = 1; c < v.Length; c++)
        {
            best = v[c] > v[best] ? c : best;
        }
        return best;
    }

    // A name's words capitalised mid-sentence where the tagger found nothing: the same name, missed in that sentence.
    private static void AddMissed(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences,
        List<NameSpan> result, string[] keys, int[] parent, Dictionary<int, Vote> votes)
    {
        var taken = new bool[tokens.Length];
        foreach (var n in result)
        {
            taken.AsSpan(n.First, n.Count).Fill(true);
        }
        var sentenceStart = new bool[tokens.Length];
        foreach (var s in sentences)
        {
            if (s.FirstToken < tokens.Length)
            {
                sentenceStart[s.FirstToken] = true;
            }
        }
        var byFirstWord = new Dictionary<string, List<(string[] Words, NameClass Class)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            var vote = votes[Root(parent, k)];
            if (!vote.Sure || !seen.Add(keys[k]))
            {
                continue;
            }
            var words = keys[k].Split(' ');
            if (!char.IsUpper(words[0][0]) || (words.Length == 1 && CalendarWords.Contains(words[0])))
            {
                continue;
            }
            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }
            list.Add((words, vote.Winner));
        }
        var added = new List<NameSpan>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (taken[i] || sentenceStart[i] || !byFirstWord.TryGetValue(Word(text, tokens, i), out var candidates))
            {
                continue;
            }
            foreach (var (words, cls) in candidates.OrderByDescending(c => c.Words.Length))
            {
                if (Matches(text, tokens, i, words, taken) && !IsCapitalisedWord(Word(text, tokens, i - 1))
                    && !IsCapitalisedWord(Word(text, tokens, i + words.Length)))
                {
                    added.Add(new NameSpan(i, words.Length, cls));
                    taken.AsSpan(i, words.Length).Fill(true);
                    break;
                }
            }
        }
        if (added.Count > 0)
        {
            result.AddRange(added);
            result.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    // Token texts are compared one by one: the text between them (one space or a line break) does not matter.
    private static bool Matches(string text, ReadOnlySpan<Token> tokens, int at, string[] words, bool[] taken)
    {
        if (at + words.Length > tokens.Length)
        {
            return false;
        }
        for (var j = 0; j < words.Length; j++)
        {
            if (taken[at + j] || !text.AsSpan(tokens[at + j].Span.Start, tokens[at + j].Span.Length).SequenceEqual(words[j]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCapitalisedWord(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // The mentions of one name: the tagger's classes plus the context's evidence, and the evidence alone.
    private sealed class Vote
    {
        private readonly float[] _total = new float[Classes];
        private int _tagged;
        private int _classes;

        public float[] Context { get; } = new float[Classes];

        public NameClass Winner => (NameClass)Best(_total);

        // A name is looked for where the tagger missed it only when its class is sure: tagged alike at least twice,
        // or the context speaks for it. One odd tag (`ID` as a place) is not spread over the article.
        public bool Sure => (_tagged >= 2 && _classes == 1 << (int)Winner) || Context[(int)Winner] >= MinEvidence;

        public void Add(NameClass tagged, ReadOnlySpan<float> evidence)
        {
            _tagged++;
            _classes |= 1 << (int)tagged;
            _total[(int)tagged] += 1;
            for (var c = 0; c < Classes; c++)
            {
                _total[c] += evidence[c];
                Context[c] += evidence[c];
            }
        }
    }
}
