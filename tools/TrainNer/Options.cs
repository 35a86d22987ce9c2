using System.Globalization;

namespace Chronicle.Tools.TrainNer;

/// <summary>Command-line options of the trainer, with the defaults that built the committed model.</summary>
internal sealed record Options(string Shared, string Out, int Epochs, int Bits, float Prune, int Seed, int Clusters, int Folds, string? Evaluate)
{
    public static Options Parse(string[] args)
    {
        var o = new Options("../shared", "data/ner/ner-model.bin.gz", 15, 21, 0.02f, 20260101, 256, 4, null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var v = args[i + 1];
            var c = CultureInfo.InvariantCulture;
            o = args[i] switch
            {
                "--shared" => o with { Shared = v },
                "--out" => o with { Out = v },
                "--epochs" => o with { Epochs = int.Parse(v, c) },
                "--bits" => o with { Bits = int.Parse(v, c) },
                "--prune" => o with { Prune = float.Parse(v, c) },
                "--seed" => o with { Seed = int.Parse(v, c) },
                "--clusters" => o with { Clusters = int.Parse(v, c) },
                "--folds" => o with { Folds = int.Parse(v, c) },
                "--evaluate" => o with { Evaluate = v },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }
}
