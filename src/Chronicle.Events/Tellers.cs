namespace Chronicle.Events;

/// <summary>
/// Those who tell the news, never the party an event is aimed at: the teller a wire sentence closes on (<c>workers
/// struck demanding more pay, the official news agency said</c>, <c>..., the army reported on Sunday.</c>) and the
/// medium spoken to (<c>criticised the freeze in interviews with Tanjug</c>).
/// </summary>
internal static class Tellers
{
    public static bool Tells(ArticleView view, TextSpan actor) => ClosesSentence(view, actor) || Interviewer(view, actor);

    private static bool Interviewer(ArticleView view, TextSpan actor)
    {
        var with = view.NextToken(actor.Start) - 1;
        while (with > 0 && view.Tag(with) is "DT" or "JJ")
        {
            with--;
        }

        return with > 0 && view.Word(with) is "with" && view.Word(with - 1) is "interview" or "interviews";
    }

    private static bool ClosesSentence(ArticleView view, TextSpan actor)
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
