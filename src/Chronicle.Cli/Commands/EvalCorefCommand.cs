using System.CommandLine;
using Chronicle.Engine;
using Chronicle.Evaluation.Coref;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval coref DIR</c>: cross-document event coreference on ECB+ with gold mentions (MUC, B³, CEAF-e,
/// CoNLL F1), for the lemma baseline and the pairwise model, on whole topics and on gold sub-topics.
/// </summary>
internal static class EvalCorefCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("corpus") { Description = "The ECB+ folder: ECB+/ with the CAT XML files and the csv of validated sentences." };
        var train = new Option<bool>("--train") { Description = "Also score the train topics (the model was fitted on them)." };
        var model = new Option<string?>("--model") { Description = "The model file (default: data/coref/event-coref.tsv.gz)." };
        var command = new Command("coref", "Cross-document event coreference against ECB+ (gold event mentions of the validated sentences, dev topics): MUC, B³, CEAF-e and CoNLL F1.")
        {
            path, train, model,
        };
        command.SetAction(parsed =>
        {
            var corpus = parsed.GetValue(path)!;
            if (!Directory.Exists(corpus))
            {
                throw new UsageException($"{corpus}: no such directory.");
            }
            var file = parsed.GetValue(model) ?? Path.Combine(DataFiles.Default.Directory, "coref", "event-coref.tsv.gz");
            CorefEvaluation.Run(corpus, CorefModel.Load(file), context.Out, parsed.GetValue(train));
            return ExitCodes.Success;
        });
        return command;
    }
}
