using System.Collections.Immutable;
using Chronicle.Contract;
using Chronicle.Resolution.Clusters;
using Chronicle.Storage.Clusters;

namespace Chronicle.Engine.Clusters;

/// <summary>
/// Rebuilds the clusterer's view of stored clusters from the events' stored JSON: what matching reads (type, date,
/// place, actors, counts, evidence words) survives the contract's form; what it does not read is left at defaults.
/// </summary>
internal static class StoredMembers
{
    /// <summary>The clusters in the order the store lists their reports (first report first), each with its members in order.</summary>
    public static ImmutableArray<EventCluster> Clusters(IReadOnlyList<StoredClusterEvent> stored)
    {
        var order = new List<string>();
        var members = new Dictionary<string, ImmutableArray<ClusterMember>.Builder>(StringComparer.Ordinal);
        foreach (var row in stored)
        {
            if (Member(row) is not { } member)
            {
                continue;
            }

            if (!members.TryGetValue(row.ClusterId, out var list))
            {
                members[row.ClusterId] = list = ImmutableArray.CreateBuilder<ClusterMember>();
                order.Add(row.ClusterId);
            }

            list.Add(member);
        }

        return [.. order.Select(id => new EventCluster(id, members[id].ToImmutable()))];
    }

    private static ClusterMember? Member(StoredClusterEvent row)
    {
        var e = row.Event;
        if (!Enum.TryParse<PloverType>(e.Type, ignoreCase: true, out var type))
        {
            return null;
        }

        // The evidence's own text stands for the article: the member needs only its words and its trigger's offsets.
        var evidence = e.Evidence.Text;
        var coded = new CodedEvent(
            type, e.Mode ?? "", new TextSpan(e.Trigger.Start, e.Trigger.End), new TextSpan(0, evidence.Length),
            [.. e.Actors.Select(Actor)], Place(e.Place), e.Date is { } d ? new EventDate(d.Value, Parse(d.Precision, DatePrecision.Day), d.Text) : null,
            [.. e.Counts.Select(Count).OfType<EventCount>()], Modality.Asserted, null, e.Confidence);
        return ClusterMember.Of(new ArticleEvents(row.DocumentId, row.Source, row.Published, evidence, [coded]), coded);
    }

    private static EventActor Actor(ActorJson actor) =>
        new(Parse(actor.Role, ActorRole.Source), new TextSpan(actor.Start, actor.End), actor.Canonical, actor.EntityId, actor.Country);

    private static Place? Place(EventPlaceJson? place) => place is null
        ? null
        : new Place(place.Name, place.Geonameid, place.Country, place.Admin1, place.Lat, place.Lon, Parse(place.Precision, GeoPrecision.City));

    private static EventCount? Count(KeyValuePair<string, CountJson> count) =>
        Enum.TryParse<CountKind>(count.Key, ignoreCase: true, out var kind)
            ? new EventCount(kind, new Quantity(default, count.Value.Value, count.Value.Low, count.Value.High,
                Parse(count.Value.Qualifier.Replace("_", "", StringComparison.Ordinal), Qualifier.Exact), null))
            : null;

    private static T Parse<T>(string value, T fallback)
        where T : struct, Enum => Enum.TryParse<T>(value, ignoreCase: true, out var parsed) ? parsed : fallback;
}
