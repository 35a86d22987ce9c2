using Chronicle.Events;
using Chronicle.Events.Coding;
using Chronicle.Recognizers.Names;
using Chronicle.Recognizers.Places;
using Chronicle.Recognizers.Quantities;
using Chronicle.Recognizers.Quotes;
using Chronicle.Recognizers.Quotes.Model;
using Chronicle.Recognizers.Times;
using Chronicle.Resolution;
using Chronicle.Resolution.Actors;
using Chronicle.Resolution.Roles;
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
        var gazetteer = Gazetteer.Load(data.Gazetteer);
        var actors = ActorLexicon.Load(data.Actors);
        return Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(PosModel.Load(data.PosModel)),
            new NameRecognizer(NameModelFile.Load(data.NameModel), OrganisationNames.Load(data.Platforms)),
            new TimeRecognizer(TimeLexicon.English()),
            new QuantityRecognizer(QuantityLexicon.CreateDefault()),
            // The rules first, then the attribution model's other cues (PolNeAR dev: every row at or above the rules
            // alone, whole attributions only just; see data/quotes/README.md).
            new QuoteRecognizer(CueLexicon.English(), AttributionModel.Load(data.AttributionModel)),
            new PlaceRecognizer(gazetteer),
            new EntityIdentity(actors, gazetteer),
            new RoleFinder(actors, gazetteer),
            new EventCoder(TriggerLexicon.Load(Path.Combine(data.Directory, "events", "triggers.tsv")), gazetteer, actors),
            new EventCodeMapper(EventCodeMappings.Load(data.Mappings)));
    }
}
