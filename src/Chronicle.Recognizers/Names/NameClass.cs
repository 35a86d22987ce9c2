namespace Chronicle.Recognizers.Names;

/// <summary>The four CoNLL-2003 name classes the model predicts, before the mapping to <see cref="EntityType"/>.</summary>
public enum NameClass
{
    /// <summary>A person.</summary>
    Per,
    /// <summary>An organisation.</summary>
    Org,
    /// <summary>A location.</summary>
    Loc,
    /// <summary>Other names: nationalities, events, works.</summary>
    Misc,
}

/// <summary>A name found by the tagger: token range [First, First + Count) and its class.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Count">How many tokens it covers.</param>
/// <param name="Class">What it names.</param>
public readonly record struct NameSpan(int First, int Count, NameClass Class);
