namespace Chronicle.Evaluation.Coref;

/// <summary>The three metrics of the CoNLL-2012 shared task and their mean.</summary>
/// <param name="Muc">Link-based MUC (Vilain et al. 1995).</param>
/// <param name="BCubed">Mention-based B³ (Bagga and Baldwin 1998).</param>
/// <param name="CeafE">Entity-based CEAF with φ4 (Luo 2005).</param>
public sealed record CorefScores(CorefScore Muc, CorefScore BCubed, CorefScore CeafE)
{
    /// <summary>The CoNLL F1: the unweighted mean of the three F1s.</summary>
    public double ConllF1 => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;
}
