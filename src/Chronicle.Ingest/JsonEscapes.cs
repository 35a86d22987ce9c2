using System.Text.Json;

namespace Chronicle.Ingest;

/// <summary>
/// JSON may escape half a surrogate pair (<c>"\ud800"</c>): valid JSON, but not text, and <c>GetString</c> throws on
/// it. This finds which field did it, so the error can name it.
/// </summary>
public static class JsonEscapes
{
    /// <summary><c>field "NAME"</c> for the first field of <paramref name="item"/> that cannot be read as text.</summary>
    public static string FieldWithLoneSurrogate(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return "a string";
        }

        foreach (var field in item.EnumerateObject())
        {
            string name;
            try
            {
                name = field.Name;
            }
            catch (InvalidOperationException)
            {
                return "a field name";
            }

            try
            {
                _ = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : null;
            }
            catch (InvalidOperationException)
            {
                return $"field \"{Clip(name)}\"";
            }
        }

        return "a string";
    }

    /// <summary>
    /// A name or value from the input as an error may quote it: at most 40 characters, so that an error stays one short
    /// line whatever the input holds.
    /// </summary>
    public static string Clip(string raw) => raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 40), "…");
}
