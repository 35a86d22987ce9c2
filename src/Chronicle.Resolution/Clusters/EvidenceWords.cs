using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Chronicle.Resolution.Clusters;

/// <summary>The content words of an evidence text: lower case, letters and digits, function words left out.</summary>
internal static class EvidenceWords
{
    private static readonly FrozenSet<string> Stop = """
        a an the and or but if of in on at to for from by with about as into over after before than then that this these
        those there here it its he she they them his her their we us our you your i me my is are was were be been being
        has have had do does did will would can could should may might must not no so such what which who whom whose when
        where why how all any both each more most other some also said says say told according
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static ImmutableSortedSet<string> Of(string text)
    {
        var words = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!Stop.Contains(word))
                {
                    words.Add(word);
                }
                start = -1;
            }
        }
        return words.ToImmutable();
    }

    public static double Jaccard(ImmutableSortedSet<string> a, ImmutableSortedSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
