namespace Chronicle.Recognizers.Quotes;

/// <summary>
/// Widens a source to the extent the annotators mark. A source named after its cue takes in the description that
/// follows it to the sentence's end: <c>"...," said Ana Ruiz, a spokeswoman for the port authority.</c> (on PolNeAR
/// train, where a comma follows a name just after <c>said</c>, the annotators' source ran to the sentence's end 449
/// times, stopped at the name 83 times and elsewhere 73). A source before its cue that is the object of a preposition
/// belongs to the noun it modifies: <c>a spokesman for the buyer</c>, <c>people briefed on the talks</c>; it ends
/// before an aside set off by commas (<c>Clinton, without naming him,</c>) and after a quotation it runs over.
/// </summary>
internal static class SourceExtent
{
    // The most words a source before its cue is widened over.
    private const int MaxModified = 12;

    /// <summary>Widens the speaker words of every quote as above; the speaker's canonical name is kept.</summary>
    public static void Extend(QuoteText q, List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Speaker is not { } speaker)
            {
                continue;
            }
            if (speaker.Span.End <= quote.Cue.Start)
            {
                if (TrailingAdverbs(q, quote.Cue, Reflexive(q, quote.Cue, Apposition(q, quote.Cue, NameBeforeAside(q, quote.Cue, WholeSubject(q, quote.Cue, Head(q, Coordinated(q, CoordinatedAfter(q, quote.Cue, WithoutAside(q, Subject(q, AfterDash(q, AfterQuotation(q, WithDeterminer(q, Dateline(q, quote.Cue, speaker.Span)))))))))))))) is var widened && widened != speaker.Span)
                {
                    quotes[i] = quote with { Speaker = speaker with { Span = widened } };
                }
                continue;
            }
            if (speaker.Span.Start < quote.Cue.End)
            {
                continue;
            }
            var (first, end) = q.TokensOf(speaker.Span.Start, speaker.Span.End);
            var cueLast = q.TokenAt(quote.Cue.End - 1);
            if (first - cueLast > 2 || end >= q.Count || q.SentenceOf(end).FirstToken != q.SentenceOf(first).FirstToken)
            {
                continue;
            }
            // A party and state in brackets (`Rep. Ana Ruiz (D-Tex.), a ...`) or a place (`Gov. Ana Ruiz of Texas, a ...`)
            // between the name and the comma.
            var named = end;
            if (q.Word(end) == "(")
            {
                while (named < q.Count && q.Word(named) != ")" && named - end < 8)
                {
                    named++;
                }
                named++;
            }
            else if (q.Word(end) == "of" && q.Tag(first).StartsWith("NNP", StringComparison.Ordinal))
            {
                named++;
                while (named < q.Count && q.Tag(named).StartsWith("NNP", StringComparison.Ordinal))
                {
                    named++;
                }
            }
            if (named < q.Count && q.Word(named) == "," && named > end + 1)
            {
                end = named;
            }
            if (q.Word(end) != ",")
            {
                if (Modified(q, quotes, i, end - 1, end) is { } modified)
                {
                    quotes[i] = quote with { Speaker = speaker with { Span = new TextSpan(speaker.Span.Start, q.Span(modified).End) } };
                }
                continue;
            }
            var last = QuoteText.End(q.SentenceOf(first)) - 1;
            while (last > end && q.IsPunctuation(last))
            {
                last--;
            }
            if (last <= end + 1)
            {
                continue;
            }
            // A quotation mark or another cue later in the sentence (`said Ana Ruiz, a spokeswoman, "and ...`, `...,
            // referring to ...`) ends the description at the comma before it; without such a comma nothing is widened.
            // Session 31: the description ends before a comma and a preposition other than `of` or `from` (`said Ana
            // Ruiz, 54, of Braga, Portugal, after meeting ...`): an adjunct of the cue, not of the name.
            for (var k = end + 2; k < last; k++)
            {
                if (q.Word(k - 1) == "," && q.Tag(k) == "IN" && q.Word(k) is not ("of" or "from") && k - 2 > end + 1)
                {
                    last = k - 2;
                    break;
                }
            }
            if (Blocked(q, quotes, i, end, last) is { } stop)
            {
                if (q.Word(stop) != "," || stop - 1 <= end + 1)
                {
                    continue;
                }
                last = stop - 1;
            }
            quotes[i] = quote with { Speaker = speaker with { Span = new TextSpan(speaker.Span.Start, q.Span(last).End) } };
        }
    }

    // A common noun named right after its cue takes in the phrase that modifies it, up to the next comma or the
    // sentence's end (`according to three people briefed on the talks`, `said one official with knowledge of the
    // plan`): the last token of that phrase, or null.
    private static int? Modified(QuoteText q, List<Quote> quotes, int index, int head, int next)
    {
        if (q.Tag(head) is not ("NN" or "NNS") || !(q.Tag(next) is "IN" or "VBN" or "WP" or "VBG") || q.Word(next) is "that" or "as" or "if" or "because" or "than")
        {
            return null;
        }
        var last = next;
        var sentenceEnd = QuoteText.End(q.SentenceOf(next));
        while (last + 1 < sentenceEnd && !q.IsPunctuation(last + 1))
        {
            last++;
        }
        return last > next && Blocked(q, quotes, index, next, last) is null ? last : null;
    }

    // A source before its cue that begins after its own determiner (`the` before `island's government`) takes it in:
    // the noun phrase begins there, and a preposition before it can then be seen (Head).
    private static TextSpan WithDeterminer(QuoteText q, TextSpan source)
    {
        var first = q.TokenAt(source.Start);
        return first > q.SentenceOf(first).FirstToken && q.Tag(first - 1) is "DT" or "PRP$" && !(q.Tag(first) is "DT" or "PRP$" or "PRP" or "WP" or "WDT")
            ? new TextSpan(q.Span(first - 1).Start, source.End) : source;
    }

    // A source before its cue that runs over the end of a quotation and its own attribution (`a hater," Trump said at
    // a rally,` before `adding`) is that attribution's subject: the speaker of both.
    private static TextSpan AfterQuotation(QuoteText q, TextSpan source)
    {
        var (first, end) = Model.ContentCuts.Tokens(q, source);
        var mark = end - 1;
        while (mark >= first && !q.IsQuoteMark(mark))
        {
            mark--;
        }
        if (mark < first)
        {
            return source;
        }
        var subject = mark + 1;
        while (subject < end && q.IsPunctuation(subject))
        {
            subject++;
        }
        var verb = subject;
        while (verb < end && !(q.Tag(verb) is "VBD" or "VBZ" or "VBP"))
        {
            verb++;
        }
        return verb > subject && verb < end ? q.Span(subject, verb - 1) : source;
    }

    // A source before its cue that runs over a dash: the dash ends a clause before it (`... an old favorite - others
    // say`), so the source is what follows it; a dash opening an aside (`Mrs. Ruiz -- whose husband ...`) keeps what
    // precedes it.
    private static TextSpan AfterDash(QuoteText q, TextSpan source)
    {
        var (first, end) = Model.ContentCuts.Tokens(q, source);
        for (var d = end - 2; d > first; d--)
        {
            if (q.Word(d) is not ("-" or "--" or "—" or "–"))
            {
                continue;
            }
            return q.Word(d + 1) is "who" or "whose" or "which" or "whom" ? q.Span(first, d - 1) : q.Span(d + 1, end - 1);
        }
        return source;
    }

    // A source before its cue that runs over a clause of its own (`In Columbia, Sanders stepped up his attacks,` before
    // `saying`; `Ruiz joked about the polls,` before `declined`) is the subject of that clause's verb: the noun phrase
    // right before the first finite verb outside a relative clause.
    private static TextSpan Subject(QuoteText q, TextSpan source)
    {
        var (first, end) = Model.ContentCuts.Tokens(q, source);
        for (var v = first + 1; v < end; v++)
        {
            if (q.Word(v - 1) is "who" or "which" or "that" or "whom" or "whose")
            {
                return source;
            }
            if (q.Tag(v) is not ("VBD" or "VBZ" or "VBP"))
            {
                continue;
            }
            var k = v - 1;
            while (k >= first && (Modifies(q.Tag(k)) || q.Tag(k) == "PRP"))
            {
                k--;
            }
            // `American Crossroads, a super PAC aligned with ...`: an apposition's participle the tagger read as a past tense.
            var apposition = k >= first + 1 && q.Word(k) == "," && q.Tag(k - 1).StartsWith("NNP", StringComparison.Ordinal) && q.Word(k + 1) is "a" or "an" or "the";
            return !apposition && k < v - 1 && q.Tag(v - 1) is var head && (head.StartsWith("NN", StringComparison.Ordinal) || head == "PRP")
                ? q.Span(k + 1, v - 1) : source;
        }
        return source;
    }

    // A source before its cue ends before an aside set off by a comma and opened by a preposition, adverb or participle
    // (`Clinton, without naming him,`, `Forbes, however,`, `The mayor, still stinging from ...,`): the annotators mark
    // the noun phrase the cue's verb agrees with. An apposition (`Mr. Guerrero, a Republican,`), an age and a relative
    // clause (`Levine, who has given money to ...,`: the annotators take these in about as often as not) stay.
    private static TextSpan WithoutAside(QuoteText q, TextSpan source)
    {
        var first = q.TokenAt(source.Start);
        for (var k = first + 1; k + 1 < q.Count && q.Span(k + 1).Start < source.End; k++)
        {
            if (q.Word(k) == "," && q.Tag(k - 1) is var head && (head.StartsWith("NN", StringComparison.Ordinal) || head is "PRP" or "WP")
                && q.Tag(k + 1) is "IN" or "RB" or "VBG" or "VBN" or "TO")
            {
                return q.Span(first, k - 1);
            }
        }
        return source;
    }

    // A source before its cue that is the last of coordinated noun phrases takes in the others (`Forbes and Wealth-X
    // say`, `Matthews, Lopez and Ruiz argued`, `Neither the mayor nor his rivals showed`): the annotators mark the whole
    // subject. Only when the phrases open the sentence (or follow a preposition, which Head then takes in), so that a
    // clause before `and` (`the vote passed and Ruiz said`, `..., and Ruiz said`) stays out.
    private static TextSpan Coordinated(QuoteText q, TextSpan source)
    {
        var start = q.TokenAt(source.Start);
        var sentenceFirst = q.SentenceOf(start).FirstToken;
        var k = start - 1;
        if (k <= sentenceFirst || q.Word(k) is not ("and" or "or" or "nor"))
        {
            return source;
        }
        // `, and` mostly joins two clauses (`no one came under the program, and some families said`).
        if (q.Word(--k) == ",")
        {
            return source;
        }
        var widened = start;
        while (k >= sentenceFirst)
        {
            var end = k;
            while (k >= sentenceFirst && (Modifies(q.Tag(k)) || q.Tag(k) == "PRP" || (q.Word(k) == "of" && k < end)))
            {
                k--;
            }
            if (k == end || !(q.Tag(end).StartsWith("NN", StringComparison.Ordinal) || q.Tag(end) == "PRP"))
            {
                break;
            }
            var first = k + 1;
            if (k >= sentenceFirst && q.Word(k) is "both" or "neither" or "either")
            {
                first = k--;
            }
            if (k < sentenceFirst || q.IsQuoteMark(k) || q.Tag(k) == "IN" || (k == sentenceFirst && q.Tag(k) == "CC") || OpensList(q, sentenceFirst, k))
            {
                widened = first;
            }
            // Another phrase of the list before a comma (`Matthews, Lopez and Ruiz`).
            if (k <= sentenceFirst || q.Word(k) != ",")
            {
                break;
            }
            k--;
        }
        return widened < start ? new TextSpan(q.Span(widened).Start, source.End) : source;
    }

    // Session 29: a list may also open after a colon or semicolon (`Among voters: 45% of men and 40% of women say`) or
    // after a sentence's opening adverb and its comma (`Instead, Matthews, Lopez and Ruiz argued`).
    private static bool OpensList(QuoteText q, int sentenceFirst, int k) =>
        q.Word(k) is ":" or ";" || (q.Word(k) == "," && k == sentenceFirst + 1 && q.Tag(sentenceFirst) == "RB");

    // Session 29: a source before its cue that is the first of coordinated noun phrases running up to the cue (`Forbes
    // and Wealth-X say`, `The mayor and two of her aides argued`) takes in the others: the annotators mark the whole
    // subject.
    private static TextSpan CoordinatedAfter(QuoteText q, TextSpan cue, TextSpan source)
    {
        var (_, end) = q.TokensOf(source.Start, source.End);
        var cueFirst = q.TokenAt(cue.Start);
        if (end + 1 >= cueFirst || q.Word(end) is not ("and" or "or") || q.SentenceOf(end).FirstToken != q.SentenceOf(cueFirst).FirstToken)
        {
            return source;
        }
        var last = cueFirst - 1;
        while (last > end && q.Tag(last) == "RB")
        {
            last--;
        }
        if (last <= end || !(q.Tag(last).StartsWith("NN", StringComparison.Ordinal) || q.Tag(last) == "PRP"))
        {
            return source;
        }
        for (var k = end + 1; k <= last; k++)
        {
            if (!(Modifies(q.Tag(k)) || q.Tag(k) == "PRP" || (q.Word(k) == "of" && k > end + 1)))
            {
                return source;
            }
        }
        return new TextSpan(source.Start, q.Span(last).End);
    }

    // A source before its cue that is the object of a preposition belongs to the noun it modifies:
    // `a spokesman for the buyer`, `people briefed on the talks`, `analysts at the bank`.
    private static TextSpan Head(QuoteText q, TextSpan source)
    {
        var start = q.TokenAt(source.Start);
        var sentenceFirst = q.SentenceOf(start).FirstToken;
        var first = start;
        for (var hops = 0; hops < 3; hops++)
        {
            var k = first - 1;
            if (k <= sentenceFirst || q.Tag(k) is not ("IN" or "TO") || q.Word(k) is "that" or "if" or "because" or "as" or "than" or "while" or "after" or "before" or "since")
            {
                break;
            }
            var j = k - 1;
            if (j > sentenceFirst && q.Tag(j) == "VBN")
            {
                j--;
            }
            // `those affected by the floods`: a demonstrative standing for a noun before a participle.
            var pronoun = j < k - 1 && q.Word(j) is "those" or "these";
            if (!q.Tag(j).StartsWith("NN", StringComparison.Ordinal) && !pronoun)
            {
                break;
            }
            while (j > sentenceFirst && start - j < MaxModified && Modifies(q.Tag(j - 1)))
            {
                j--;
            }
            first = j;
        }
        return first == start ? source : new TextSpan(q.Span(first).Start, source.End);
    }

    // A source that is the dateline opening the sentence (`ROME -- The ministry said`, `Rome (AP) - Ruiz, ...,
    // saying`) is a place, not a speaker: the subject after the dash is, the noun phrase before its finite verb.
    private static TextSpan Dateline(QuoteText q, TextSpan cue, TextSpan source)
    {
        var (first, end) = q.TokensOf(source.Start, source.End);
        var sentenceFirst = q.SentenceOf(first).FirstToken;
        var cueFirst = q.TokenAt(cue.Start);
        if (first != sentenceFirst || !q.Tag(end - 1).StartsWith("NNP", StringComparison.Ordinal))
        {
            return source;
        }
        var dash = end;
        if (dash < cueFirst && q.Word(dash) == "(")
        {
            while (dash < cueFirst && q.Word(dash) != ")" && dash - end < 4)
            {
                dash++;
            }
            dash++;
        }
        if (dash >= cueFirst || q.Word(dash) is not ("-" or "--" or "—" or "–" or "―"))
        {
            return source;
        }
        var k = dash + 1;
        while (k < cueFirst && (Modifies(q.Tag(k)) || q.Tag(k) is "NNPS" or "PRP"))
        {
            k++;
        }
        var verb = k;
        while (verb < cueFirst && q.Tag(verb) == "RB")
        {
            verb++;
        }
        return k > dash + 1 && verb < q.Count && q.Tag(verb) is "VBD" or "VBZ" or "VBP" or "MD" && (q.Tag(k - 1).StartsWith("NN", StringComparison.Ordinal) || q.Tag(k - 1) == "PRP")
            ? q.Span(dash + 1, k - 1) : source;
    }

    // A source before its cue found inside the noun phrase that opens the clause and runs up to the cue with no finite
    // verb of its own (`Ana Ruiz, a farmer who sold the land to Mr. Lee, said`, `Organizers of the march against the
    // plan said`, `"...," Ana Ruiz, minister for roads, ports, and airports, said`) is only a part of that subject: the
    // annotators mark the whole phrase. The clause opens at the sentence's start, after a colon or semicolon or after a
    // quotation and its comma, past opening conjunctions and adverbs (`Yet`, `But`, `Instead,`); a phrase of time before
    // a comma (`Yesterday, Ruiz said`) opens no subject, nor does a preposition (`In an interview, Ruiz said`). A
    // finite verb is allowed only after a relative pronoun (`voters who have listened to ...`); an adverb right before
    // the cue stays out.
    private static TextSpan WholeSubject(QuoteText q, TextSpan cue, TextSpan source)
    {
        var (first, sourceEnd) = q.TokensOf(source.Start, source.End);
        var (cueFirst, cueEnd) = q.TokensOf(cue.Start, cue.End);
        // A relative pronoun is the source the annotators mark (`the senators, all of whom opposed it`), and a source a
        // relative clause follows is the noun it restricts.
        if (q.Tag(sourceEnd - 1) is "WP" or "WDT" || (sourceEnd < q.Count && q.Tag(sourceEnd) is "WP" or "WDT"))
        {
            return source;
        }
        var open = ClauseOpening(q, first);
        if (open >= first || !(Modifies(q.Tag(open)) || q.Tag(open) == "NNPS"))
        {
            return source;
        }
        var last = cueFirst - 1;
        while (last > first && (q.Tag(last) is "RB" or "CC" || q.Word(last) == ","))
        {
            last--;
        }
        // A cue set off by commas inside its content (`That plan, many argue, will fail`) follows no subject.
        if (last < sourceEnd || last - open > 40 || (cueEnd < q.Count && q.Word(cueEnd) == "," && q.Word(cueFirst - 1) == ","))
        {
            return source;
        }
        var relative = false;
        for (var k = open; k <= last; k++)
        {
            // A relative clause after a name and its comma is left alone (`Ana Ruiz, who lost her farm in the flood,
            // said`: the annotators mark the name, and the other rules keep to it); one restricting a common noun is
            // taken in.
            if (q.Word(k) == "," && k > open && q.Word(k + 1) is "who" or "which" && q.Tag(k - 1).StartsWith("NNP", StringComparison.Ordinal))
            {
                return source;
            }
            // A relative clause ends at a comma: a finite verb after it is the clause's own (`Ruiz, who was there, did
            // not mention it`).
            relative = q.Word(k) != "," && (relative || q.Word(k) is "who" or "which" or "whom" or "whose" || q.Tag(k) == "WDT");
            if (q.IsQuoteMark(k) || q.Word(k) is ":" or ";" || (!relative && q.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD"))
            {
                return source;
            }
            // `Yesterday, Ruiz said`, `Meantime, 32% said`: a phrase of time or a lone word before the first comma opens
            // no subject; nor does a base verb outside a relative clause or infinitive (`Keep at it, Ana, I think`).
            if (q.Word(k) == "," && k > open && !relative && (TimeWords.Contains(q.Word(k - 1)) || k == open + 1))
            {
                return source;
            }
            if (!relative && q.Tag(k) == "VB" && (k == open || q.Tag(k - 1) != "TO"))
            {
                return source;
            }
        }
        return new TextSpan(q.Span(open).Start, q.Span(last).End);
    }

    // The shape both asides share: a comma closing the aside right before the cue (adverbs between), with the source
    // found before it; the clause's opening and the end of the name that opens it (`comma`, the first token after the
    // name's proper nouns).
    private static bool NameThenComma(QuoteText q, TextSpan cue, TextSpan source, out int first, out int sourceEnd, out int open,
        out int comma, out int close)
    {
        (first, sourceEnd) = q.TokensOf(source.Start, source.End);
        close = q.TokenAt(cue.Start) - 1;
        while (close > first && q.Tag(close) == "RB")
        {
            close--;
        }
        open = comma = -1;
        if (close <= first || q.Word(close) != "," || sourceEnd > close + 1)
        {
            return false;
        }
        open = ClauseOpening(q, first);
        comma = open;
        while (comma < close && q.Tag(comma).StartsWith("NNP", StringComparison.Ordinal))
        {
            comma++;
        }
        return true;
    }

    // A source before its cue found inside an aside set off by commas after a name that opens the clause (`Ana Ruiz,
    // who lost her farm in the flood in Braga, said` found `Braga`; `Ruiz, speaking at a rally in Porto, warned` found
    // `a rally in Porto`) is a noun of the aside: the cue's verb agrees with the name, which the annotators mark. The
    // aside is a relative clause or opens with a participle or preposition, and its closing comma stands right before
    // the cue (adverbs between); a participle's or preposition's aside holds no finite verb.
    private static TextSpan NameBeforeAside(QuoteText q, TextSpan cue, TextSpan source)
    {
        if (!NameThenComma(q, cue, source, out var first, out var sourceEnd, out var open, out var comma, out var close))
        {
            return source;
        }
        if (comma == open || comma >= close || q.Word(comma) != "," || TimeWords.Contains(q.Word(comma - 1)))
        {
            return source;
        }
        var relative = q.Word(comma + 1) is "who" or "which";
        if (!relative && q.Tag(comma + 1) is not ("VBG" or "VBN" or "IN"))
        {
            return source;
        }
        // A source that opens with the name and runs over the aside stays (WholeSubject's `Ana Ruiz, from the port
        // authority,`; `Levine, who has given money to ...,`: the annotators take relative clauses in about as often
        // as not).
        if (first <= comma)
        {
            return source;
        }
        // A relative clause's finite verbs come before its first comma; one after it is the main clause's (`Ana Ruiz,
        // who lost the vote, has picked a fight with Lee,` before `telling`).
        var clause = relative;
        for (var k = comma + 1; k < close; k++)
        {
            clause = clause && q.Word(k) != ",";
            if (q.IsQuoteMark(k) || q.Word(k) is ":" or ";" || (!clause && q.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD"))
            {
                return source;
            }
        }
        return q.Span(open, comma - 1);
    }

    // Session 30: a source before its cue found inside an apposition set off by commas after a name that opens the
    // clause, with the closing comma right before the cue (`Keith Ruiz, a plumber who attended the rally in Porto,
    // blamed` found `a plumber who`; `Ana Ruiz, assistant secretary for roads, ports, and airports, said` found `ports,
    // and airports,`), or running from the name into a relative clause (`Ana Ruiz, who`), is the whole subject: on
    // held-out train the annotators mark the name with its apposition or clause and the closing comma. The apposition
    // opens with a determiner, a noun, an adjective, an adverb or a relative pronoun; a finite verb stands only before
    // its first inner comma (`Ruiz, the mayor, blamed Lee,` before `saying` is a clause, not an apposition), and a base
    // verb only after an auxiliary, `not` or `to`.
    private static TextSpan Apposition(QuoteText q, TextSpan cue, TextSpan source)
    {
        if (!NameThenComma(q, cue, source, out var first, out var sourceEnd, out var open, out var comma, out var close))
        {
            return source;
        }
        if (comma == open || comma + 1 >= close || q.Word(comma) != "," || TimeWords.Contains(q.Word(comma - 1)) || first < open
            || sourceEnd <= comma + 1)
        {
            return source;
        }
        var relative = q.Word(comma + 1) is "who" or "which";
        // The name alone stays unless the found source runs into a relative clause (`Ana Ruiz, who`).
        if (first <= comma && !relative)
        {
            return source;
        }
        if (!relative && !(q.Tag(comma + 1) is "DT" or "JJ" or "NN" or "RB" || (q.Tag(comma + 1) == "NNP" && q.Word(comma + 1) is not ("Mr." or "Mrs." or "Ms."))))
        {
            return source;
        }
        var inner = false;
        for (var k = comma + 1; k < close; k++)
        {
            inner = inner || q.Word(k) == ",";
            if (q.IsQuoteMark(k) || q.Word(k) is ":" or ";" || (q.Tag(k) == "VB" && !(q.Tag(k - 1) is "TO" or "MD" or "RB" or "VBD" or "VBZ" or "VBP")) || (inner && q.Tag(k) is "VBD" or "VBZ" or "VBP" or "MD"))
            {
                return source;
            }
        }
        return q.Span(open, close);
    }

    // Session 31: a source before its cue followed by a reflexive pronoun that stands for it (`Ana Ruiz herself said`,
    // `the ministers themselves have argued`), with only adverbs between the pronoun and the cue, takes the pronoun in:
    // the annotators mark the emphatic pronoun with the subject it repeats.
    private static TextSpan Reflexive(QuoteText q, TextSpan cue, TextSpan source)
    {
        var (_, end) = q.TokensOf(source.Start, source.End);
        var cueFirst = q.TokenAt(cue.Start);
        if (end >= cueFirst || q.Word(end).ToLowerInvariant() is not ("himself" or "herself" or "themselves" or "itself" or "myself" or "ourselves"))
        {
            return source;
        }
        for (var k = end + 1; k < cueFirst; k++)
        {
            if (!q.Tag(k).StartsWith("RB", StringComparison.Ordinal))
            {
                return source;
            }
        }
        return new TextSpan(source.Start, q.Span(end).End);
    }

    // Session 31: a source before its cue ends before the adverbs that run into the cue (`Carson further lambasted`,
    // `it now showing`): the annotators leave them to the cue or out.
    private static TextSpan TrailingAdverbs(QuoteText q, TextSpan cue, TextSpan source)
    {
        var (first, end) = q.TokensOf(source.Start, source.End);
        var last = end - 1;
        while (last > first && q.Tag(last).StartsWith("RB", StringComparison.Ordinal) && q.Word(last).ToLowerInvariant() is not ("here" or "there" or "not" or "alone")
            && !q.IsPunctuation(last - 1))
        {
            last--;
        }
        return last == end - 1 ? source : new TextSpan(source.Start, q.Span(last).End);
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yesterday", "today", "tonight", "tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "earlier", "later",
    };

    // The description may hold no quotation mark, not the start of the quote's content (a quote split around its cue
    // and source holds them both) and no other quote's cue: the first token of one of those after the name, or null.
    // Returned is the comma before it when there is one, so the description can end there.
    private static int? Blocked(QuoteText q, List<Quote> quotes, int index, int from, int last)
    {
        for (var t = from; t <= last; t++)
        {
            var span = q.Span(t);
            var blocks = q.IsQuoteMark(t) || (quotes[index].Content.Start >= span.Start && quotes[index].Content.Start < span.End);
            for (var j = 0; j < quotes.Count && !blocks; j++)
            {
                blocks = j != index && quotes[j].Cue.Overlaps(span);
            }
            if (blocks)
            {
                return t > from && q.Word(t - 1) == "," ? t - 1 : t;
            }
        }
        return null;
    }

    private static bool Modifies(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "JJ" or "JJR" or "JJS" or "CD" or "PRP$" or "POS";

    // Where the clause holding token `first` opens: the sentence's start, or past a colon, semicolon, quotation mark or
    // `, and`, then past opening conjunctions, adverbs and marks (`Yet`, `But`, `Instead,`).
    private static int ClauseOpening(QuoteText q, int first)
    {
        var sentenceFirst = q.SentenceOf(first).FirstToken;
        var open = sentenceFirst;
        for (var k = first - 1; k > sentenceFirst; k--)
        {
            if (q.Word(k) is ":" or ";" || q.IsQuoteMark(k) || (q.Tag(k) == "CC" && q.Word(k - 1) == ","))
            {
                open = k + 1;
                break;
            }
        }
        while (open < first && (q.Tag(open) is "CC" or "RB" || q.IsPunctuation(open) || q.IsQuoteMark(open)))
        {
            open++;
        }
        return open;
    }
}
