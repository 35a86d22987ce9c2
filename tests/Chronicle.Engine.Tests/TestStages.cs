namespace Chronicle.Engine.Tests;

/// <summary>A stage that throws on documents whose text contains a marker: a stand-in for a bug.</summary>
internal sealed class ThrowsOn(string marker) : IStage
{
    public string Name => "throws";

    public string Version => "1";

    public Annotations Run(Document document, Annotations found) =>
        document.Text.Contains(marker, StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : found;
}

/// <summary>A stage that takes longer on earlier documents, so parallel runs finish out of order.</summary>
internal sealed class SlowerFirst : IStage
{
    public string Name => "slow";

    public string Version => "1";

    public Annotations Run(Document document, Annotations found)
    {
        Thread.Sleep(Math.Max(0, 20 - int.Parse(document.Text, System.Globalization.CultureInfo.InvariantCulture)));
        return found;
    }
}

/// <summary>Codes the events it is given for each text, as a coder would have: a controlled stand-in for the event stages.</summary>
internal sealed class FixedEvents(IReadOnlyDictionary<string, CodedEvent[]> events) : IStage
{
    public string Name => "fixed-events";

    public string Version => "1";

    public Annotations Run(Document document, Annotations found) =>
        events.TryGetValue(document.Text, out var coded) ? found with { Events = [.. coded] } : found;
}
