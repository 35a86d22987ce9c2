using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Resolution.Clusters;

/// <summary>
/// Joins reports of the same event across articles and gives them one <see cref="CodedEvent.ClusterId"/>.
/// Incremental: <see cref="Add(ImmutableArray{EventCluster}, ArticleEvents)"/> takes the clusters so far and one article, and returns its events with their
/// cluster ids and the updated clusters; old clusters are extended, never recomputed, so ids stay stable.
/// <see cref="Cluster"/> runs that over a batch in date order, so the first member of a cluster is its earliest
/// report and batch and incremental runs agree. A report joins the cluster it agrees with best (see
/// <see cref="EventMatch"/>) when it conflicts with none of the cluster's first members; else it starts one.
/// </summary>
/// <param name="threshold">The agreement score a report needs to join a cluster (<see cref="EventMatch"/>).</param>
public sealed class EventClusterer(double threshold = EventClusterer.DefaultThreshold)
{
    /// <summary>The default joining score: a shared place and day, or one of them with shared actors or words.</summary>
    public const double DefaultThreshold = 2.5;

    /// <summary>The version, stored with the clusters it made.</summary>
    public const string Version = "1";

    /// <summary>Clusters the events of all <paramref name="articles"/> from scratch.</summary>
    public (ImmutableArray<ArticleEvents> Articles, ImmutableArray<EventCluster> Clusters) Cluster(IEnumerable<ArticleEvents> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles
            .Select((a, i) => (Article: a, Index: i))
            .OrderBy(x => x.Article.Published ?? DateOnly.MaxValue)
            .ThenBy(x => x.Article.DocumentId, StringComparer.Ordinal)
            .ToList();
        var clusters = ImmutableArray<EventCluster>.Empty;
        var results = new ArticleEvents[ordered.Count];
        foreach (var (article, index) in ordered)
        {
            (results[index], clusters) = Add(clusters, article);
        }
        return ([.. results], clusters);
    }

    /// <summary>Adds one article's events to <paramref name="clusters"/>.</summary>
    public (ArticleEvents Article, ImmutableArray<EventCluster> Clusters) Add(ImmutableArray<EventCluster> clusters, ArticleEvents article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var working = clusters.ToBuilder();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < working.Count; i++)
        {
            byId[working[i].Id] = i;
        }
        var coded = article.Events.Select((e, i) => (Event: e, Index: i)).OrderBy(x => x.Event.Trigger.Start).ThenBy(x => x.Index);
        var events = article.Events.ToBuilder();
        foreach (var (e, index) in coded)
        {
            var member = ClusterMember.Of(article, e);
            var best = Best(working, member);
            if (best is { } b)
            {
                working[b] = working[b] with { Members = working[b].Members.Add(member) };
                events[index] = e with { ClusterId = working[b].Id };
            }
            else
            {
                var id = IdOf(member);
                // Two events can hash alike only if they are the same report; keep ids unique regardless.
                for (var n = 2; byId.ContainsKey(id); n++)
                {
                    id = IdOf(member) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                byId[id] = working.Count;
                working.Add(new EventCluster(id, [member]));
                events[index] = e with { ClusterId = id };
            }
        }
        return (article with { Events = events.ToImmutable() }, working.ToImmutable());
    }

    /// <summary>Adds the events of one analysed article and returns it with their cluster ids.</summary>
    public (Analysis Analysis, ImmutableArray<EventCluster> Clusters) Add(ImmutableArray<EventCluster> clusters, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Annotations.Events.IsEmpty)
        {
            return (analysis, clusters);
        }
        var document = analysis.Document;
        var (article, updated) = Add(clusters, new ArticleEvents(
            document.Id.Value, document.Source, document.Published, document.Text, analysis.Annotations.Events));
        return (analysis with { Annotations = analysis.Annotations with { Events = article.Events } }, updated);
    }

    private int? Best(ImmutableArray<EventCluster>.Builder clusters, ClusterMember member)
    {
        int? best = null;
        var bestScore = threshold;
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            if (cluster.Earliest.Type != member.Type)
            {
                continue;
            }
            double? score = double.NegativeInfinity;
            foreach (var other in cluster.Members.Take(EventCluster.ComparedMembers))
            {
                if (EventMatch.Score(other, member) is not { } s)
                {
                    score = null;
                    break;
                }
                score = Math.Max(score.Value, s);
            }
            if (score is { } found && found >= bestScore && (best is null || found > bestScore))
            {
                (best, bestScore) = (c, found);
            }
        }
        return best;
    }

    /// <summary><c>evc-</c> and 16 hex digits of the SHA-256 of the first report's article, trigger and type.</summary>
    private static string IdOf(ClusterMember first)
    {
        var key = $"{first.DocumentId}|{first.Trigger.Start}|{first.Trigger.End}|{first.Type}";
        return "evc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
