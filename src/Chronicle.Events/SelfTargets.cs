namespace Chronicle.Events;

/// <summary>
/// An event whose source and target are one actor is a sign of a misread argument (`X's budget was cut. He went on to
/// accuse X`: `he` taken for the possessor; `talks with X` merged into X's own visit). The side read from a pronoun is
/// the weaker reading and goes when both come from one sentence; else the target goes, as the subject is the
/// better-read argument (a merged event's target may come from another sentence's mention).
/// </summary>
internal static class SelfTargets
{
    /// <param name="actors">One mention's actors (both read from one sentence), or a merged event's.</param>
    /// <param name="text">The article.</param>
    /// <param name="merged">True for a merged event, whose sides come from several sentences: the target goes.</param>
    public static void Drop(List<EventActor> actors, string text, bool merged)
    {
        foreach (var source in actors.FindAll(a => a.Role == ActorRole.Source && a.EntityId is not null))
        {
            var same = actors.FindAll(a => a.Role == ActorRole.Target && a.EntityId == source.EntityId
                && string.Equals(a.Canonical, source.Canonical, StringComparison.OrdinalIgnoreCase));
            if (same.Count == 0)
            {
                continue;
            }

            // (`He defended his record`: a target read from a possessive pronoun is weaker still.)
            if (!merged && WordSets.ThirdPerson.Contains(text.AsSpan(source.Span.Start, source.Span.Length))
                && !same.TrueForAll(a => text.AsSpan(a.Span.Start, a.Span.Length) is "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their"))
            {
                actors.Remove(source);
            }
            else
            {
                actors.RemoveAll(same.Contains);
            }
        }
    }
}
