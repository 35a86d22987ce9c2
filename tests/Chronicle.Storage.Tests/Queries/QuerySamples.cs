using System.Collections.Immutable;

namespace Chronicle.Storage.Tests.Queries;

/// <summary>
/// Three invented articles with hand-coded events: two reports of one march in a city (one cluster) and a shelling
/// elsewhere, stored the same way in every kind of store the query tests run on.
/// </summary>
internal static class QuerySamples
{
    public const string MarchText = "Thousands of teachers marched through Lyon on Tuesday to demand higher pay, organisers said.";
    public const string MarchAgainText = "About 5,000 teachers marched in Lyon on Tuesday, police said, in a protest over wages.";
    public const string ShellingText = "Artillery shelled the town of Velmora on Friday, killing 12 people, the regional governor said.";

    public static Place Lyon { get; } = new("Lyon", 2996944, "FR", "84", 45.75, 4.85, GeoPrecision.City);

    public static Place Velmora { get; } = new("Velmora", 9999001, "UA", "12", 48.5, 35.0, GeoPrecision.City);

    public static IReadOnlyList<Analysis> Articles { get; } =
    [
        Analysed("https://example.org/march", "Teachers march for pay", new DateOnly(2024, 3, 5), MarchText,
            Event(MarchText, PloverType.Protest, "demonstrate", "marched", Lyon, "2024-03-05", 0.9, "c-march",
                Actor(MarchText, "teachers", ActorRole.Source, "Teachers", null, "FR"))),
        Analysed("https://example.net/lyon", "Lyon teachers protest", new DateOnly(2024, 3, 6), MarchAgainText,
            Event(MarchAgainText, PloverType.Protest, "demonstrate", "marched", Lyon, "2024-03-05", 0.8, "c-march",
                Actor(MarchAgainText, "teachers", ActorRole.Source, "Teachers", null, "FR"))),
        Analysed("https://example.com/shelling", "Town shelled", new DateOnly(2024, 4, 13), ShellingText,
            Event(ShellingText, PloverType.Assault, "aerial", "shelled", Velmora, "2024-04-12", 0.7, null,
                Actor(ShellingText, "Artillery", ActorRole.Source, "Artillery", "e-artillery", null),
                Actor(ShellingText, "the town of Velmora", ActorRole.Target, "Velmora", null, "UA"))),
    ];

    private static Analysis Analysed(string source, string title, DateOnly published, string text, CodedEvent coded) =>
        new(new Document(source, title, published, text), Annotations.Empty with { Events = [coded] }, "test@1");

    private static CodedEvent Event(
        string text, PloverType type, string mode, string trigger, Place place, string date, double confidence, string? cluster,
        params EventActor[] actors)
    {
        var at = text.IndexOf(trigger, StringComparison.Ordinal);
        return new CodedEvent(type, mode, new TextSpan(at, at + trigger.Length), new TextSpan(0, text.Length), [.. actors], place,
            new EventDate(date, DatePrecision.Day, "Tuesday"), ImmutableArray<EventCount>.Empty, Modality.Asserted, null, confidence)
        {
            ClusterId = cluster,
            Acled = type == PloverType.Protest ? new AcledType("Protests", "Peaceful protest") : new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        };
    }

    private static EventActor Actor(string text, string words, ActorRole role, string canonical, string? entityId, string? country)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return new EventActor(role, new TextSpan(at, at + words.Length), canonical, entityId, country);
    }
}
