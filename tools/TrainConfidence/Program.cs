// Learns the events' confidence (issue #7): runs today's pipeline over the BBC politics articles whose events were
// read by hand (data/events/confidence/labels.tsv), matches today's events to the labels (same trigger span and type,
// same source and target by the hash of their canonical names; a label whose event is no longer coded so is skipped
// and counted), fits an L2-regularised logistic regression over EventFeatures (Newton's method, deterministic),
// chooses the regularisation by leave-one-set-out cross-validation only, prints the cross-validated figures of the
// model against the hand-set confidence, and writes the weights.
//   dotnet run --project tools/TrainConfidence -c Release -- ../shared data/events/confidence/labels.tsv data/events/confidence/weights.tsv
// The labels file is made once from the lead's reading (conf-labels.jsonl, one event as emitted per line):
//   dotnet run --project tools/TrainConfidence -c Release -- --labels /work/conf-labels.jsonl data/events/confidence/labels.tsv
using System.Globalization;
using Chronicle;
using Chronicle.Engine;
using Chronicle.Events;
using Chronicle.Ingest;
using TrainConfidence;

if (args is ["--labels", var reading, var labelsOut])
{
    var written = ConfidenceLabel.FromReading(reading);
    ConfidenceLabel.Write(labelsOut, written);
    Console.WriteLine($"wrote {written.Count} labels to {labelsOut}");
    return 0;
}

if (args.Length is not (3 or 4))
{
    Console.Error.WriteLine("usage: TrainConfidence SHARED_DIR LABELS.tsv WEIGHTS.tsv [DATA_DIR] | TrainConfidence --labels READING.jsonl LABELS.tsv");
    return 2;
}

var c = CultureInfo.InvariantCulture;
var (shared, labelsPath, weightsPath) = (args[0], args[1], args[2]);
var data = new DataFiles(args.Length == 4 ? args[3] : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(weightsPath))!, "..", ".."));
var labels = ConfidenceLabel.Read(labelsPath);
var pipeline = PipelineFactory.Create(data);
var coder = pipeline.Stages.OfType<EventCoder>().Single();
var readers = Readers.Inputs(ReaderLimits.Default, () => Stream.Null, null);

var samples = new List<Sample>();
var skipped = 0;
foreach (var article in labels.GroupBy(l => l.Article))
{
    var document = readers.Read([Path.Combine(shared, article.Key)]).OfType<DocumentRead>().Single().Document;
    var found = Annotations.Empty;
    foreach (var stage in pipeline.Stages.TakeWhile(s => s != coder))
    {
        found = stage.Run(document, found);
    }

    var (coded, features) = coder.Code(document, found);
    foreach (var label in article)
    {
        var i = coded.Events.IndexOf(coded.Events.FirstOrDefault(e => label.Matches(e))!);
        if (i < 0)
        {
            skipped++;
            continue;
        }

        samples.Add(new Sample(label.Set, features[i], label.Right ? 1 : 0, EventFeatures.HandSet(features[i])));
    }
}

Console.WriteLine($"labels {labels.Count}: matched {samples.Count} ({samples.Sum(s => s.Y)} right), skipped {skipped} (no longer coded with the same trigger, type and actors)");
var sets = samples.Select(s => s.Set).Distinct().Order(StringComparer.Ordinal).ToArray();

// Leave one set out: each set is scored by a model fitted on the other five; the regularisation with the least pooled
// log loss is kept (a fixed grid).
double[] grid = [0.1, 0.3, 1, 3, 10, 30];
var best = (Lambda: 0.0, Loss: double.MaxValue, Predicted: Array.Empty<double>());
foreach (var lambda in grid)
{
    var predicted = new double[samples.Count];
    foreach (var held in sets)
    {
        var train = samples.Where(s => s.Set != held).ToList();
        var w = Logistic.Fit([.. train.Select(s => s.X)], [.. train.Select(s => (double)s.Y)], lambda);
        for (var i = 0; i < samples.Count; i++)
        {
            if (samples[i].Set == held)
            {
                predicted[i] = Math.Round(ConfidenceModel.Probability(w, samples[i].X), 2);
            }
        }
    }

    var loss = Metrics.LogLoss(predicted, samples);
    Console.WriteLine(string.Create(c, $"lambda {lambda,5}: CV log loss {loss:0.0000}, Brier {Metrics.Brier(predicted, samples):0.0000}"));
    if (loss < best.Loss)
    {
        best = (lambda, loss, predicted);
    }
}

var handSet = samples.Select(s => s.HandSet).ToArray();
var report = new List<string>
{
    string.Create(c, $"labels {labels.Count}, matched {samples.Count} ({samples.Sum(s => s.Y)} right), skipped {skipped}; sets {string.Join(' ', sets)}; lambda {best.Lambda} by leave-one-set-out CV"),
    string.Create(c, $"learned (CV): log loss {Metrics.LogLoss(best.Predicted, samples):0.000}, Brier {Metrics.Brier(best.Predicted, samples):0.000}"),
    string.Create(c, $"hand-set:     log loss {Metrics.LogLoss(handSet, samples):0.000}, Brier {Metrics.Brier(handSet, samples):0.000}"),
};
foreach (var floor in (double[])[0.3, 0.4, 0.5, 0.6, 0.75, 0.85])
{
    report.Add($"floor {floor.ToString("0.0#", c)}: learned (CV) {Metrics.Kept(best.Predicted, samples, floor)}; hand-set {Metrics.Kept(handSet, samples, floor)}");
}

report.Add("log loss by held-out set, learned / hand-set: " + string.Join("; ", sets.Select(set =>
{
    var at = samples.Select((s, i) => (s, i)).Where(x => x.s.Set == set).ToList();
    List<Sample> held = [.. at.Select(x => x.s)];
    return string.Create(c, $"{set} {Metrics.LogLoss([.. at.Select(x => best.Predicted[x.i])], held):0.00} / {Metrics.LogLoss([.. at.Select(x => handSet[x.i])], held):0.00} (n {held.Count})");
})));
report.Add("calibration, learned (CV): " + Metrics.Calibration(best.Predicted, samples));
report.Add("calibration, hand-set:     " + Metrics.Calibration(handSet, samples));
report.ForEach(Console.WriteLine);
var weights = Logistic.Fit([.. samples.Select(s => s.X)], [.. samples.Select(s => (double)s.Y)], best.Lambda);
using (var output = new StreamWriter(weightsPath))
{
    output.WriteLine("# The events' confidence: logistic regression over EventFeatures, written by tools/TrainConfidence (see README.md).");
    report.ForEach(line => output.WriteLine("# " + line));
    output.WriteLine("version\tconf-1");
    for (var i = 0; i < weights.Length; i++)
    {
        output.WriteLine($"{EventFeatures.Names[i]}\t{weights[i].ToString("0.0000", c)}");
    }
}

Console.WriteLine($"wrote {weightsPath}");
return 0;

internal sealed record Sample(string Set, double[] X, int Y, double HandSet);
