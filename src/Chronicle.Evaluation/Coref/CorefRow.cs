namespace Chronicle.Evaluation.Coref;

/// <summary>The scores of one system on one split.</summary>
/// <param name="Split">dev or train.</param>
/// <param name="System">Which system and blocking.</param>
/// <param name="Mentions">Event mentions scored.</param>
/// <param name="KeyClusters">Gold chains, singletons included.</param>
/// <param name="ResponseClusters">System clusters, singletons included.</param>
/// <param name="Scores">MUC, B³, CEAF-e.</param>
public sealed record CorefRow(string Split, string System, int Mentions, int KeyClusters, int ResponseClusters, CorefScores Scores);
