using Chronicle.Ingest;

namespace Chronicle.Engine;

/// <summary>One input's outcome: an analysis, or the failure that kept it from being read.</summary>
/// <param name="Analysis">The analysis; null on failure.</param>
/// <param name="Failure">Why the input could not be read; null on success.</param>
public readonly record struct AnalysisOutcome(Analysis? Analysis, ReadFailure? Failure);
