using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Quantities;
using Chronicle.Recognizers.Times;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Engine;

/// <summary>Builds Chronicle's default pipeline once from the data directory; the result is shared by every thread.</summary>
public static class PipelineFactory
{
    /// <summary>The directory holding <c>data/</c>: beside the running binary, where the build copies it.</summary>
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The full pipeline: text, recognisers, events.</summary>
    public static Pipeline Create(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var pos = PosModel.Load(Path.Combine(dataDirectory, "pos", "pos.bin.gz"));
        var names = NameModelFile.Load(Path.Combine(dataDirectory, "ner", "ner-model.bin.gz"));
        return Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(pos),
            new NameRecognizer(names, OrganisationNames.Load(Path.Combine(dataDirectory, "ner", "platforms.txt"))),
            new TimeRecognizer(TimeLexicon.English()),
            new QuantityRecognizer(QuantityLexicon.CreateDefault()));
    }
}
