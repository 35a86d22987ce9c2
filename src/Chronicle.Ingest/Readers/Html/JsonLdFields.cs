using System.Text.Json;

namespace Chronicle.Ingest.Readers.Html;

/// <summary>The headline and publication date of a page's JSON-LD (schema.org) blocks, <c>@graph</c> included.</summary>
internal sealed class JsonLdFields
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public string? Headline { get; private set; }

    public string? DatePublished { get; private set; }

    /// <summary>Adds what one <c>application/ld+json</c> script says; malformed JSON is ignored.</summary>
    public void Add(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, Options);
            Visit(parsed.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            // Broken structured data is common and not the article: the page's other signals still count.
        }
    }

    private void Visit(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        Headline ??= StringProperty(element, "headline");
        DatePublished ??= StringProperty(element, "datePublished");
        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, depth + 1);
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
