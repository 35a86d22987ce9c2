using System.Collections.Immutable;

namespace Chronicle.Recognizers.Places;

/// <summary>
/// The places stage: finds place names (from the names stage's GPE/LOC mentions, else by gazetteer
/// matching) and resolves them together, filling <see cref="Annotations.Places"/>. A capital used for its
/// government (<c>Moscow says</c>) still resolves here; <see cref="MetonymyDetector"/> tells the event coder
/// to read it as an actor.
/// </summary>
public sealed class PlaceRecognizer(Gazetteer gazetteer) : IStage
{
    private readonly ToponymFinder finder = new(gazetteer);
    private readonly PlaceResolver resolver = new(gazetteer);

    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public string Version => "places-2/" + gazetteer.Version;

    /// <inheritdoc />
    public Annotations Run(Document document, Annotations found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(found);
        var spans = finder.Find(document.Text, found.Entities);
        var places = resolver.Resolve(document.Text, spans);
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            if (places[i] is { } place)
            {
                mentions.Add(new PlaceMention(spans[i], place));
            }
        }

        // `Dar-es-Salaam` read as a person's name is the place the gazetteer found, for the stages after this one too.
        var entities = found.Entities;
        for (var i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            if (e.Type is EntityType.Person or EntityType.Org && finder.HyphenatedPlace(document.Text.AsSpan(e.Span.Start, e.Span.Length))
                && mentions.Any(m => m.Span == e.Span))
            {
                entities = entities.SetItem(i, e with { Type = EntityType.Gpe });
            }
        }

        return found with { Places = mentions.ToImmutable(), Entities = entities };
    }
}
