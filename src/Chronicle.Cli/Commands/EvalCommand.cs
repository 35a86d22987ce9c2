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
        """;

    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Measure a recogniser on a public corpus and print the standard metric.");
        command.Subcommands.Add(Timex(context));
        command.Subcommands.Add(Ner(context));
        command.Subcommands.Add(Pos(context));
        command.Subcommands.Add(Geo(context));
        command.Subcommands.Add(Attribution(context));
        return command;
    }

    private static Argument<string> Corpus(string description) => new("corpus") { Description = description };

    private static Option<bool> Verbose() => new("--verbose") { Description = "Also print per-file figures and every miss." };

    private static Command Timex(CliContext context)
    {
        var directory = Corpus("A directory of TimeML .tml files (searched recursively), e.g. TempEval-3's TBAQ-cleaned.");
        var verbose = Verbose();
        var command = new Command("timex", "Time expressions against TimeML: strict and relaxed span P/R/F1, type accuracy, value F1 (TempEval-3).")
        {
            directory, verbose,
        };
        command.SetAction(parsed =>
        {
            var path = Existing(parsed.GetValue(directory)!);
            var counts = TimexEvaluation.Run(path, new TimeRecognizer(TimeLexicon.English()), parsed.GetValue(verbose), context.Out);
            return counts.Gold > 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static Command Ner(CliContext context)
    {
        var file = Corpus("A CoNLL-2003 column file (token POS chunk NER, IOB1), e.g. valid.txt.");
        var command = new Command("ner", "Names against CoNLL-2003: entity-level precision, recall and F1 per type and overall, as conlleval computes them.")
        {
            file,
        };
        command.SetAction(parsed =>
        {
            var path = Existing(parsed.GetValue(file)!);
            NerEvaluation.Run(path, NameModelFile.Load(DataFiles.Default.NameModel), context.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Pos(CliContext context)
    {
        var file = Corpus("A CoNLL-2003 column file whose second column is the Penn Treebank tag.");
        var command = new Command("pos", "Part of speech against CoNLL-2003's POS column: token accuracy and speed.") { file };
        command.SetAction(parsed =>
        {
            var path = Existing(parsed.GetValue(file)!);
            var result = PosEvaluation.Run(PosModel.Load(DataFiles.Default.PosModel), path);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pos: {result.Correct:N0} of {result.Tokens:N0} tokens tagged correctly: accuracy {result.Accuracy * 100:0.00}% ({result.TokensPerSecond:N0} tokens/s)"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Geo(CliContext context)
    {
        var file = Corpus("A geoparsing corpus in the LGL or GeoVirus XML form.");
        var verbose = Verbose();
        var command = new Command("geo", "Places: resolution of the gold names (accuracy within 161 km, mean and median error, AUC) and end-to-end P/R/F1.")
        {
            file, verbose,
        };
        command.SetAction(parsed =>
        {
            var path = Existing(parsed.GetValue(file)!);
            GeoEvaluation.Run(path, Gazetteer.Load(DataFiles.Default.Gazetteer), context.Out, parsed.GetValue(verbose));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Attribution(CliContext context)
    {
        var directory = Corpus("A PolNeAR split: text/ and BRAT .ann files under attributions/ (several annotators are averaged).");
        var verbose = Verbose();
        var command = new Command("attribution", "Quotes against PolNeAR: P/R/F1 of source, cue and content spans, exact and overlapping, and of whole attributions.")
        {
            directory, verbose,
        };
        command.SetAction(parsed =>
        {
            var path = Existing(parsed.GetValue(directory)!);
            AttributionEvaluation.Run(path, PipelineFactory.Create(DataFiles.Default), context.Out, parsed.GetValue(verbose));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Existing(string path) =>
        File.Exists(path) || Directory.Exists(path) ? path : throw new UsageException($"{path}: no such file or directory.");
}
