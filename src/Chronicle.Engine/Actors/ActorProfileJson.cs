using System.Text.Json.Serialization;

namespace Chronicle.Engine.Actors;

/// <summary>Source-generated JSON for actor profiles, snake_case like the output contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ActorProfile))]
public sealed partial class ActorProfileJson : JsonSerializerContext;
