namespace Chronicle.Events;

/// <summary>What a trigger asks of its context before it makes an event.</summary>
[Flags]
internal enum TriggerFlags
{
    None = 0,
    /// <summary>Only with a crowd or group of people as subject.</summary>
    People = 1,
    /// <summary>Its counts of people are the killed.</summary>
    Kill = 2,
    /// <summary>Its counts of people are the injured.</summary>
    Injure = 4,
    /// <summary>Its counts of people are the arrested.</summary>
    Arrest = 8,
    /// <summary>A verb of using arms: an event only when its object names a weapon.</summary>
    Weapon = 16,
    /// <summary>Each side does it to the other (<c>exchanged fire</c>, <c>swapped prisoners</c>): one event each way.</summary>
    Mutual = 32,
}

/// <summary>One inflected trigger form: the words after its first, what it codes, and what it needs.</summary>
/// <param name="Rest">The lower-case words after the first (empty for one-word triggers).</param>
/// <param name="Noun">True for a noun trigger, false for a verb.</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The PLOVER mode, or null.</param>
/// <param name="Flags">Context conditions.</param>
/// <param name="Context">Words one of which must stand within four words (empty for none).</param>
/// <param name="Curated">True for the hand-written news list, false for CAMEO-derived verbs.</param>
internal sealed record TriggerForm(string[] Rest, bool Noun, PloverType Type, string? Mode, TriggerFlags Flags, string[] Context, bool Curated);
