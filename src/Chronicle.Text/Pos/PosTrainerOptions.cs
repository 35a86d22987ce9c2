namespace Chronicle.Text.Pos;

/// <summary>Settings of <see cref="PosTrainer"/>.</summary>
public sealed record PosTrainerOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the per-epoch shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this (in absolute value) are dropped from the model.</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>A word enters the tag dictionary when seen at least this often ...</summary>
    public int DictionaryMinCount { get; init; } = 5;

    /// <summary>... and with one tag at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = 0.99;

    /// <summary>A word gets a profile from untagged news when seen at least this often ...</summary>
    public int ProfileMinCount { get; init; } = 3;

    /// <summary>... and given one tag at least this share of the time.</summary>
    public double ProfileMinShare { get; init; } = 0.6;

    /// <summary>The version written into the model.</summary>
    public string Version { get; init; } = "conll2003-pos-1";
}
