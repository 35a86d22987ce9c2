using System.Collections.Immutable;

namespace Chronicle.Resolution.Actors;

/// <summary>An actor of the dictionary: its key (the dictionary's primary name), its names and its dated roles.</summary>
/// <param name="Key">The primary name, upper case, as the dictionary writes it (<c>VLADIMIR PUTIN</c>).</param>
/// <param name="Names">Every name, the primary first.</param>
/// <param name="Roles">Roles with their dates, in the dictionary's order.</param>
public sealed record ActorEntry(string Key, ImmutableArray<string> Names, ImmutableArray<ActorRoleSpan> Roles)
{
    /// <summary>The role that holds on <paramref name="day"/> (the first dated one, else the first undated), or null.</summary>
    public ActorRoleSpan? RoleOn(DateOnly? day)
    {
        if (day is { } d && Roles.FirstOrDefault(r => (r.From is not null || r.To is not null) && r.HoldsOn(d)) is { } dated)
        {
            return dated;
        }

        return Roles.FirstOrDefault(r => r.From is null && r.To is null) ?? (day is null ? Roles.FirstOrDefault() : null);
    }

    /// <summary>Whether any role holds on <paramref name="day"/>.</summary>
    public bool ActiveOn(DateOnly day) => Roles.Any(r => r.HoldsOn(day));
}
