using System.Collections.Immutable;

namespace Chronicle.Resolution.Clusters;

/// <summary>
/// One report in a cluster, reduced to what matching and reporting need: where it comes from, its type, when,
/// where, who, its counts as this source gave them, and the content words of its evidence.
/// </summary>
/// <param name="DocumentId">The article's id.</param>
/// <param name="Source">The article's path or URL.</param>
/// <param name="Published">The article's date.</param>
/// <param name="Trigger">The event's trigger span in its article.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="When">When it may have happened, or null when neither the text nor the article says.</param>
/// <param name="Place">Where it happened, when known.</param>
/// <param name="Actors">Keys of its actors: entity ids, or canonical names in lower case.</param>
/// <param name="SourceCountries">Countries of its source actors.</param>
/// <param name="Counts">Its counts, as this report gives them.</param>
/// <param name="Words">Content words of its evidence, in lower case.</param>
public sealed record ClusterMember(
    string DocumentId,
    string Source,
    DateOnly? Published,
    TextSpan Trigger,
    PloverType Type,
    EventWindow? When,
    Place? Place,
    ImmutableSortedSet<string> Actors,
    ImmutableSortedSet<string> SourceCountries,
    ImmutableArray<EventCount> Counts,
    ImmutableSortedSet<string> Words)
{
    /// <summary>The member of one coded event of <paramref name="article"/>.</summary>
    public static ClusterMember Of(ArticleEvents article, CodedEvent coded)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(coded);
        var when = EventWindow.FromTimex(coded.Date?.Value)
            ?? (article.Published is { } published ? EventWindow.Assumed(published) : null);
        var evidence = coded.Evidence.End <= article.Text.Length && coded.Evidence.Start <= coded.Evidence.End
            ? article.Text[coded.Evidence.Start..coded.Evidence.End]
            : "";
        return new ClusterMember(
            article.DocumentId,
            article.Source,
            article.Published,
            coded.Trigger,
            coded.Type,
            when,
            coded.Place,
            [.. coded.Actors.Select(a => a.EntityId ?? a.Canonical.ToLowerInvariant())],
            [.. coded.Actors.Where(a => a.Role == ActorRole.Source && a.Country is not null).Select(a => a.Country!)],
            coded.Counts,
            EvidenceWords.Of(evidence));
    }
}
