namespace Chronicle.Recognizers.Quantities;

/// <summary>What follows a number.</summary>
internal enum Following
{
    /// <summary>No counted noun (<c>141 were killed</c>).</summary>
    Nothing,

    /// <summary>A counted noun phrase; its head is the unit.</summary>
    Noun,

    /// <summary><c>of them</c>, <c>of those</c>: counted, but the noun is elsewhere.</summary>
    OfPronoun,

    /// <summary>A unit of time: the number is a duration or an age, left to the time recogniser.</summary>
    TimeUnit,

    /// <summary>A fraction (<c>two thirds</c>): a share, not a count.</summary>
    Fraction,
}

/// <summary>
/// Finds the counted noun after a number without part-of-speech tags: up to three modifiers and a head, stopping at
/// function words, at a verb-like word (-ed, -ing) after a noun, and after a plural noun. The unit is the head, the last word (<c>hundreds of American service members</c> gives <c>members</c>).
/// </summary>
internal static class CountedNounReader
{
    private static readonly int MaxWords = 4;

    public static Following Read(ReadOnlySpan<char> text, int from, QuantityLexicon lexicon, out int end, out int headStart)
    {
        end = headStart = from;
        var position = from;
        if (NumberPhraseReader.NextIs(text, from, "of", out var ofEnd))
        {
            position = SkipDeterminers(text, ofEnd);
            if (TextScan.NextWord(text, position, out var s, out var e) && text[s..e] is "them" or "us" or "you" or "whom" or "which" or "it" or "those" or "these")
            {
                return Following.OfPronoun;
            }
        }

        Span<(int Start, int End)> words = stackalloc (int, int)[MaxWords];
        var count = 0;
        var lastPluralHead = false;
        while (count < MaxWords && TextScan.NextPhraseWord(text, position, out var start, out var wordEnd))
        {
            var word = text[start..wordEnd];
            var hyphen = word.IndexOfAny('-', '\u2010');
            var root = hyphen > 0 ? word[..hyphen] : word;
            if (lexicon.TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(root))
            {
                return Following.TimeUnit; // two weeks, a few more days, 30-year-old, four straight days
            }

            if (count == 0 && lexicon.Fractions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(root))
            {
                return Following.Fraction;
            }

            if (lexicon.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || lexicon.Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(root)
                || (TextScan.IsCapitalized(word) && lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                || (count > 0 && IsVerbLike(word)))
            {
                break;
            }

            // A plural ends the phrase (1,300 bosses suggests) unless it is one that modifies nouns (police officers).
            if (lastPluralHead)
            {
                break;
            }

            words[count++] = (start, wordEnd);
            lastPluralHead = IsPlural(word, lexicon) && hyphen < 0 && !lexicon.PluralModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                && (!TextScan.IsCapitalized(word) || IsGroupOfPeople(text, (start, wordEnd), word));
            position = wordEnd;
        }

        while (count > 0 && !IsHead(text, words[count - 1], lexicon))
        {
            count--;
        }

        if (count == 0)
        {
            return Following.Nothing;
        }

        (headStart, end) = words[count - 1];
        return Following.Noun;
    }

    private static int SkipDeterminers(ReadOnlySpan<char> text, int position)
    {
        for (var i = 0; i < 2 && TextScan.NextWord(text, position, out var s, out var e); i++)
        {
            if (text[s..e] is not ("the" or "these" or "those" or "their" or "his" or "her" or "its" or "our" or "your" or "my" or "all"))
            {
                break;
            }

            position = e;
        }

        return position;
    }

    private static bool IsVerbLike(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    public static bool IsPlural(ReadOnlySpan<char> word, QuantityLexicon lexicon) =>
        lexicon.IrregularPlurals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'' or '\u2019'));

    private static bool IsHead(ReadOnlySpan<char> text, (int Start, int End) span, QuantityLexicon lexicon)
    {
        var word = text[span.Start..span.End];
        var plural = IsPlural(word, lexicon);
        return !lexicon.NotHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && !(word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !plural)
            && !(word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
            && !(IsVerbLike(word) && !plural)
            && (!TextScan.IsCapitalized(word) || IsGroupOfPeople(text, span, word))
            && (plural || !word.ContainsAnyInRange('0', '9'));
    }

    // A capitalised head counts when it reads as a plural group (Iranians, Iraqis, Kurds), not as a name
    // (Texas, Christmas) nor the first word of a longer name (18 Nicolas Anelka).
    private static bool IsGroupOfPeople(ReadOnlySpan<char> text, (int Start, int End) span, ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('a' or 'u' or 's' or '\'' or '\u2019')
        && !(TextScan.NextWord(text, span.End, out var next, out _) && char.IsUpper(text[next]));
}
