using System.Globalization;

namespace Chronicle.Events;

// A surname opening a sentence that the names stage took for a capitalised common word (`Macron accused Moscow`).
internal sealed partial class ActorReader
{
    /// <summary>
    /// `Macron accused Moscow of lying`: a capitalised word opening a sentence, which the names stage left unmarked (its
    /// lower-case form is a word), right before a finite verb, is a person when exactly one person of the actor dictionary
    /// with a role on the article's date has it for surname.
    /// </summary>
    private bool OpeningSurname(int t, out Actor? person)
    {
        person = null;
        if (lexicon is null || view.EntityAt[t] >= 0 || view.Tag(t) is not ("NN" or "NNP") || !char.IsUpper(view.Word(t)[0])
            || t + 1 >= view.Tokens.Length || view.Tag(t + 1) is not ("VBD" or "VBZ" or "MD") || !OpensSentence(t))
        {
            return false;
        }

        if (lexicon.FindSurname(view.Word(t).ToString(), view.Document.Published) is not { } entry)
        {
            return false;
        }

        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(entry.Key.ToLowerInvariant());
        person = new Actor(t, t, view.Tokens[t].Span, name, null, entry.RoleOn(view.Document.Published)?.Country, false);
        return true;
    }

    private bool OpensSentence(int t)
    {
        foreach (var sentence in view.Found.Sentences)
        {
            if (sentence.FirstToken == t)
            {
                return true;
            }

            if (sentence.FirstToken > t)
            {
                return false;
            }
        }

        return false;
    }
}
