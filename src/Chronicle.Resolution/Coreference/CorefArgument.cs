using System.Collections.Immutable;

namespace Chronicle.Resolution.Coreference;

/// <summary>What an argument of an event mention names: who took part, when, where.</summary>
public enum ArgumentKind
{
    /// <summary>A person, organisation or thing taking part.</summary>
    Participant,

    /// <summary>A time expression.</summary>
    Time,

    /// <summary>A place.</summary>
    Place,
}

/// <summary>One argument phrase of an event mention, attached to the event whose trigger is nearest in its sentence.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="Words">Its words.</param>
public sealed record CorefArgument(ArgumentKind Kind, ImmutableArray<string> Words);
