namespace Chronicle.Resolution.Coreference;

/// <summary>The head word of an event trigger: its first content word (<c>set</c> in <c>set fire</c>).</summary>
public static class TriggerHead
{
    /// <summary>The head of <paramref name="trigger"/>, lower case; empty for an empty trigger.</summary>
    public static string Of(IReadOnlyList<string> trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        foreach (var word in trigger)
        {
            var lower = word.ToLowerInvariant();
            if (!StopWords.Ignore(lower))
            {
                return lower;
            }
        }
        return trigger.Count > 0 ? trigger[0].ToLowerInvariant() : "";
    }
}
