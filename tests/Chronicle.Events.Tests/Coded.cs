using Chronicle.Engine;
using Chronicle.Testing;

namespace Chronicle.Events.Tests;

/// <summary>Runs invented sentences through the real pipeline (models and lexicons from the repository's data/).</summary>
internal static class Coded
{
    private static readonly Lazy<Pipeline> Pipeline = new(() => PipelineFactory.Create(new DataFiles(Path.Combine(RepositoryPaths.Root, "data"))));

    public static (string Text, IReadOnlyList<CodedEvent> Events) Run(string text, DateOnly? published = null)
    {
        var analysis = Pipeline.Value.Run(new Document("test.txt", null, published ?? new DateOnly(2024, 3, 15), text));
        return (text, analysis.Annotations.Events);
    }

    public static string Of(this TextSpan span, (string Text, IReadOnlyList<CodedEvent> Events) run) => span.Of(run.Text);

    public static CodedEvent Single(this (string Text, IReadOnlyList<CodedEvent> Events) run, PloverType type)
    {
        var found = run.Events.Where(e => e.Type == type).ToList();
        found.Count.ShouldBe(1, $"events: {string.Join("; ", run.Events.Select(e => e.Type + " " + e.Trigger.Of(run.Text)))}");
        return found[0];
    }

    public static IEnumerable<string> Texts(this CodedEvent e, ActorRole role, string text) =>
        e.Actors.Where(a => a.Role == role).Select(a => a.Span.Of(text));
}
