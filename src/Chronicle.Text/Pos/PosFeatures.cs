namespace Chronicle.Text.Pos;

/// <summary>
/// The feature templates of the tagger (after Honnibal's averaged perceptron and Collins 2002): the
/// word, its affixes, shape and case, the words around it, the two previous tags, and word classes learned from
/// unlabelled news for the word and its neighbours.
/// </summary>
internal static class PosFeatures
{
    /// <summary>The most features one token can have.</summary>
    public const int Max = 48;

    /// <summary>The tag value before the first token.</summary>
    public const int StartTag = 255;

    /// <summary>The word's identity, case aside: the feature whose weights say how the training corpus tagged the word.</summary>
    public static ulong Word(in WordFeatures w) => FeatureHash.Mix(2, w.Lower);

    /// <summary>Writes the features of the token at <paramref name="i"/>; <paramref name="context"/> is padded by two on each side.</summary>
    public static int Extract(ReadOnlySpan<WordFeatures> context, int i, int previous, int previous2, bool classes, bool lexicon, Span<ulong> into)
    {
        var w = context[i + 2];
        var m1 = context[i + 1];
        var m2 = context[i];
        var p1 = context[i + 3];
        var p2 = context[i + 4];
        var n = 0;
        into[n++] = FeatureHash.Mix(1, 0);
        into[n++] = Word(w);
        into[n++] = FeatureHash.Mix(3, w.Exact);
        into[n++] = FeatureHash.Mix(5, w.Suffix2);
        into[n++] = FeatureHash.Mix(6, w.Suffix3);
        into[n++] = FeatureHash.Mix(7, w.Suffix4);
        into[n++] = FeatureHash.Mix(8, w.Prefix1);
        into[n++] = FeatureHash.Mix(9, w.Prefix2);
        into[n++] = FeatureHash.Mix(11, w.Shape);
        into[n++] = FeatureHash.Mix(12, (ulong)w.Flags);
        into[n++] = FeatureHash.Mix(13, (ulong)previous);
        into[n++] = FeatureHash.Mix(14, (ulong)previous2);
        into[n++] = FeatureHash.Mix(15, (ulong)((previous << 8) | previous2));
        into[n++] = FeatureHash.Mix(FeatureHash.Mix(16, (ulong)previous), w.Lower);
        into[n++] = FeatureHash.Mix(17, m1.Lower);
        into[n++] = FeatureHash.Mix(18, m1.Suffix3);
        into[n++] = FeatureHash.Mix(19, m2.Lower);
        into[n++] = FeatureHash.Mix(20, p1.Lower);
        into[n++] = FeatureHash.Mix(21, p1.Suffix3);
        into[n++] = FeatureHash.Mix(22, p2.Lower);
        into[n++] = FeatureHash.Mix(23, p1.Shape);
        into[n++] = FeatureHash.Mix(24, (ulong)((i == 0 ? 256 : 0) | w.Flags));
        into[n++] = FeatureHash.Mix(FeatureHash.Mix(25, m1.Lower), w.Lower);
        into[n++] = FeatureHash.Mix(FeatureHash.Mix(26, w.Lower), p1.Lower);
        into[n++] = FeatureHash.Mix(FeatureHash.Mix(27, m1.Shape), w.Shape);
        into[n++] = FeatureHash.Mix(FeatureHash.Mix(28, (ulong)previous), w.Suffix3);
        into[n++] = FeatureHash.Mix(FeatureHash.Mix(29, (ulong)previous), p1.Lower);
        into[n++] = FeatureHash.Mix(30, (ulong)((m1.Flags << 8) | (w.Flags & 0xFF)));

        if (classes)
        {
            // Word classes from unlabelled news: a rare or unseen word borrows the weights of its class. A model
            // trained without them has none of these features, so it is the model the templates above gave.
            into[n++] = FeatureHash.Mix(40, w.Fine);
            into[n++] = FeatureHash.Mix(41, w.Coarse);
            into[n++] = FeatureHash.Mix(42, m1.Fine);
            into[n++] = FeatureHash.Mix(43, p1.Fine);
            into[n++] = FeatureHash.Mix(44, (m1.Coarse << 16) | w.Coarse);
            into[n++] = FeatureHash.Mix(45, (w.Coarse << 16) | p1.Coarse);
        }

        if (lexicon)
        {
            // The word's ambiguity class by the lexicon (past form, base form, agent noun...), alone and with the
            // context that settles it: the previous tag (a plural noun before a base form), the word before (an
            // auxiliary before a past form) and the classes of the neighbours. A model without a lexicon has none.
            into[n++] = FeatureHash.Mix(50, (ulong)w.Lexicon);
            into[n++] = FeatureHash.Mix(51, (ulong)((previous << 8) | w.Lexicon));
            into[n++] = FeatureHash.Mix(FeatureHash.Mix(52, m1.Lower), (ulong)w.Lexicon);
            into[n++] = FeatureHash.Mix(53, (ulong)((m1.Lexicon << 8) | w.Lexicon));
            into[n++] = FeatureHash.Mix(54, (ulong)((w.Lexicon << 8) | p1.Lexicon));

            // The nearest auxiliary before the word (be, have, a modal or "to", and how far), with the word's class
            // and ending: "was ...ed" is a participle, "police ...ed" (none) a past tense, whatever the verb.
            var auxiliary = (ulong)Auxiliaries.Before(context, i);
            into[n++] = FeatureHash.Mix(55, (auxiliary << 8) | (uint)w.Lexicon);
            into[n++] = FeatureHash.Mix(FeatureHash.Mix(56, auxiliary), w.Suffix2);
            into[n++] = FeatureHash.Mix(FeatureHash.Mix(57, w.Suffix3), p1.Lower);
        }

        if (w.Profile != 0)
        {
            // Word profiles: the tag a first model gave the word most often over untagged news.
            into[n++] = FeatureHash.Mix(34, (ulong)w.Profile);
            into[n++] = FeatureHash.Mix(35, (ulong)((p1.Profile << 8) | w.Profile));
            into[n++] = FeatureHash.Mix(36, (ulong)((previous << 8) | w.Profile));
            into[n++] = FeatureHash.Mix(37, (ulong)((m1.Profile << 8) | w.Profile));
        }

        return n;
    }
}
