using Chronicle.Events;
using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Places;
using Chronicle.Recognizers.Quantities;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Times;
using Chronicle.Resolution;
using Chronicle.Text;
using Chronicle.Text.Pos;

namespace Chronicle.Engine;

/// <summary>Builds Chronicle's default pipeline once from the data files; the result is shared by every thread.</summary>
public static class PipelineFactory
{
    /// <summary>The full pipeline: text, recognisers, events.</summary>
    public static Pipeline Create(DataFiles data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(PosModel.Load(data.PosModel)),
            new NameRecognizer(NameModelFile.Load(data.NameModel), OrganisationNames.Load(data.Platforms)),
            new TimeRecognizer(TimeLexicon.English()),
            new QuantityRecognizer(QuantityLexicon.CreateDefault()),
            // The attribution model stays off: on PolNeAR dev it raises content, source and cue F1 but not whole
            // attributions over the rules alone (42.5 vs 42.7); see data/quotes/README.md.
            new QuoteRecognizer(CueLexicon.English(), model: null),
            new PlaceRecognizer(Gazetteer.Load(data.Gazetteer)),
            new EntityIdentity(),
            new EventCoder());
    }
}
