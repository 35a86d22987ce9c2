using System.Globalization;
using Chronicle.Text.Learning;
using Chronicle.Text.Pos;

// Trains the part-of-speech model on the POS column of CoNLL-2003 and writes data/pos/.
// Usage: TrainPos CORPUS_DIR OUTPUT_DIR [--clusters FILE] [--lexicon FILE] [--version V] [--unlabeled DIR[,DIR]] [--rounds N]
//   [--epochs N] [--prune W] [--holdout] [--errors] [--dump FILE] [--spot FILE [--show]] [--lexicon-max N] [--dictionary-all]
// TrainPos --score MODEL --spot FILE [--show] [--valid CONLL_FILE]: scores an existing model without training.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: TrainPos CORPUS_DIR OUTPUT_DIR [--epochs N]");
    return 2;
}

var spotAt = Array.IndexOf(args, "--spot");
if (args[0] == "--score")
{
    var scored = PosModel.Load(args[1]);
    PrintSpotChecks(scored, args[spotAt + 1], args.Contains("--show"));
    var validAt = Array.IndexOf(args, "--valid");
    if (validAt >= 0)
    {
        var result = PosEvaluation.Run(scored, args[validAt + 1]);
        Console.WriteLine(FormattableString.Invariant($"valid accuracy {result.Accuracy:P2} ({result.Correct}/{result.Tokens})"));
    }

    return 0;
}

var corpus = args[0];
var output = args[1];
var epochsAt = Array.IndexOf(args, "--epochs");
var options = new PosTrainerOptions();
if (epochsAt >= 0)
{
    options = options with { Epochs = int.Parse(args[epochsAt + 1], CultureInfo.InvariantCulture) };
}

var pruneAt = Array.IndexOf(args, "--prune");
if (pruneAt >= 0)
{
    options = options with { PruneBelow = float.Parse(args[pruneAt + 1], CultureInfo.InvariantCulture) };
}

var train = ConllPosReader.Read(Path.Combine(corpus, "train.txt")).ToList();
var valid = ConllPosReader.Read(Path.Combine(corpus, "valid.txt")).ToList();
Console.WriteLine(FormattableString.Invariant($"train: {train.Count} sentences, {train.Sum(s => s.Tokens.Length)} tokens; valid: {valid.Count} sentences"));

// --holdout: every tenth training sentence is held out and scored after each epoch, so that the number of
// epochs and the feature set are chosen on training data, never on valid.txt (which is only reported at the end).
var holdout = args.Contains("--holdout");
var dev = holdout ? train.Where((_, i) => i % 10 == 9).ToList() : [];
if (holdout)
{
    train = [.. train.Where((_, i) => i % 10 != 9)];
}

// --clusters FILE: word classes from unlabelled news (data/clusters/clusters.tsv.gz), stored in the model.
var clustersAt = Array.IndexOf(args, "--clusters");
var clusters = clustersAt >= 0 ? WordClusters.Load(args[clustersAt + 1]) : null;
// --lexicon FILE: each word's possible tags by a lexicon (data/pos/lexicon.tsv.gz), stored in the model.
var lexiconAt = Array.IndexOf(args, "--lexicon");
var lexicon = lexiconAt >= 0 ? PosLexicon.Load(args[lexiconAt + 1]) : null;
// --dictionary-all: frequent words enter the tag dictionary even when the lexicon gives them several tags.
if (args.Contains("--dictionary-all"))
{
    options = options with { DictionaryUnambiguousOnly = false };
}

var lexiconMaxAt = Array.IndexOf(args, "--lexicon-max");
if (lexiconMaxAt >= 0)
{
    options = options with { LexiconMaxCount = int.Parse(args[lexiconMaxAt + 1], CultureInfo.InvariantCulture) };
}

var versionAt = Array.IndexOf(args, "--version");
if (versionAt >= 0)
{
    options = options with { Version = args[versionAt + 1] };
}

// --unlabeled DIR[,DIR]: a first model tags the plain news there (*.txt files, and the <BODY> of Reuters *.sgm files);
// each frequent word's most frequent tag becomes a feature of the final model (see WordProfiles). --rounds N: the
// profiled model tags the news again for better profiles, N rounds in all.
var profiles = WordProfiles.None;
var unlabeledAt = Array.IndexOf(args, "--unlabeled");
if (unlabeledAt >= 0)
{
    var roundsAt = Array.IndexOf(args, "--rounds");
    var rounds = roundsAt >= 0 ? int.Parse(args[roundsAt + 1], CultureInfo.InvariantCulture) : 1;
    var texts = args[unlabeledAt + 1].Split(',').SelectMany(UnlabeledTexts).ToList();
    for (var round = 1; round <= rounds; round++)
    {
        var first = new PosTrainer(options).Train(train, clusters, profiles, lexicon);
        profiles = WordProfiles.Build(first, texts, options.ProfileMinCount, options.ProfileMinShare);
        Console.WriteLine(FormattableString.Invariant($"round {round} profiles: {profiles.Count} words from {texts.Count} texts"));
    }
}

var model = new PosTrainer(options).Train(train, clusters, profiles, lexicon, (epoch, model) =>
{
    if (holdout)
    {
        var result = PosEvaluation.Run(model, dev);
        Console.WriteLine(FormattableString.Invariant(
            $"epoch {epoch}: held-out accuracy {result.Accuracy:P2} ({result.Correct}/{result.Tokens}), {model.FeatureCount} features"));
    }
    else
    {
        Console.WriteLine(FormattableString.Invariant($"epoch {epoch}: {model.FeatureCount} features"));
    }
});

