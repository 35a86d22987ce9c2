namespace Chronicle.Recognizers.Names;

/// <summary>
/// Reads the apposition after a name: "X, a Norway-based rights group, said" tells that X is an organisation whatever
/// the tagger guessed from X alone. The head is the last word of the noun phrase after the article, before a
/// preposition, a relative pronoun or punctuation.
/// </summary>
internal static class Apposition
{
    private const int MaxPhraseTokens = 7;

    /// <summary>True when the tokens from <paramref name="after"/> on are ", a/an/the ... group" (or another organisation noun).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="posTags">Their part-of-speech tags, or empty when the tagger did not run.</param>
    /// <param name="after">The token just after the name.</param>
    public static bool NamesOrganisation(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> posTags, int after)
    {
        if (after + 3 > tokens.Length || !Is(text, tokens[after], ",") || !IsArticle(Word(text, tokens[after + 1])))
        {
            return false;
        }
        var end = Math.Min(tokens.Length, after + 2 + MaxPhraseTokens);
        for (var i = after + 2; i < end; i++)
        {
            var w = Word(text, tokens[i]);
            if (tokens[i].Kind == TokenKind.Punctuation && !w.SequenceEqual("-"))
            {
                break;
            }
            // "a group based in X" ends at the participle; "an X-based group" goes on past it.
            if (IsPhraseEnd(w) || (IsParticiple(w) && !Is(text, tokens[i - 1], "-")))
            {
                break;
            }
            if (IsOrganisationNoun(w) && EndsNounPhrase(text, tokens, posTags, i + 1))
            {
                return true;
            }
        }
        return false;
    }

    // "a group tweeted" ends at "group"; "a group founder" does not. The tagger tells nouns; without it, a verb
    // of saying or an -ed form is taken as the end.
    private static bool EndsNounPhrase(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<string> posTags, int next)
    {
        if (next >= tokens.Length || tokens[next].Kind == TokenKind.Punctuation)
        {
            return true;
        }
        var w = Word(text, tokens[next]);
        if (IsPhraseEnd(w))
        {
            return true;
        }
        return posTags.Length == tokens.Length
            ? !posTags[next].StartsWith("NN", StringComparison.Ordinal)
            : w.EndsWith("ed", StringComparison.Ordinal) || w is "said" or "says" or "told" or "wrote";
    }

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Span.Start, t.Span.End - t.Span.Start);

    private static bool Is(string text, Token t, string s) => Word(text, t).SequenceEqual(s);

    private static bool IsArticle(ReadOnlySpan<char> w) => w is "a" or "an" or "the";

    private static bool IsPhraseEnd(ReadOnlySpan<char> w) =>
        w is "of" or "for" or "in" or "at" or "on" or "with" or "who" or "which" or "that" or "from" or "by" or "and"
            or "or" or "to" or "whose" or "since" or "as";

    private static bool IsParticiple(ReadOnlySpan<char> w) =>
        w is "based" or "founded" or "set" or "known" or "led" or "run" or "formed" or "created" or "established"
            or "headquartered" or "linked" or "backed" or "close" or "affiliated" or "funded" or "allied";

    private static bool IsOrganisationNoun(ReadOnlySpan<char> w) =>
        w is "group" or "organization" or "organisation" or "agency" or "company" or "party" or "network" or "monitor"
            or "NGO" or "militia" or "movement" or "firm" or "charity" or "coalition" or "alliance" or "watchdog"
            or "faction" or "outfit" or "broadcaster" or "newspaper" or "association" or "federation" or "foundation"
            or "institute" or "union" or "committee" or "council" or "ministry" or "army" or "bank" or "platform";
}
