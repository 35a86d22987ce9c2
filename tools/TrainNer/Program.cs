using System.Diagnostics;
using System.Globalization;
using Chronicle.Evaluation.Ner;
using Chronicle.Recognizers.Names;
using Chronicle.Tools.TrainNer;

// Trains the name model on CoNLL-2003 train, picks the epoch by F1 on valid, writes data/ner/ner-model.bin.gz.
// Usage: TrainNer [--shared DIR] [--out FILE] [--epochs N] [--bits B] [--prune P] [--seed S] [--clusters K]
var options = Options.Parse(args);
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
NameModel? best = null;
var bestF1 = -1.0;
var bestEpoch = 0;
var trainer = new PerceptronTrainer(features, options.Bits);
trainer.Train(train, options.Epochs, options.Seed, version, options.Prune, (epoch, model) =>
{
    var result = NerEvaluation.Score(valid, model);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"epoch {epoch}: valid F1 {result.Overall.F1:F2} (P {result.Overall.Precision:F2} R {result.Overall.Recall:F2}), {model.Weights.Count:N0} rows, {result.TokensPerSecond:N0} tok/s ({clock.Elapsed.TotalSeconds:F0}s)"));
    if (result.Overall.F1 > bestF1)
    {
        (best, bestF1, bestEpoch) = (model, result.Overall.F1, epoch);
    }
});
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best epoch {bestEpoch}: valid F1 {bestF1:F2}"));
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Out))!);
using (var file = File.Create(options.Out))
{
    NameModelFile.Save(best!, options.Bits, file);
}
Console.WriteLine($"wrote {options.Out}: {new FileInfo(options.Out).Length / 1048576.0:F1} MB ({clock.Elapsed.TotalSeconds:F0}s)");
var reloaded = NameModelFile.Load(options.Out);
NerEvaluation.Run(Path.Combine(options.Shared, "corpora", "conll2003", "valid.txt"), reloaded, Console.Out);
