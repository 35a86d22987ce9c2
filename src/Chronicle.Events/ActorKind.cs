namespace Chronicle.Events;

/// <summary>What kind of words name an actor (<see cref="EventFeatures.KindOf"/>); the order is the features'.</summary>
internal enum ActorKind
{
    /// <summary>A common noun: <c>the government</c>, <c>police</c>, <c>campaigners</c>.</summary>
    Generic,

    /// <summary>A person or body with an entity id.</summary>
    Named,

    /// <summary>A state by its country's name, or a place standing for its government.</summary>
    State,

    /// <summary>A post or title: <c>the foreign secretary</c>, <c>a Labour MP</c>.</summary>
    Post,

    /// <summary>A pronoun, resolved to whom it stands for.</summary>
    Pronoun,

    /// <summary>A nationality, religious or political group (<c>Americans</c>, <c>Conservatives</c>).</summary>
    Group,
}
