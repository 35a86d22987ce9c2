namespace Chronicle.Resolution.Actors;

/// <summary>
/// A role an actor holds, from a CAMEO actor code (<c>RUSGOV</c>: Russia, government) and the dates it holds
/// within; open ends are null.
/// </summary>
/// <param name="Code">The CAMEO code as the dictionary writes it.</param>
/// <param name="Country">ISO 3166 alpha-2 country, when the code names one.</param>
/// <param name="Sector">The sector in words (<c>government</c>, <c>military</c>, <c>police</c>...), when the code names one.</param>
/// <param name="From">First day the role holds.</param>
/// <param name="To">Last day the role holds.</param>
public sealed record ActorRoleSpan(string Code, string? Country, string? Sector, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the role holds on <paramref name="day"/>; a role with no dates always holds.</summary>
    public bool HoldsOn(DateOnly day) => (From is null || From <= day) && (To is null || day <= To);
}
