using System.Collections.Immutable;

namespace Chronicle;

/// <summary>Whether an event is stated as fact, reported, alleged, denied, negated or only possible.</summary>
public enum Modality
{
    /// <summary>The article states it as fact.</summary>
    Asserted,
    /// <summary>The article reports someone saying it.</summary>
    Reported,
    /// <summary>Someone alleges it.</summary>
    Alleged,
    /// <summary>Someone denies it.</summary>
    Denied,
    /// <summary>The text says it did not happen.</summary>
    Negated,
    /// <summary>Possible, threatened or future.</summary>
    Hypothetical,
}

/// <summary>An actor's part in an event.</summary>
public enum ActorRole
{
    /// <summary>Who acts.</summary>
    Source,
    /// <summary>Who is acted upon.</summary>
    Target,
}

/// <summary>What a count counts.</summary>
public enum CountKind
{
    /// <summary>People taking part.</summary>
    Participants,
    /// <summary>People killed.</summary>
    Killed,
    /// <summary>People injured.</summary>
    Injured,
    /// <summary>People arrested.</summary>
    Arrested,
    /// <summary>Weapons used or supplied.</summary>
    Weapons,
}

/// <summary>How precise an event's date is.</summary>
public enum DatePrecision
{
    /// <summary>A day.</summary>
    Day,
    /// <summary>A week.</summary>
    Week,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
}

/// <summary>An actor of an event.</summary>
/// <param name="Role">Source or target.</param>
/// <param name="Span">The words naming the actor.</param>
/// <param name="Canonical">Who that is.</param>
/// <param name="EntityId">The entity's id across articles, once resolved.</param>
/// <param name="Country">ISO 3166 alpha-2 code of the actor's country, when known.</param>
public sealed record EventActor(ActorRole Role, TextSpan Span, string Canonical, string? EntityId, string? Country);

/// <summary>An event's own date and the words it comes from.</summary>
/// <param name="Value">TIMEX3 value.</param>
/// <param name="Precision">Day, week, month or year.</param>
/// <param name="Text">The time expression, or a note such as <c>article date</c>.</param>
public sealed record EventDate(string Value, DatePrecision Precision, string Text);

/// <summary>A count attached to an event, from a quantity in its clause.</summary>
/// <param name="Kind">What is counted.</param>
/// <param name="Quantity">The quantity.</param>
public sealed record EventCount(CountKind Kind, Quantity Quantity);

/// <summary>An event coded from the text.</summary>
/// <param name="Type">PLOVER type.</param>
/// <param name="Mode">PLOVER mode, when one fits.</param>
/// <param name="Trigger">The word or phrase that names the event.</param>
/// <param name="Evidence">The clause or sentence that supports it.</param>
/// <param name="Actors">Sources and targets.</param>
/// <param name="Place">Where it happened.</param>
/// <param name="Date">When it happened.</param>
/// <param name="Counts">Participants, killed, injured, arrested, weapons.</param>
/// <param name="Modality">Stated, reported, alleged, denied, negated or hypothetical.</param>
/// <param name="Quote">Index into the article's quotes when the event sits in a claim.</param>
/// <param name="Confidence">From 0 to 1.</param>
public sealed record CodedEvent(
    PloverType Type,
    string? Mode,
    TextSpan Trigger,
    TextSpan Evidence,
    ImmutableArray<EventActor> Actors,
    Place? Place,
    EventDate? Date,
    ImmutableArray<EventCount> Counts,
    Modality Modality,
    int? Quote,
    double Confidence)
{
    /// <summary>The id of the cluster of reports of the same event, once resolved.</summary>
    public string? ClusterId { get; init; }

    /// <summary>ACLED's event type and sub-event type for this PLOVER type and mode, when one fits.</summary>
    public AcledType? Acled { get; init; }

    /// <summary>The CAMEO root code (two digits) for exports.</summary>
    public string? Cameo { get; init; }
}

/// <summary>An ACLED event type and sub-event type (<c>Protests</c>, <c>Peaceful protest</c>).</summary>
/// <param name="EventType">ACLED event type.</param>
/// <param name="SubEventType">ACLED sub-event type.</param>
public sealed record AcledType(string EventType, string SubEventType);
