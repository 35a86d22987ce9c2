using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Contract;

/// <summary>Source-generated JSON for the output contract: snake_case names, nulls written, no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ArticleJson))]
[JsonSerializable(typeof(IReadOnlyList<ArticleJson>))]
[JsonSerializable(typeof(EventJson))]
[JsonSerializable(typeof(RoleJson))]
public sealed partial class ContractJson : JsonSerializerContext
{
    /// <summary>Pretty-printed, for <c>--format json</c>.</summary>
    public static ContractJson Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    });

    /// <summary>One line of JSON Lines.</summary>
    public static string ToLine(ArticleJson article) => JsonSerializer.Serialize(article, Default.ArticleJson);

    /// <summary>Reads an article back, as stored.</summary>
    public static ArticleJson? FromJson(string json) => JsonSerializer.Deserialize(json, Default.ArticleJson);
}
