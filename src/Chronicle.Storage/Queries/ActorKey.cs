namespace Chronicle.Storage.Queries;

/// <summary>How an actor is named in URLs and filters: its entity id once resolved, else its canonical name in lower case.</summary>
public static class ActorKey
{
    /// <summary>The key of an actor with this entity id and canonical name.</summary>
    public static string Of(string? entityId, string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return string.IsNullOrEmpty(entityId) ? canonical.ToLowerInvariant() : entityId;
    }
}
