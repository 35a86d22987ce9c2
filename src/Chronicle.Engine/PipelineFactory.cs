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
        // The files are independent and each load is CPU-bound (gunzip, parse, build tables): loading them side by
        // side is most of start-up on two cores. The slowest loads start first.
        var actors = Task.Run(() => ActorLexicon.Load(data.Actors));
        var names = Task.Run(() => NameModelFile.Load(data.NameModel));
        var gazetteer = Task.Run(() => Gazetteer.Load(data.Gazetteer));
        var attribution = Task.Run(() => AttributionModel.Load(data.AttributionModel));
        var pos = Task.Run(() => PosModel.Load(data.PosModel));
        var rest = Task.Run(() => (
            OrganisationNames.Load(data.Platforms),
            TriggerLexicon.Load(Path.Combine(data.Directory, "events", "triggers.tsv")),
            PartyCountries.Load(Path.Combine(data.Directory, "events", "parties.tsv")),
            ConfidenceModel.Load(data.EventConfidence),
            EventCodeMappings.Load(data.Mappings)));
        Task.WhenAll(actors, names, gazetteer, attribution, pos, rest).GetAwaiter().GetResult();
        var (platforms, triggers, parties, confidence, mappings) = rest.Result;
        return Pipeline.Of(
            new TokenizerStage(new Tokenizer(), new SentenceSplitter()),
            new PosTaggerStage(pos.Result),
            new NameRecognizer(names.Result, platforms),
            new TimeRecognizer(TimeLexicon.English()),
            new QuantityRecognizer(QuantityLexicon.CreateDefault()),
            // The rules first, then the attribution model's other cues (PolNeAR dev: every row at or above the rules
            // alone, whole attributions only just; see data/quotes/README.md).
            new QuoteRecognizer(CueLexicon.English(), attribution.Result),
            new PlaceRecognizer(gazetteer.Result),
            new EntityIdentity(actors.Result, gazetteer.Result),
            new RoleFinder(actors.Result, gazetteer.Result),
            new EventCoder(triggers, gazetteer.Result, actors.Result, parties, confidence),
            new EventCodeMapper(mappings));
    }
}