Directory.CreateDirectory(output);
var path = Path.Combine(output, "pos.bin.gz");
using (var file = File.Create(path))
{
    model.Save(file);
}

var reloaded = PosModel.Load(path);
var final = PosEvaluation.Run(reloaded, valid);
Console.WriteLine(FormattableString.Invariant(
    $"final (reloaded {path}, {new FileInfo(path).Length:N0} bytes): valid accuracy {final.Accuracy:P2} ({final.Correct}/{final.Tokens}), {final.TokensPerSecond:N0} tokens/s, {reloaded.FeatureCount} features, {reloaded.DictionaryCount} dictionary words, {reloaded.ClassCount} word classes, {reloaded.ProfileCount} profiles, {reloaded.LexiconCount} lexicon words"));
if (spotAt >= 0)
{
    PrintSpotChecks(reloaded, args[spotAt + 1], args.Contains("--show"));
}

if (args.Contains("--errors"))
{
    PrintConfusions(reloaded, valid);
}

var dumpAt = Array.IndexOf(args, "--dump");
if (dumpAt >= 0)
{
    Dump(reloaded, valid, args[dumpAt + 1]);
}

return 0;

// --spot FILE: the tags of the marked words of hand-written sentences (tests/specs/pos-spot.txt), and every miss;
// --show: every sentence as tagged.
static void PrintSpotChecks(PosModel model, string path, bool show)
{
    var results = PosSpotCheck.Run(model, PosSpotCheck.Read(path));
    var correct = results.Count(r => r.Gold == r.Guess);
    Console.WriteLine(FormattableString.Invariant($"spot checks {path}: {100.0 * correct / results.Count:F1} % ({correct}/{results.Count})"));
    Console.WriteLine(string.Join("; ", results.Where(r => r.Gold != r.Guess).Select(r => $"{r.Word} {r.Gold}>{r.Guess}")));
    if (show)
    {
        var tokenizer = new Chronicle.Text.Tokenizer();
        foreach (var check in PosSpotCheck.Read(path))
        {
            var tokens = tokenizer.Tokenize(check.Text);
            var tags = new byte[tokens.Length];
            model.Tag(check.Text, tokens.AsSpan(), tags);
            Console.WriteLine(string.Join(' ', tokens.Select((t, i) => t.Span.Of(check.Text) + "/" + model.Tags[tags[i]])));
        }
    }
}

static void PrintConfusions(PosModel model, List<TaggedSentence> sentences)
{
    var confusions = new Dictionary<(string Gold, string Guess), int>();
    var words = new Dictionary<string, int>();
    var predicted = new byte[512];
    foreach (var sentence in sentences)
    {
        model.Tag(sentence.Text, sentence.Tokens.AsSpan(), predicted);
        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            var guess = model.Tags[predicted[i]];
            if (guess != sentence.Tags[i])
            {
                confusions[(sentence.Tags[i], guess)] = confusions.GetValueOrDefault((sentence.Tags[i], guess)) + 1;
                var key = sentence.Tokens[i].Span.Of(sentence.Text) + " " + sentence.Tags[i] + ">" + guess;
                words[key] = words.GetValueOrDefault(key) + 1;
            }
        }
    }

    foreach (var ((gold, guess), count) in confusions.OrderByDescending(c => c.Value).Take(20))
    {
        Console.WriteLine(FormattableString.Invariant($"  gold {gold} tagged {guess}: {count}"));
    }

    Console.WriteLine(string.Join("; ", words.OrderByDescending(c => c.Value).Take(40).Select(w => $"{w.Key} {w.Value}")));
}

// Writes "word gold guess" per token, a blank line between sentences, for error analysis.
static void Dump(PosModel model, List<TaggedSentence> sentences, string path)
{
    using var writer = new StreamWriter(path);
    var predicted = new byte[512];
    foreach (var sentence in sentences)
    {
        model.Tag(sentence.Text, sentence.Tokens.AsSpan(), predicted);
        for (var i = 0; i < sentence.Tokens.Length; i++)
        {
            writer.WriteLine(FormattableString.Invariant($"{sentence.Tokens[i].Span.Of(sentence.Text)} {sentence.Tags[i]} {model.Tags[predicted[i]]}"));
        }

        writer.WriteLine();
    }
}

// Plain texts under a folder, in a fixed order: *.txt whole, and each <BODY> of *.sgm (Reuters-21578).
static IEnumerable<string> UnlabeledTexts(string folder)
{
    foreach (var file in Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
    {
        if (file.EndsWith(".txt", StringComparison.Ordinal) && !Path.GetFileName(file).StartsWith("SOURCE", StringComparison.Ordinal))
        {
            yield return File.ReadAllText(file);
        }
        else if (file.EndsWith(".sgm", StringComparison.Ordinal))
        {
            var sgml = File.ReadAllText(file, System.Text.Encoding.Latin1);
            for (var at = sgml.IndexOf("<BODY>", StringComparison.Ordinal); at >= 0; at = sgml.IndexOf("<BODY>", at + 6, StringComparison.Ordinal))
            {
                var end = sgml.IndexOf("</BODY>", at, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                yield return System.Net.WebUtility.HtmlDecode(sgml[(at + 6)..end]);
            }
        }
    }
}
