using System.Globalization;

namespace Chronicle.Contract;

/// <summary>Builds the wire form of an analysis: every span with its surface text, enums in the contract's spelling.</summary>
public static class ArticleMapper
{
    /// <summary>The output contract's object for one analysed article.</summary>
    public static ArticleJson ToWire(Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var document = analysis.Document;
        var text = document.Text;
        var found = analysis.Annotations;
        return new ArticleJson(
            document.Id.Value,
            document.Source,
            document.Title,
            document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            text,
            [.. found.Entities.Select(e => new EntityJson(e.Span.Of(text), e.Span.Start, e.Span.End, WireNames.Of(e.Type), e.Canonical, e.EntityId))],
            [.. found.Times.Select(t => new TimeJson(t.Span.Of(text), t.Span.Start, t.Span.End, WireNames.Of(t.Type), t.Value))],
            [.. found.Quantities.Select(q => ToWire(q, text))],
            [.. found.Places.Select(p => ToWire(p, text))],
            [.. found.Quotes.Select(q => ToWire(q, text))],
            [.. found.Events.Select((e, i) => ToWire(e, i, document, found))],
            document.Metadata.IsEmpty ? null : document.Metadata,
            analysis.PipelineVersion)
        {
            Roles = [.. found.Roles.Select(r => ToWire(r, text, found.Entities[r.Entity]))],
        };
    }

    private static RoleJson ToWire(RoleMention r, string text, EntityMention actor) =>
        new(r.Span.Of(text), r.Span.Start, r.Span.End, actor.Canonical, actor.EntityId, r.Role, r.Affiliation, r.AffiliationId, r.Country, r.Sector);

    private static SpanJson Span(TextSpan span, string text) => new(span.Of(text), span.Start, span.End);

    private static QuantityJson ToWire(Quantity q, string text) =>
        new(q.Span.Of(text), q.Span.Start, q.Span.End, q.Value, q.Low, q.High, WireNames.Of(q.Qualifier), q.Unit);

    private static PlaceJson ToWire(PlaceMention mention, string text)
    {
        var p = mention.Place;
        return new PlaceJson(
            mention.Span.Of(text), mention.Span.Start, mention.Span.End, p.Name, p.GeonameId, p.Country, p.Admin1,
            p.Latitude, p.Longitude, WireNames.Of(p.Precision));
    }

    private static QuoteJson ToWire(Quote q, string text) =>
        new(
            q.Speaker is { } s ? new SpeakerJson(s.Span.Of(text), s.Span.Start, s.Span.End, s.Canonical, s.EntityId) : null,
            Span(q.Cue, text),
            Span(q.Content, text),
            q.Direct,
            WireNames.Of(q.Stance),
            q.Medium,
            q.Speech);

    private static EventJson ToWire(CodedEvent e, int index, Document document, Annotations found)
    {
        var text = document.Text;
        var attribution = e.Quote is int quote && quote < found.Quotes.Length
            ? new AttributionJson(found.Quotes[quote].Speaker?.Canonical, quote)
            : null;
        return new EventJson(
            EventId(document.Id, index),
            WireNames.Of(e.Type),
            e.Mode,
            Span(e.Trigger, text),
            [.. e.Actors.Select(a => new ActorJson(
                WireNames.Of(a.Role), a.Span.Of(text), a.Span.Start, a.Span.End, a.Canonical, a.EntityId, a.Country))],
            e.Place is { } p ? new EventPlaceJson(p.Name, p.GeonameId, p.Country, p.Admin1, p.Latitude, p.Longitude, WireNames.Of(p.Precision)) : null,
            e.Date is { } d ? new EventDateJson(d.Value, WireNames.Of(d.Precision), d.Text) : null,
            e.Counts.ToDictionary(
                c => WireNames.Of(c.Kind),
                c => new CountJson(c.Quantity.Value, c.Quantity.Low, c.Quantity.High, WireNames.Of(c.Quantity.Qualifier), c.Quantity.Span.Of(text))),
            WireNames.Of(e.Modality),
            attribution,
            Span(e.Evidence, text),
            Math.Round(e.Confidence, 3),
            e.ClusterId,
            e.Acled is { } acled ? new AcledJson(acled.EventType, acled.SubEventType) : null,
            e.Cameo);
    }

    /// <summary>An event's id: stable for the same text and the same coder (document id prefix and ordinal).</summary>
    public static string EventId(DocumentId document, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{document.Value[..16]}-{index + 1}");
}
