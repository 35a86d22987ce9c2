using System.CommandLine;
using System.Globalization;
using Chronicle.Engine;
using Chronicle.Evaluation.Attribution;
using Chronicle.Evaluation.Geo;
using Chronicle.Evaluation.Ner;
using Chronicle.Evaluation.Timex;
using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Places;
using Chronicle.Recognizers.Times;
using Chronicle.Text.Pos;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle eval</c>: each recogniser measured on a public corpus in the corpus's own format.</summary>
internal static class EvalCommand
{
    public const string Examples = """
        chronicle eval timex ../shared/corpora/tempeval3/TBAQ-cleaned
        chronicle eval ner ../shared/corpora/conll2003/valid.txt
        chronicle eval pos ../shared/corpora/conll2003/valid.txt
        chronicle eval geo ../shared/corpora/geoparsing/lgl.xml
        chronicle eval attribution ../shared/corpora/polnear/dev
        chronicle eval events ../shared/corpora/plover-gsr/gold_standard_records/PLOVER_GSR_CAMEO.txt
        chronicle eval events ../shared/gold/seeds --verbose
        """;

    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure a recogniser on a public corpus and print the standard metric.");
        command.Subcommands.Add(Timex(context));
        command.Subcommands.Add(Ner(context));
        command.Subcommands.Add(Pos(context));
        command.Subcommands.Add(Geo(context));
        command.Subcommands.Add(Attribution(context));
        command.Subcommands.Add(EvalEventsCommand.Create(context));
        command.Subcommands.Add(EvalCorefCommand.Create(context));
        return command;
    }

    private static Command Timex(CliContext context) => Evaluation(
        "timex",
        "Time expressions against TimeML: strict and relaxed span P/R/F1, type accuracy, value F1 (TempEval-3).",
        "A directory of TimeML .tml files (searched recursively), e.g. TempEval-3's TBAQ-cleaned.",
        withVerbose: true,
        (path, verbose) => TimexEvaluation.Run(path, new TimeRecognizer(TimeLexicon.English()), verbose, context.Out).Gold > 0
            ? ExitCodes.Success
            : ExitCodes.SomeFailed);

    private static Command Ner(CliContext context) => Evaluation(
        "ner",
        "Names against CoNLL-2003: entity-level precision, recall and F1 per type and overall, as conlleval computes them.",
        "A CoNLL-2003 column file (token POS chunk NER, IOB1), e.g. valid.txt.",
        withVerbose: false,
        (path, _) => NerEvaluation.Run(path, NameModelFile.Load(DataFiles.Default.NameModel), context.Out));

    private static Command Pos(CliContext context) => Evaluation(
        "pos",
        "Part of speech against CoNLL-2003's POS column: token accuracy and speed.",
        "A CoNLL-2003 column file whose second column is the Penn Treebank tag.",
        withVerbose: false,
        (path, _) =>
        {
            var result = PosEvaluation.Run(PosModel.Load(DataFiles.Default.PosModel), path);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pos: {result.Correct:N0} of {result.Tokens:N0} tokens tagged correctly: accuracy {result.Accuracy * 100:0.00}% ({result.TokensPerSecond:N0} tokens/s)"));
        });

    private static Command Geo(CliContext context) => Evaluation(
        "geo",
        "Places: resolution of the gold names (accuracy within 161 km, mean and median error, AUC) and end-to-end P/R/F1.",
        "A geoparsing corpus in the LGL or GeoVirus XML form.",
        withVerbose: true,
        (path, verbose) => GeoEvaluation.Run(path, Gazetteer.Load(DataFiles.Default.Gazetteer), context.Out, verbose));

    private static Command Attribution(CliContext context) => Evaluation(
        "attribution",
        "Quotes against PolNeAR: P/R/F1 of source, cue and content spans, exact and overlapping, and of whole attributions.",
        "A PolNeAR split: text/ and BRAT .ann files under attributions/ (several annotators are averaged).",
        withVerbose: true,
        (path, verbose) => AttributionEvaluation.Run(path, PipelineFactory.Create(DataFiles.Default), context.Out, verbose));

    /// <summary>An eval subcommand whose run prints its figures and succeeds once it returns.</summary>
    private static Command Evaluation(string name, string description, string corpus, bool withVerbose, Action<string, bool> run) =>
        Evaluation(name, description, corpus, withVerbose, (path, verbose) =>
        {
            run(path, verbose);
            return ExitCodes.Success;
        });

    /// <summary>An eval subcommand: one corpus argument that must exist, an optional --verbose, and the run (its exit code).</summary>
    private static Command Evaluation(string name, string description, string corpus, bool withVerbose, Func<string, bool, int> run)
    {
        var path = new Argument<string>("corpus") { Description = corpus };
        var verbose = new Option<bool>("--verbose") { Description = "Also print per-file figures and every miss." };
        var command = new Command(name, description) { path };
        if (withVerbose)
        {
            command.Options.Add(verbose);
        }

        command.SetAction(parsed => run(Existing(parsed.GetValue(path)!), withVerbose && parsed.GetValue(verbose)));
        return command;
    }

    private static string Existing(string path) =>
        File.Exists(path) || Directory.Exists(path) ? path : throw new UsageException($"{path}: no such file or directory.");
}
