namespace Chronicle.Recognizers.Quotes.Model;

/// <summary>
/// Features of a whole proposed attribution (cue, source and content together) for the second stage that keeps or
/// drops it: the cue tagger's confidence alone cannot see that a cue has no plausible source or content, nor that
/// its content is another attribution's.
/// </summary>
internal static class CandidateFilter
{
    public const int Labels = 2;
    public const int MaxFeatures = 44;

    /// <summary>Fills <paramref name="x"/> with the features of candidate <paramref name="i"/>; returns how many.</summary>
    public static int Features(TokenFacts f, IReadOnlyList<AttributionCandidate> candidates, int i, Span<ulong> x)
    {
        var q = f.Q;
        var c = candidates[i];
        var lemma = f.Lemma[c.CueFirst];
        var length = (ulong)Math.Min(c.CueEnd - c.CueFirst, 4);
        var score = (ulong)(Math.Clamp((int)MathF.Floor(c.CueScore / 4), -6, 8) + 6);
        var source = SourceKind(f, c.Source);
        var sourceSide = c.Source is { } s ? (s.End <= c.CueFirst ? 1UL : 2UL) : 0UL;
        var (first, end) = c.Content;
        var contentSide = end <= c.CueFirst ? 1UL : first >= c.CueEnd ? 2UL : 3UL;
        var contentLength = Bucket(end - first);
        var gap = Bucket(first >= c.CueEnd ? first - c.CueEnd : c.CueFirst >= end ? c.CueFirst - end : 0);
        var verb = 0UL;
        for (var t = first; t < end; t++)
        {
            if (q.Tag(t).StartsWith("VB", StringComparison.Ordinal))
            {
                verb = 1;
                break;
            }
        }
        var opening = q.IsQuoteMark(first) ? 1UL : q.Word(first) == "that" ? 2UL : q.IsPunctuation(first) ? 3UL : 0UL;
        var position = (ulong)Math.Min(c.CueFirst - q.SentenceOf(c.CueFirst).FirstToken, 6);
        var (nested, holds, outer) = Nesting(candidates, i);
        var head = c.CueFirst;
        while (head + 1 < c.CueEnd && f.Rate[head] == 0)
        {
            head++;
        }
        var k = 0;
        x[k++] = TokenFacts.Key(101, 1);
        x[k++] = TokenFacts.Key(102, score);
        x[k++] = TokenFacts.Key(103, lemma);
        x[k++] = TokenFacts.Key(104, lemma, length);
        x[k++] = TokenFacts.Key(105, length, score);
        x[k++] = TokenFacts.Key(106, f.Tag[c.CueFirst], f.Class[c.CueFirst]);
        x[k++] = TokenFacts.Key(107, f.Lexicon[c.CueFirst], score);
        x[k++] = TokenFacts.Key(108, source, sourceSide);
        x[k++] = TokenFacts.Key(109, lemma, source);
        x[k++] = TokenFacts.Key(110, source, score);
        x[k++] = TokenFacts.Key(111, contentSide, contentLength);
        x[k++] = TokenFacts.Key(112, verb, contentLength);
        x[k++] = TokenFacts.Key(113, lemma, verb);
        x[k++] = TokenFacts.Key(114, opening, contentSide);
        x[k++] = TokenFacts.Key(115, lemma, opening);
        x[k++] = TokenFacts.Key(116, gap, contentSide);
        x[k++] = TokenFacts.Key(117, position, sourceSide);
        x[k++] = TokenFacts.Key(118, nested, holds);
        x[k++] = TokenFacts.Key(119, nested, score);
        x[k++] = TokenFacts.Key(120, f.Word[c.CueFirst], c.CueEnd - c.CueFirst > 1 ? f.Word[c.CueEnd - 1] : 0UL);
        x[k++] = TokenFacts.Key(121, f.Tag[c.CueFirst], source, verb);
        x[k++] = TokenFacts.Key(122, c.CueFirst > 0 ? f.Word[c.CueFirst - 1] : 0UL, lemma);
        x[k++] = TokenFacts.Key(123, lemma, c.CueFirst + 1 < f.Count ? f.Word[c.CueFirst + 1] : 0UL);
        x[k++] = TokenFacts.Key(124, lemma, contentSide, sourceSide);
        // How often the cue's head lemma and its class head cues on train (counted without the candidate's fold).
        x[k++] = TokenFacts.Key(128, f.Rate[head], score);
        x[k++] = TokenFacts.Key(129, f.Rate[head], source);
        x[k++] = TokenFacts.Key(130, f.ClassRate[head], f.Rate[head]);
        // The cue head's class in the reporting words, with how sure the tagger was and what the attribution holds.
        if (f.Reporting[head] is not 0 and var reporting)
        {
            x[k++] = TokenFacts.Key(131, reporting, score);
            x[k++] = TokenFacts.Key(132, reporting, source, contentSide);
        }
        // A cue inside another candidate's content: the annotators kept some nested reports and skipped others (`said`
        // against `wants`, `decided`), by the word, how cue-like it is anywhere, who reports it (a pronoun that is the
        // outer source), how sure the outer attribution is and whether that one is nested too.
        if (nested != 0)
        {
            x[k++] = TokenFacts.Key(133, lemma);
            x[k++] = TokenFacts.Key(134, f.Rate[head], score);
            x[k++] = TokenFacts.Key(135, source, sourceSide);
            x[k++] = TokenFacts.Key(136, outer);
        }
        // A cue the verb group scorer proposed (polnear-attribution-10): judged by how sure that scorer was, with who
        // the source is and where the content lies, apart from the tagger's candidates, whose scores mean otherwise.
        if (c.GroupScore is { } group)
        {
            var bucket = (ulong)(Math.Clamp((int)MathF.Floor(group / 2.5f), -8, 8) + 8);
            x[k++] = TokenFacts.Key(137, bucket);
            x[k++] = TokenFacts.Key(138, bucket, source, sourceSide);
            x[k++] = TokenFacts.Key(139, bucket, contentSide, opening);
            x[k++] = TokenFacts.Key(140, f.Rate[head], bucket, length);
        }
        // The cue word's class from unlabelled news: a rare cue word is judged as the frequent ones of its class.
        if (f.Cluster[c.CueFirst] is not 0 and var cluster)
        {
            x[k++] = TokenFacts.Key(125, cluster);
            x[k++] = TokenFacts.Key(126, cluster, source);
            x[k++] = TokenFacts.Key(127, cluster, contentSide, sourceSide);
        }
        return k;
    }

