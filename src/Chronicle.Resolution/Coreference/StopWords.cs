using System.Collections.Frozen;

namespace Chronicle.Resolution.Coreference;

/// <summary>English function words, which say nothing about which event a text is about.</summary>
internal static class StopWords
{
    public static FrozenSet<string> Set { get; } = """
        a an the and or but if of in on at to for from by with about as into over after before than then that this these
        those there here it its he she they them his her their we us our you your i me my is are was were be been being
        has have had do does did will would can could should may might must not no so such what which who whom whose when
        where why how all any both each few more most other some own same too very just also up down out off again once
        said says say 's ' " `` '' , . ; : ! ? ( ) - -- told according mr mrs ms
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a stop word or a token without a letter or digit.</summary>
    public static bool Ignore(string lowerWord) => Set.Contains(lowerWord) || !lowerWord.Any(char.IsLetterOrDigit);
}
