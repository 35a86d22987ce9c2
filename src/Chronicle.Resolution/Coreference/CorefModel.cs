using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;

namespace Chronicle.Resolution.Coreference;

/// <summary>
/// The pairwise event coreference model: logistic-regression weights over <see cref="PairFeatures"/>, the
/// lemma-pair table behind two of them, and the average-link threshold tuned on training topics.
/// Saved as gzipped tab-separated lines by tools/TrainCoref.
/// </summary>
/// <param name="Weights">One weight per feature, in <see cref="PairFeatures.Names"/> order.</param>
/// <param name="Threshold">Clusters whose mean pair probability is at least this are merged.</param>
/// <param name="Pairs">Training counts of trigger lemma pairs.</param>
public sealed record CorefModel(ImmutableArray<double> Weights, double Threshold, LemmaPairTable Pairs)
{
    /// <summary>Documents whose mean tf-idf cosine is at least this are grouped as one story.</summary>
    public double DocumentThreshold { get; init; } = 0.2;

    /// <summary>Boosted trees added to the linear score (the conjunctions of features it misses); may be empty.</summary>
    public ImmutableArray<RegressionTree> Trees { get; init; } = [];

    /// <summary>Weights over <see cref="NeighbourFeatures"/> that rescore the pair probabilities; empty for none.</summary>
    public ImmutableArray<double> NeighbourWeights { get; init; } = [];

    /// <summary>A mention left alone joins its best partner's cluster at this pair probability (above 1: never).</summary>
    public double SingletonThreshold { get; init; } = 2;

    /// <summary>Weights over <see cref="ClusterMerge"/> features for the second pass that joins clusters; empty for none.</summary>
    public ImmutableArray<double> ClusterWeights { get; init; } = [];

    /// <summary>The second pass joins two clusters at this probability.</summary>
    public double ClusterThreshold { get; init; } = 2;

    /// <summary>How clusters are scored from their pairs when they are joined.</summary>
    public Linkage Linkage { get; init; } = Linkage.Average;

    /// <summary>When true, mentions of documents of different stories never corefer (resolution within stories).</summary>
    public bool SplitStories { get; init; }

    /// <summary>The index of the same-story feature, for callers that score feature rows themselves.</summary>
    public static int SameStoryFeature => PairFeatures.SameStory;

    /// <summary>Trigger synonyms and hypernyms (not saved with the model: a file of its own beside it).</summary>
    public EventWordNet WordNet { get; init; } = EventWordNet.Empty;

    /// <summary>The file name of the WordNet extract, looked for beside the model.</summary>
    public const string WordNetFile = "wordnet-events.tsv.gz";

    /// <summary>The model's version, stored with what it produced.</summary>
    public string Version { get; init; } = "1";

    /// <summary>The names of the pair features, in weight order.</summary>
    public static IReadOnlyList<string> FeatureNames => PairFeatures.Names;

    /// <summary>The probability that two mentions with these features corefer.</summary>
    public double Probability(ReadOnlySpan<double> features) => 1 / (1 + Math.Exp(-Margin(features)));

