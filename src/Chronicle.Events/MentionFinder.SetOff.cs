namespace Chronicle.Events;

// Subjects set off from their verb: by a place phrase (`police in Jericho`) or by a phrase between commas (`Mr Y, 48,`).
internal sealed partial class MentionFinder
{
    // `Palestinian police in Jericho`, `settlers in the West Bank city of Hebron`: the actor before the place phrase that
    // ends at <paramref name="k"/>.
    private Actor? PlacedActor(int k, int first)
    {
        var j = k;
        while (j > first && (view.PlaceAt[j - 1] >= 0 || view.Word(j - 1) is "of" or "the" || view.Tag(j - 1) == "JJ"
            || view.Is(j - 1, WordSets.PlaceNouns) || (view.EntityAt[k] >= 0 && view.EntityAt[j - 1] == view.EntityAt[k])))
        {
            j--;
        }

        return j - 1 > first && view.Is(j - 1, WordSets.Locatives) && actors.IsActorToken(j - 2) ? actors.Read(j - 2, first, j - 2) : null;
    }

    // `Mr Y, from Leeds,`, `Mr Y, 48,`, `Mr Y, the party's founder,`: the actor before a phrase closed by the comma at
    // <paramref name="comma"/>, when the phrase is a place, an age or a noun phrase with no verb, or a participle phrase
    // (`the man, armed with a rifle,`).
    private Actor? SetOffSubject(int comma, int first)
    {
        var open = comma - 1;
        // (`At least 300 people, including 40 children, were killed`: `including` opens a phrase as a preposition does.)
        while (open > first && open > comma - 12 && !view.IsPunct(open, ',') && (!view.IsVerb(open) || view.Word(open) is "including")
            && !view.IsClauseBreak(open))
        {
            open--;
        }

        if (open > first && view.Tag(open) == "VBN" && view.IsPunct(open - 1, ','))
        {
            open--;
        }

        if (open <= first || open == comma - 1 || !view.IsPunct(open, ',') || !actors.IsActorToken(open - 1))
        {
            return null;
        }

        var phrase = open + 1;
        // (The tagger often reads such a participle as an adjective.)
        var participle = view.Tag(phrase) == "VBN" || (view.Tag(phrase) == "JJ" && view.Word(phrase).EndsWith("ed", StringComparison.Ordinal));
        var shape = view.Tag(phrase) is "IN" or "CD" or "DT" || participle || view.Word(phrase) is "aged" or "including"
            || TitlePhrase(open, phrase, comma);
        return shape && !view.Is(phrase, WordSets.Subordinators) && !view.Is(phrase, WordSets.Relatives)
            ? actors.Read(open - 1, first, open - 1)
            : null;
    }

    // `Sir Ann Lee, head of the employers' group,`, `Mr Y, party director general,`: a person's title between commas;
    // a list of names (`France, Germany,`) has no singular title noun.
    private bool TitlePhrase(int open, int phrase, int comma)
    {
        if (view.EntityAt[open - 1] < 0 || view.Found.Entities[view.EntityAt[open - 1]].Type != EntityType.Person)
        {
            return false;
        }

        for (var j = phrase; j < comma; j++)
        {
            if (view.Tag(j) is "NN" or "NNP" && (view.Is(j, WordSets.ActorNouns) || view.Is(j, WordSets.Titles)))
            {
                return true;
            }
        }

        return false;
    }

    // `the top bishop in Spain and Portugal backed`: the last of places listed after `in` reads as a name before the
    // verb, but the actor is the one before the list.
    private Actor? ListedPlaceActor(int k, int first)
    {
        var j = PlaceStart(k, first);
        if (j < 0 || !(j - 2 >= first && view.Word(j - 1) is "and" or "or" or ","))
        {
            return null;
        }

        while (j - 2 >= first && view.Word(j - 1) is "and" or "or" or "," && PlaceStart(j - 2, first) is var previous and >= 0)
        {
            j = previous;
        }

        return j - 2 >= first && view.Is(j - 1, WordSets.Locatives) && actors.IsActorToken(j - 2) && PlaceStart(j - 2, first) < 0
            ? actors.Read(j - 2, first, j - 2)
            : null;
    }

    // The first token of the place name at <paramref name="k"/>, or -1 when it names none.
    private int PlaceStart(int k, int first)
    {
        var place = view.PlaceAt[k];
        if (place >= 0)
        {
            while (k - 1 >= first && view.PlaceAt[k - 1] == place)
            {
                k--;
            }

            return k;
        }

        var entity = view.EntityAt[k];
        if (entity < 0 || view.Found.Entities[entity].Type is not (EntityType.Gpe or EntityType.Loc))
        {
            return -1;
        }

        while (k - 1 >= first && view.EntityAt[k - 1] == entity)
        {
            k--;
        }

        return k;
    }

    // `the West Bank city of Hebron`: a place named after a place noun and `of` is where, not who.
    private bool InPlacePhrase(int k, int first)
    {
        var j = k;
        while (j > first && view.PlaceAt[j - 1] == view.PlaceAt[k])
        {
            j--;
        }

        return j - 2 >= first && view.Word(j - 1) is "of" && view.Is(j - 2, WordSets.PlaceNouns);
    }
}
