namespace Chronicle.Events;

/// <summary>One mention of an event in a sentence, before mentions of the same event are merged.</summary>
internal sealed class Mention
{
    public required PloverType Type { get; set; }

    public string? Mode { get; set; }

    public required int Sentence { get; init; }

    /// <summary>The last sentence of the run of sentences this event's evidence covers.</summary>
    public int LastSentence { get; set; } = -1;

    public required int First { get; init; }

    public required int Last { get; init; }

    public required TextSpan Trigger { get; init; }

    public required TextSpan Evidence { get; set; }

    public required bool Noun { get; init; }

    /// <summary>For a noun trigger, the first token of its phrase.</summary>
    public int Edge { get; set; }

    public required bool Curated { get; init; }

    public required TriggerFlags Flags { get; init; }

    public List<EventActor> Actors { get; private set; } = [];

    /// <summary>The actors whose country is only the article's, which the event's place may correct.</summary>
    public List<TextSpan> GuessedCountries { get; private set; } = [];

    public Place? Place { get; set; }

    /// <summary>The token of a verb asking for this act (`demand a deal`), or -1: an act asked for is not made.</summary>
    public int AskedBy { get; set; } = -1;

    public EventDate? Date { get; set; }

    public List<EventCount> Counts { get; private set; } = [];

    public Modality Modality { get; set; } = Modality.Asserted;

    /// <summary>An expressed intent (<c>will support</c>, <c>is ready to</c>): the statement is the event, so it is not hypothetical.</summary>
    public bool Intent { get; set; }

    /// <summary>
    /// A meeting planned (<c>will meet X</c>, <c>will hold talks with X</c>) or an act only tried for (<c>an attempt to
    /// reach agreement</c>): kept as an event, but marked hypothetical, as it has not happened.
    /// </summary>
    public bool Planned { get; set; }

    /// <summary>
    /// Hypothetical by a condition or a modal of obligation or would-be (<c>if</c>, <c>should</c>, <c>would</c>): an
    /// opinion or a supposition, never an event, unlike a possible or planned act (<c>may attack</c>).
    /// </summary>
    public bool Supposed { get; set; }

    /// <summary>
    /// Supposed under a condition (<c>if they were prepared to</c>) or a modal of possibility or advice (<c>could
    /// threaten</c>, <c>should reject</c>): not even a threat or a refusal is asserted.
    /// </summary>
    public bool Conditioned { get; set; }

    /// <summary>A negation already read into the type (<c>will not accept</c>, <c>is not willing to</c>: REJECT), so it
    /// makes the event no less asserted.</summary>
    public bool NegationInType { get; set; }

    public int? Quote { get; set; }

    /// <summary>The object is another event (<c>backed the invasion of Iraq</c>) or a thing named before a reduced passive
    /// (<c>a law backed by X</c>): a place after it is not this one's target.</summary>
    public bool EventObject { get; set; }

    /// <summary>The token of a definite act told before that is the verb's object (<c>condemned the strikes</c>), or -1:
    /// whoever did that act is this one's target.</summary>
    public int ToldAct { get; set; } = -1;

    /// <summary>Kept only for the act told before: without its doer found, the mention is dropped.</summary>
    public bool NeedsDoer { get; set; }

    /// <summary>A definite noun with nothing of its own (<c>the protests</c>) refers back to an event already told.</summary>
    public bool Anaphoric { get; set; }

    /// <summary>A noun after <c>the</c>, with or without words of its own (<c>the embassy bombings</c>, <c>the attack
    /// carried out by X</c>): it may tell again an act the article told before.</summary>
    public bool Definite { get; set; }

    /// <summary>A noun trigger joined by a verb of the same act in its own sentence (<c>a car bomb exploded</c>): the act is
    /// told as done there, as a verb tells it.</summary>
    public bool VerbInSentence { get; set; }

    /// <summary>A participle clause of consequence after a comma (<c>exploded in X and Y, killing 40</c>): it tells the toll
    /// of the act before it in its sentence, not an act of its own.</summary>
    public bool Consequence { get; set; }

    public bool HasSource => Actors.Exists(a => a.Role == ActorRole.Source);

    public bool HasTarget => Actors.Exists(a => a.Role == ActorRole.Target);

    /// <summary>The act's object is <c>each other</c> or <c>one another</c> (<c>X and Y accuse each other</c>).</summary>
    public bool EachOther { get; set; }

    /// <summary>Each side does it to the other (<c>exchanged fire</c>, <c>accuse each other</c>): see <see cref="MutualActs"/>.</summary>
    public bool Mutual => (Flags & TriggerFlags.Mutual) != 0 || EachOther;

    /// <summary>
    /// The same act told the other way round, its sources and targets swapped (each side of <c>exchanged fire</c> hits
    /// the other). The toll, told once, stays with this one.
    /// </summary>
    public Mention Reversed()
    {
        var reversed = (Mention)MemberwiseClone();
        reversed.Actors = [.. Actors.Select(a => a with { Role = a.Role == ActorRole.Source ? ActorRole.Target : ActorRole.Source })];
        reversed.GuessedCountries = [.. GuessedCountries];
        reversed.Counts = [];
        return reversed;
    }

    public void Add(ActorRole role, Actor? actor)
    {
        if (actor is null || Actors.Exists(a => a.Span.Overlaps(actor.Span)))
        {
            return;
        }

        Actors.Add(actor.As(role));
        if (actor.Guessed)
        {
            GuessedCountries.Add(actor.Span);
        }
    }
}