    /// <summary>The log-odds that two mentions with these features corefer.</summary>
    public double Margin(ReadOnlySpan<double> features)
    {
        double z = 0;
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }
        foreach (var tree in Trees)
        {
            z += tree.Evaluate(features);
        }
        return z;
    }

    /// <summary>Writes the model.</summary>
    public void Save(string path)
    {
        using var stream = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(stream) { NewLine = "\n" };
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine("version\t" + Version);
        writer.WriteLine("threshold\t" + Threshold.ToString("R", c));
        writer.WriteLine("document_threshold\t" + DocumentThreshold.ToString("R", c));
        writer.WriteLine("split_stories\t" + (SplitStories ? "1" : "0"));
        writer.WriteLine("singleton_threshold\t" + SingletonThreshold.ToString("R", c));
        writer.WriteLine("linkage\t" + (Linkage == Linkage.Complete ? "complete" : "average"));
        for (var i = 0; i < Weights.Length; i++)
        {
            writer.WriteLine($"weight\t{PairFeatures.Names[i]}\t{Weights[i].ToString("R", c)}");
        }
        for (var i = 0; i < NeighbourWeights.Length; i++)
        {
            writer.WriteLine($"neighbour\t{NeighbourFeatures.Names[i]}\t{NeighbourWeights[i].ToString("R", c)}");
        }
        if (!ClusterWeights.IsDefaultOrEmpty)
        {
            writer.WriteLine("cluster_threshold\t" + ClusterThreshold.ToString("R", c));
        }
        for (var i = 0; i < ClusterWeights.Length; i++)
        {
            writer.WriteLine($"cluster\t{ClusterMerge.Names[i]}\t{ClusterWeights[i].ToString("R", c)}");
        }
        foreach (var tree in Trees)
        {
            writer.WriteLine("tree\t" + tree.Format());
        }
        foreach (var entry in Pairs.Entries)
        {
            writer.WriteLine("pair\t" + LemmaPairTable.Format(entry));
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static CorefModel Load(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var c = CultureInfo.InvariantCulture;
        var weights = new double[PairFeatures.Count];
        var pairs = new LemmaPairTable();
        double threshold = 0.5, documentThreshold = 0.2;
        var version = "1";
        var trees = new List<RegressionTree>();
        var split = false;
        var linkage = Linkage.Average;
        var neighbours = new List<double>();
        var singleton = 2.0;
        var clusterWeights = new List<double>();
        var clusterThreshold = 2.0;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "version":
                    version = f[1];
                    break;
                case "threshold":
                    threshold = double.Parse(f[1], c);
                    break;
                case "document_threshold":
                    documentThreshold = double.Parse(f[1], c);
                    break;
                case "weight":
                    var index = Array.IndexOf(PairFeatures.Names, f[1]);
                    if (index < 0)
                    {
                        throw new InvalidDataException($"{path}: unknown feature {f[1]}.");
                    }
                    weights[index] = double.Parse(f[2], c);
                    break;
                case "split_stories":
                    split = f[1] == "1";
                    break;
                case "linkage":
                    linkage = f[1] == "complete" ? Linkage.Complete : Linkage.Average;
                    break;
                case "singleton_threshold":
                    singleton = double.Parse(f[1], c);
                    break;
                case "neighbour":
                    if (f[1] != NeighbourFeatures.Names[neighbours.Count])
                    {
                        throw new InvalidDataException($"{path}: unexpected neighbour feature {f[1]}.");
                    }
                    neighbours.Add(double.Parse(f[2], c));
                    break;
                case "cluster_threshold":
                    clusterThreshold = double.Parse(f[1], c);
                    break;
                case "cluster":
                    if (f[1] != ClusterMerge.Names[clusterWeights.Count])
                    {
                        throw new InvalidDataException($"{path}: unexpected cluster feature {f[1]}.");
                    }
                    clusterWeights.Add(double.Parse(f[2], c));
                    break;
                case "tree":
                    trees.Add(RegressionTree.Parse(f[1]));
                    break;
                case "pair":
                    var coreferent = int.Parse(f[3], c);
                    var total = int.Parse(f[4], c);
                    pairs.Add(f[1], f[2], true, coreferent);
                    pairs.Add(f[1], f[2], false, total - coreferent);
                    break;
                default:
                    throw new InvalidDataException($"{path}: unexpected line '{f[0]}'.");
            }
        }
        var wordNet = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", WordNetFile);
        return new CorefModel([.. weights], threshold, pairs)
        {
            Version = version,
            DocumentThreshold = documentThreshold,
            Trees = [.. trees],
            SplitStories = split,
            Linkage = linkage,
            NeighbourWeights = [.. neighbours],
            SingletonThreshold = singleton,
            ClusterWeights = [.. clusterWeights],
            ClusterThreshold = clusterThreshold,
            WordNet = File.Exists(wordNet) ? EventWordNet.Load(wordNet) : EventWordNet.Empty,
        };
    }
}
