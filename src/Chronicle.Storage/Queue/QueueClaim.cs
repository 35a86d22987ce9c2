using System.Collections.Immutable;

namespace Chronicle.Storage.Queue;

/// <summary>A batch claimed by one worker: its token and the documents, in queue order.</summary>
/// <param name="Token">Identifies this claim; completing or renewing needs it.</param>
/// <param name="Documents">The claimed documents; empty when nothing was free.</param>
public sealed record QueueClaim(Guid Token, ImmutableArray<Document> Documents)
{
    /// <summary>True when nothing was claimed.</summary>
    public bool IsEmpty => Documents.IsDefaultOrEmpty;
}
