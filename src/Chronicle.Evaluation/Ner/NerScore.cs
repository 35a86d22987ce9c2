using System.Collections.Immutable;
using Chronicle.Recognizers.Names;

namespace Chronicle.Evaluation.Ner;

/// <summary>Precision, recall and F1 of one name class (or of all), computed as conlleval does: exact span and type.</summary>
/// <param name="Gold">Names in the gold data.</param>
/// <param name="Found">Names the model found.</param>
/// <param name="Correct">Found names whose span and class match a gold one.</param>
public readonly record struct NerCounts(int Gold, int Found, int Correct)
{
    /// <summary>Correct / found, in percent.</summary>
    public double Precision => Found == 0 ? 0 : 100.0 * Correct / Found;

    /// <summary>Correct / gold, in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The result of an evaluation run.</summary>
/// <param name="Tokens">Tokens tagged.</param>
/// <param name="Accuracy">Share of tokens whose IOB1 tag matches, in percent.</param>
/// <param name="Overall">All classes together.</param>
/// <param name="ByClass">Each class.</param>
/// <param name="TokensPerSecond">Tagging speed on one thread by the wall clock, features included.</param>
/// <param name="TokensPerCpuSecond">Tagging speed per second of the process's CPU time (what a busy shared machine does not distort).</param>
public sealed record NerResult(
    int Tokens, double Accuracy, NerCounts Overall, ImmutableSortedDictionary<NameClass, NerCounts> ByClass, double TokensPerSecond, double TokensPerCpuSecond);