    // 0 none, 1 a name, 2 a pronoun, 3 a noun, 4 anything else; with how long it is.
    private static ulong SourceKind(TokenFacts f, (int First, int End)? source)
    {
        if (source is not { } s)
        {
            return 0;
        }
        var length = (ulong)Math.Min(s.End - s.First, 4) << 4;
        for (var t = s.First; t < s.End; t++)
        {
            if (f.Entity[t] != 0)
            {
                return length | 1;
            }
        }
        var tag = f.Q.Tag(s.End - 1);
        return length | (tag.StartsWith("PRP", StringComparison.Ordinal) ? 2UL : tag.StartsWith("NN", StringComparison.Ordinal) ? 3UL : 4UL);
    }

    private static ulong Bucket(int n) => n switch
    {
        0 => 0,
        1 => 1,
        <= 3 => 2,
        <= 6 => 3,
        <= 12 => 4,
        <= 25 => 5,
        _ => 6,
    };

    // Whether the candidate's cue lies inside another's content (it is reported speech itself), and whether its
    // content holds another's cue; for a nested one, the best score of a candidate holding it (bucketed) and whether
    // that one is nested in turn (+ 16).
    private static (ulong Nested, ulong Holds, ulong Outer) Nesting(IReadOnlyList<AttributionCandidate> candidates, int i)
    {
        var c = candidates[i];
        ulong nested = 0, holds = 0;
        var outer = -1;
        for (var j = 0; j < candidates.Count; j++)
        {
            var o = candidates[j];
            // A verb group's candidate holds no other: the tagger's cues are judged as they were before groups joined.
            if (j == i || o.GroupScore is not null)
            {
                continue;
            }
            if (c.CueFirst >= o.Content.First && c.CueEnd <= o.Content.End)
            {
                nested = 1;
                outer = outer < 0 || o.CueScore > candidates[outer].CueScore ? j : outer;
            }
            if (o.CueFirst >= c.Content.First && o.CueEnd <= c.Content.End)
            {
                holds = 1;
            }
        }
        if (outer < 0)
        {
            return (nested, holds, 0);
        }
        var holder = candidates[outer];
        var twice = candidates.Any(p => p != holder && p.GroupScore is null && holder.CueFirst >= p.Content.First && holder.CueEnd <= p.Content.End) ? 16UL : 0UL;
        return (nested, holds, (ulong)(Math.Clamp((int)MathF.Floor(holder.CueScore / 4), -6, 8) + 6) + twice);
    }
}
