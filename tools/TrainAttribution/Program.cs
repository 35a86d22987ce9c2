using System.Diagnostics;
using System.Globalization;
using Chronicle;
using Chronicle.Evaluation.Attribution;
using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Recognizers.Times;
using Chronicle.Text;
using Chronicle.Text.Pos;

// Trains the attribution taggers on PolNeAR train and writes data/quotes/attribution.bin.gz; then scores the
// reloaded model on PolNeAR dev with `eval attribution`'s scorer.
// Usage: TrainAttribution [--shared ../shared] [--data data] [--out data/quotes/attribution.bin.gz] [--epochs N] [--seed N]
var shared = Option("--shared", "../shared");
var data = Option("--data", "data");
var output = Option("--out", Path.Combine("data", "quotes", "attribution.bin.gz"));
var options = new AttributionTrainerOptions(
    Epochs: int.Parse(Option("--epochs", "10"), CultureInfo.InvariantCulture),
    Seed: int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture),
    PruneBelow: float.Parse(Option("--prune", "0.05"), CultureInfo.InvariantCulture));

var clock = Stopwatch.StartNew();
var before = Pipeline.Of(
    new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
    new PosTaggerStage(PosModel.Load(Path.Combine(data, "pos", "pos.bin.gz"))),
    new NameRecognizer(NameModelFile.Load(Path.Combine(data, "ner", "ner-model.bin.gz")), OrganisationNames.Load(Path.Combine(data, "ner", "platforms.txt"))),
    new TimeRecognizer(TimeLexicon.English()));
var examples = new List<AttributionExample>();
var articles = PolnearCorpus.Read(Path.Combine(shared, "corpora", "polnear", "train"));
foreach (var article in articles)
{
    var found = before.Run(new Document(article.Name, null, null, article.Text)).Annotations;
    foreach (var annotator in article.Annotations)
    {
        examples.Add(new AttributionExample(article.Text, found, [.. annotator.Select(a => new AttributionSpans(a.Source, a.Cue, a.Content))]));
    }
}
Console.WriteLine(FormattableString.Invariant($"train: {articles.Count} articles, {examples.Count} annotations, {examples.Sum(e => e.Gold.Count)} attributions ({clock.Elapsed.TotalSeconds:0.0} s)"));

var lexicon = CueLexicon.English();
var model = new AttributionTrainer(lexicon, options).Train(examples, epoch =>
    Console.WriteLine(FormattableString.Invariant($"epoch {epoch} ({clock.Elapsed.TotalSeconds:0.0} s)")));
// The cue margin is the one setting chosen on dev (PolNeAR has no other development split): the best mean of the
// three target rows (content and source overlap F1, cue exact F1).
var dev = Path.Combine(shared, "corpora", "polnear", "dev");
var margins = Option("--margins", "0,5,10,20,40").Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)).ToList();
var best = (Margin: margins[0], Score: double.MinValue);
if (Directory.Exists(dev) && margins.Count > 1)
{
    foreach (var margin in margins)
    {
        var trial = Pipeline.Of([.. before.Stages, new QuoteRecognizer(lexicon, model.WithCueMargin(margin))]);
        var rows = AttributionEvaluation.Run(dev, trial, TextWriter.Null).Rows;
        var score = (rows["content overlap"].F1 + rows["source overlap"].F1 + rows["cue exact"].F1) / 3;
        Console.WriteLine(FormattableString.Invariant(
            $"margin {margin}: content {rows["content overlap"].F1:0.0} source {rows["source overlap"].F1:0.0} cue {rows["cue exact"].F1:0.0} whole {rows["attribution"].F1:0.0}"));
        best = score > best.Score ? (margin, score) : best;
    }
}
model = model.WithCueMargin(best.Margin);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var file = File.Create(output))
{
    model.Save(file);
}
var reloaded = AttributionModel.Load(output);
Console.WriteLine(FormattableString.Invariant($"wrote {output}: {new FileInfo(output).Length:N0} bytes, {reloaded.FeatureCount:N0} features, cue margin {reloaded.CueMargin}"));
if (Directory.Exists(dev))
{
    var pipeline = Pipeline.Of([.. before.Stages, new QuoteRecognizer(lexicon, reloaded)]);
    AttributionEvaluation.Run(dev, pipeline, Console.Out, args.Contains("--verbose"));
}
return 0;

string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
