using System.CommandLine;
using Chronicle.Engine;
using Chronicle.Evaluation.Coref;
using Chronicle.Resolution.Coreference;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval coref DIR</c>: cross-document event coreference on ECB+ with gold mentions (MUC, B³, CEAF-e,
/// CoNLL F1), for the lemma baseline and the pairwise model, on whole topics and on gold sub-topics, with the gold
/// argument mentions and (rows <c>our args</c>) with the names, times and places Chronicle's pipeline finds.
/// </summary>
internal static class EvalCorefCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("corpus") { Description = "The ECB+ folder: ECB+/ with the CAT XML files and the csv of validated sentences." };
        var train = new Option<bool>("--train") { Description = "Also score the train topics (the model was fitted on them)." };
        var model = new Option<string?>("--model") { Description = "The model file (default: data/coref/event-coref.tsv.gz)." };
        var goldOnly = new Option<bool>("--gold-arguments-only") { Description = "Skip the rows whose arguments come from Chronicle's own names, times and places." };
        var command = new Command("coref", "Cross-document event coreference against ECB+ (gold event mentions of the validated sentences, dev topics): MUC, B³, CEAF-e and CoNLL F1.")
        {
            path, train, model, goldOnly,
        };
        command.SetAction(parsed =>
        {
            var corpus = parsed.GetValue(path)!;
            if (!Directory.Exists(corpus))
            {
                throw new UsageException($"{corpus}: no such directory.");
            }
            var file = parsed.GetValue(model) ?? Path.Combine(DataFiles.Default.Directory, "coref", "event-coref.tsv.gz");
            // The headline rows read the gold ECB+ argument mentions; the 'our args' rows what the pipeline finds.
            var predicted = parsed.GetValue(goldOnly) ? null : new PredictedArguments(PipelineFactory.Create(DataFiles.Default));
            CorefEvaluation.Run(corpus, CorefModel.Load(file), context.Out, parsed.GetValue(train), predicted);
            return ExitCodes.Success;
        });
        return command;
    }
}
