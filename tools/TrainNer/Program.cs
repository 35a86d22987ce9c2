using System.Diagnostics;
using System.Globalization;
using Chronicle.Evaluation.Ner;
using Chronicle.Recognizers.Names;
using Chronicle.Tools.TrainNer;

// Trains the name model on CoNLL-2003 train, picks the epoch by F1 on valid, writes data/ner/ner-model.bin.gz.
// Usage: TrainNer [--shared DIR] [--out FILE] [--epochs N] [--bits B] [--prune P] [--seed S] [--clusters K] [--folds F] [--evaluate MODEL]
var options = Options.Parse(args);
if (options.Evaluate is not null)
{
    // --evaluate MODEL: measure a trained model on valid only (figures and speed), no training.
    NerEvaluation.Run(Path.Combine(options.Shared, "corpora", "conll2003", "valid.txt"), NameModelFile.Load(options.Evaluate), Console.Out);
    return;
}
var clock = Stopwatch.StartNew();
var lexicons = Path.Combine(options.Shared, "lexicons");
var gazetteer = new GazetteerBuilder();
gazetteer.AddCities(Path.Combine(lexicons, "geonames", "cities500.txt"));
gazetteer.AddCountries(Path.Combine(lexicons, "countries", "countries.json"));
gazetteer.AddActors(Path.Combine(lexicons, "petrarch2", "Phoenix.Countries.actors.txt"), allOrganisations: false);
gazetteer.AddActors(Path.Combine(lexicons, "petrarch2", "Phoenix.International.actors.txt"), allOrganisations: false);
gazetteer.AddActors(Path.Combine(lexicons, "petrarch2", "Phoenix.MilNonState.actors.txt"), allOrganisations: true);
gazetteer.AddReligiousAgents(Path.Combine(lexicons, "petrarch2", "Phoenix.agents.txt"));
gazetteer.AddPlacesAndGroups(Path.Combine(AppContext.BaseDirectory, "places-and-groups.txt"));
Console.WriteLine($"gazetteer: {gazetteer.Phrases.Count:N0} phrases, longest {gazetteer.Longest} words ({clock.Elapsed.TotalSeconds:F1}s)");

var news = new NewsStatistics();
news.AddBbc(Path.Combine(options.Shared, "corpora", "news", "bbc", "news"));
news.AddReuters(Path.Combine(options.Shared, "corpora", "news", "reuters21578"));
var clusters = options.Clusters > 0 ? WordClusters.Build(news.Sentences, options.Clusters, options.Seed) : [];
var words = news.Build(minCount: 2, clusters);
Console.WriteLine($"news: {news.Sentences.Count:N0} sentences, {words.Count:N0} words, {clusters.Count:N0} clustered ({clock.Elapsed.TotalSeconds:F1}s)");

var lexicon = new NameLexicon(gazetteer.Phrases, words, gazetteer.Longest);
var features = new FeatureExtractor(lexicon, options.Bits);
var train = ConllReader.Read(Path.Combine(options.Shared, "corpora", "conll2003", "train.txt"));
var valid = ConllReader.Read(Path.Combine(options.Shared, "corpora", "conll2003", "valid.txt"));
var version = "ner-perceptron-1";
var trainer = new PerceptronTrainer(features, options.Bits);
var (first, firstEpoch) = TrainSelected(null, "first pass");
var (best, bestEpoch) = (first, firstEpoch);
if (options.Folds > 1)
{
    // Stacking: the second pass learns from first-pass names, which on its training documents must come from
    // models that did not see them (else it learns to trust a first pass that is never wrong).
    var hints = new IReadOnlyList<NameSpan>[train.Count];
    for (var fold = 0; fold < options.Folds; fold++)
    {
        var rest = train.Where((_, i) => i % options.Folds != fold).ToList();
        var foldModel = trainer.Train(rest, firstEpoch, options.Seed + fold + 1, version, options.Prune);
        for (var i = fold; i < train.Count; i += options.Folds)
        {
            hints[i] = foldModel.Tag(train[i].Text, train[i].Tokens.AsSpan(), train[i].Sentences.AsSpan());
        }
        Console.WriteLine($"fold {fold + 1}/{options.Folds} tagged ({clock.Elapsed.TotalSeconds:F0}s)");
    }
    (best, bestEpoch) = TrainSelected((hints, first), "second pass");
}

(NameModel Model, int Epoch) TrainSelected((IReadOnlyList<IReadOnlyList<NameSpan>>, NameModel)? stacking, string label)
{
    NameModel? selected = null;
    var selectedF1 = -1.0;
    var selectedEpoch = 0;
    trainer.Train(train, options.Epochs, options.Seed, version, options.Prune, (epoch, model) =>
    {
        var result = NerEvaluation.Score(valid, model);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} epoch {epoch}: valid F1 {result.Overall.F1:F2} (P {result.Overall.Precision:F2} R {result.Overall.Recall:F2}), {model.Weights.Count:N0} rows, {result.TokensPerSecond:N0} tok/s ({clock.Elapsed.TotalSeconds:F0}s)"));
        if (result.Overall.F1 > selectedF1)
        {
            (selected, selectedF1, selectedEpoch) = (model, result.Overall.F1, epoch);
        }
    }, stacking);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: best epoch {selectedEpoch}, valid F1 {selectedF1:F2}"));
    return (selected!, selectedEpoch);
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
using (var file = File.Create(options.Out))
{
    NameModelFile.Save(best, options.Bits, file);
}
Console.WriteLine($"wrote {options.Out}: {new FileInfo(options.Out).Length / 1048576.0:F1} MB ({clock.Elapsed.TotalSeconds:F0}s)");
var reloaded = NameModelFile.Load(options.Out);
NerEvaluation.Run(Path.Combine(options.Shared, "corpora", "conll2003", "valid.txt"), reloaded, Console.Out);
