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

    /// <summary>... and, with a lexicon, when the lexicon gives it one tag at most (see <see cref="PosTrainer"/>).</summary>
    public bool DictionaryUnambiguousOnly { get; init; } = true;

    /// <summary>A word gets a profile from untagged news when seen at least this often ...</summary>
    public int ProfileMinCount { get; init; } = 3;

    /// <summary>... and given one tag at least this share of the time.</summary>
    public double ProfileMinShare { get; init; } = 0.6;

    /// <summary>
    /// A lexicon word (<see cref="PosLexicon"/>) keeps its class only when the training corpus has it at most this
    /// often: the class then speaks for the words training barely saw, as it will for the words it never saw, rather
    /// than repeat what the word's own weights already say.
    /// </summary>
    public int LexiconMaxCount { get; init; } = int.MaxValue;

    /// <summary>The version written into the model.</summary>
    public string Version { get; init; } = "conll2003-pos-1";
}
