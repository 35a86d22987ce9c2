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

    /// <summary>The model's version, stored with what it produced.</summary>
    public string Version { get; init; } = "1";

    /// <summary>The probability that two mentions with these features corefer.</summary>
    public double Probability(ReadOnlySpan<double> features)
    {
        double z = 0;
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }
        return 1 / (1 + Math.Exp(-z));
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
        for (var i = 0; i < Weights.Length; i++)
        {
            writer.WriteLine($"weight\t{PairFeatures.Names[i]}\t{Weights[i].ToString("R", c)}");
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
        return new CorefModel([.. weights], threshold, pairs) { Version = version, DocumentThreshold = documentThreshold };
    }
}
