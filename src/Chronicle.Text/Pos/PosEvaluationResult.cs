namespace Chronicle.Text.Pos;

/// <summary>How well a part-of-speech model did on a tagged corpus.</summary>
/// <param name="Tokens">Tokens tagged.</param>
/// <param name="Correct">Tokens whose tag matched the gold tag.</param>
/// <param name="TokensPerSecond">Tagging speed, single thread, reading and scoring excluded.</param>
public sealed record PosEvaluationResult(long Tokens, long Correct, double TokensPerSecond)
{
    /// <summary>Share of tokens tagged correctly.</summary>
    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;
}
