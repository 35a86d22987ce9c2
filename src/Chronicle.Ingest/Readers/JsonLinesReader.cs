using System.Collections.Immutable;
using System.Text.Json;

namespace Chronicle.Ingest.Readers;

/// <summary>
/// JSON Lines: one article per line as <c>{"url","title","published","text"}</c>; other fields are kept as metadata.
/// A document's source is its <c>url</c>, else <c>FILE:LINE</c>. A bad line is an error of that line only.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <inheritdoc />
    public string Format => "jsonl";

    /// <inheritdoc />
    public bool ClaimsExtension(string extension) => extension is ".jsonl" or ".ndjson" or ".json";

    /// <inheritdoc />
    public bool RecognizesContent(ReadOnlySpan<byte> head)
    {
        var trimmed = (head.StartsWith(TextDecoding.Utf8Bom) ? head[3..] : head).TrimStart(" \t\r\n"u8);
        return !trimmed.IsEmpty && trimmed[0] == (byte)'{';
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(string source, Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var any = false;
        foreach (var line in LineReader.Lines(content, limits.MaxDocumentBytes))
        {
            var where = $"{source}:{line.Number}";
            if (line.TooLong)
            {
                any = true;
                yield return new ReadFailure(where, $"line longer than the {BoundedRead.Describe(limits.MaxDocumentBytes)} limit");
                continue;
            }

            var bytes = line.Number == 1 && line.Bytes.AsSpan().StartsWith(TextDecoding.Utf8Bom) ? line.Bytes[3..] : line.Bytes;
            if (bytes.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            any = true;
            yield return ParseLine(where, bytes);
        }

        if (!any)
        {
            yield return new ReadFailure(source, "empty input: no JSON lines");
        }
    }

    private static ReadResult ParseLine(string where, byte[] bytes)
    {
        if (!TextDecoding.TryDecode(bytes, out var json, out var error))
        {
            return new ReadFailure(where, error!);
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return new ReadFailure(where, $"malformed JSON: {FirstLine(e.Message)}");
        }

        using (parsed)
        {
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new ReadFailure(where, $"expected a JSON object, found {parsed.RootElement.ValueKind}");
            }

            try
            {
                return ReadArticle(where, parsed.RootElement);
            }
            catch (InvalidOperationException)
            {
                // GetString refuses a \u escape that is half a surrogate pair ("\ud800"): valid JSON, invalid text.
                return new ReadFailure(where, $"{JsonEscapes.FieldWithLoneSurrogate(parsed.RootElement)} has a \\u escape that is half a surrogate pair, not a character");
            }
        }
    }

    private static ReadResult ReadArticle(string where, JsonElement article)
    {
        string? url = null, title = null, text = null;
        DateOnly? published = null;
        var metadata = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var field in article.EnumerateObject())
        {
            var value = field.Value;
            switch (field.Name)
            {
                case "url" or "title" or "text" when value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null):
                    return new ReadFailure(where, $"field \"{field.Name}\" must be a string, found {value.ValueKind}");
                case "url":
                    url = value.GetString();
                    break;
                case "title":
                    title = value.GetString();
                    break;
                case "text":
                    text = value.GetString();
                    break;
                case "published":
                    if (value.ValueKind == JsonValueKind.Null)
                    {
                        break;
                    }

                    if (value.ValueKind != JsonValueKind.String || !PublicationDate.TryParse(value.GetString(), out var date))
                    {
                        return new ReadFailure(where, $"field \"published\" is not a date: {Clip(value.GetRawText())}");
                    }

                    published = date;
                    break;
                default:
                    metadata[field.Name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReadFailure(where, text is null ? "missing field \"text\"" : "field \"text\" is empty");
        }

        var unstorable = StorableText.Problem(text, "field \"text\"") ?? StorableText.Problem(title, "field \"title\"")
            ?? StorableText.Problem(url, "field \"url\"")
            ?? metadata.Select(m => StorableText.Problem(m.Value, $"field \"{Clip(m.Key)}\"")).FirstOrDefault(p => p is not null);
        if (unstorable is not null)
        {
            return new ReadFailure(where, unstorable);
        }

        var body = TextDecoding.NormalizeNewlines(text.AsSpan().Trim());
        var source = string.IsNullOrWhiteSpace(url) ? where : url.Trim();
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        return new DocumentRead(new Document(source, cleanTitle, published, body, metadata.ToImmutable()));
    }

    private static string Clip(string raw) => JsonEscapes.Clip(raw);

    // The parser quotes the token it could not read (a line of prose starting with `n` is read as a literal `null`
    // that runs to the end of the line): the error keeps the first line of its message, at most 160 characters.
    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        var line = end < 0 ? message : message[..end].TrimEnd();
        return line.Length <= 160 ? line : string.Concat(line.AsSpan(0, 160), "…");
    }
}
