using System.Diagnostics;

namespace Chronicle.Text.Pos;

/// <summary>Token accuracy and speed of a model on a tagged corpus in the CoNLL-2003 column format.</summary>
public static class PosEvaluation
{
    /// <summary>Tags every sentence of <paramref name="conllFile"/> and compares with its POS column.</summary>
    public static PosEvaluationResult Run(PosModel model, string conllFile)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Run(model, ConllPosReader.Read(conllFile).ToList());
    }

    /// <summary>Tags <paramref name="sentences"/> and compares with their gold tags.</summary>
    public static PosEvaluationResult Run(PosModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var predicted = new byte[sentences.Count == 0 ? 0 : sentences.Max(s => s.Tokens.Length)];
        long tokens = 0, correct = 0, ticks = 0;
        foreach (var sentence in sentences)
        {
            var started = Stopwatch.GetTimestamp();
            model.Tag(sentence.Text, sentence.Tokens.AsSpan(), predicted, model.IsRecased(sentence.Text, sentence.Tokens.AsSpan()));
            ticks += Stopwatch.GetTimestamp() - started;
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                correct += model.Tags[predicted[i]] == sentence.Tags[i] ? 1 : 0;
            }

            tokens += sentence.Tokens.Length;
        }

        var seconds = (double)ticks / Stopwatch.Frequency;
        return new PosEvaluationResult(tokens, correct, seconds > 0 ? tokens / seconds : 0);
    }
}
