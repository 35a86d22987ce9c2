namespace Chronicle;

/// <summary>The sixteen PLOVER event types.</summary>
public enum PloverType
{
    /// <summary>Agree to, sign, settle.</summary>
    Agree,
    /// <summary>Meet, call, visit, negotiate.</summary>
    Consult,
    /// <summary>Praise, endorse, back.</summary>
    Support,
    /// <summary>Yield, ease restrictions, release.</summary>
    Concede,
    /// <summary>Cooperate, share intelligence, coordinate.</summary>
    Cooperate,
    /// <summary>Give military, economic or humanitarian aid.</summary>
    Aid,
    /// <summary>Withdraw, retreat, demobilise.</summary>
    Retreat,
    /// <summary>Ask, demand, appeal.</summary>
    Request,
    /// <summary>Accuse, blame, criticise.</summary>
    Accuse,
    /// <summary>Reject, refuse, deny.</summary>
    Reject,
    /// <summary>Threaten, warn, give an ultimatum.</summary>
    Threaten,
    /// <summary>Demonstrate, riot, strike, boycott.</summary>
    Protest,
    /// <summary>Sanction, embargo, expel.</summary>
    Sanction,
    /// <summary>Mobilise forces, raise alert.</summary>
    Mobilize,
    /// <summary>Arrest, censor, ban, seize.</summary>
    Coerce,
    /// <summary>Attack with force.</summary>
    Assault,
}
