namespace Chronicle.Events;

/// <summary>
/// The teller a wire sentence closes on: <c>workers struck demanding more pay, the official news agency said</c>,
/// <c>..., the army reported on Sunday.</c> The one who tells of an event after a comma at the sentence's end is its
/// source of news, never the party the event is aimed at.
/// </summary>
internal static class Tellers
{
    public static bool ClosesSentence(ArticleView view, TextSpan actor)
    {
        var first = view.NextToken(actor.Start);
        var verb = view.NextToken(actor.End);
        if (first <= 0 || verb < 0 || !(view.Is(verb, WordSets.Reporting) || view.Word(verb) is "reported" or "reports"))
        {
            return false;
        }

        // (`, the state news agency said`: articles, adjectives and modifying nouns may stand outside the actor's words.)
        var k = first - 1;
        while (k > 0 && k >= first - 5 && view.Tag(k) is "DT" or "JJ" or "NN" or "NNP")
        {
            k--;
        }

        return view.IsPunct(k, ',') && EndsAfter(view, verb);
    }

    // Nothing but a time or a manner (`on Sunday`, `last night`, `in a statement`) between the verb and the full stop.
    private static bool EndsAfter(ArticleView view, int verb)
    {
        for (var k = verb + 1; k < view.Tokens.Length && k <= verb + 6; k++)
        {
            if (view.IsPunct(k, '.'))
            {
                return true;
            }

            if (view.IsVerb(k) || view.Tokens[k].Kind == TokenKind.Punctuation || view.Word(k) is "that")
            {
                return false;
            }
        }

        return verb + 1 >= view.Tokens.Length;
    }
}
