using System.Globalization;
using System.Text.Json;
using Chronicle.Ingest;
using Chronicle.Storage.Queries;
using Chronicle.Web.Hosting;
using Chronicle.Web.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Chronicle.Web.Api;

/// <summary><c>/api/documents</c>: stored articles, one article with its annotations, and posting new articles (token).</summary>
internal static class DocumentsApi
{
    /// <summary>Articles one post may carry.</summary>
    public const int MaxArticlesPerPost = 500;

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", ListAsync).WithName("ListDocuments").WithTags("documents")
            .WithSummary("Articles: from/to bound the publication date, q searches title and text; sort=published|ingested|title.");
        api.MapGet("/documents/{id}", GetAsync).WithName("GetDocument").WithTags("documents")
            .WithSummary("One article with its text, annotations, events and sources.");
        api.MapPost("/documents", PostAsync).WithName("PostDocuments").WithTags("documents")
            .WithSummary("Analyse and store articles posted as JSON ({url,title,published,text} or an array); needs the operator's token.");
        return api;
    }

    private static readonly CsvTable<DocumentSummary> Csv = new("documents.csv",
        ["id", "source", "title", "published", "ingested_at", "events"],
        d => [d.Id, d.Source, d.Title, d.Published, d.IngestedAt, d.Events.ToString(CultureInfo.InvariantCulture)]);

    private static Task<IResult> ListAsync(
        [AsParameters] QueryParameters query, HttpRequest request, IEventQueries queries, CancellationToken cancellationToken) =>
        ListAnswer.OfAsync(query, request, DocumentSortKey.Published, (filter, sort, page) => queries.DocumentsAsync(filter, sort, page, cancellationToken), Csv.Of);

    private static async Task<IResult> GetAsync(string id, IEventQueries queries, CancellationToken cancellationToken) =>
        await queries.DocumentAsync(id, cancellationToken).ConfigureAwait(false) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No document '{id}'.");

    private static async Task<IResult> PostAsync(
        HttpRequest request, ArticleIngestor ingestor, WebOptions options, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Articles are posted as JSON.",
                detail: "Send Content-Type: application/json with {\"url\",\"title\",\"published\",\"text\"} or an array of them.");
        }

        if (request.ContentLength > options.Limits.MaxRequestBodyBytes)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The post is too large.");
        }

        var documents = await ReadAsync(request, json.Value.SerializerOptions, cancellationToken).ConfigureAwait(false);
        var outcome = await ingestor.IngestAsync(documents, cancellationToken).ConfigureAwait(false);
        return outcome.Stored > 0 ? TypedResults.Created((string?)null, outcome) : TypedResults.Ok(outcome);
    }

    private static async Task<IReadOnlyList<Document>> ReadAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new BadParameterException("body", $"The body is not valid JSON: {e.Message}");
        }

        var items = body.ValueKind switch
        {
            JsonValueKind.Array => [.. body.EnumerateArray()],
            JsonValueKind.Object => new[] { body },
            _ => throw new BadParameterException("body", "Post an article object or an array of them."),
        };
        if (items.Length is 0 or > MaxArticlesPerPost)
        {
            throw new BadParameterException("body", $"Post from 1 to {MaxArticlesPerPost} articles at a time.");
        }

        return [.. items.Select((item, i) => ToDocument(item, i, options))];
    }

    private static Document ToDocument(JsonElement item, int index, JsonSerializerOptions options)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"body[{index}]");
        ArticleInput? input;
        try
        {
            input = item.ValueKind == JsonValueKind.Object ? item.Deserialize<ArticleInput>(options) : null;
        }
        catch (JsonException e) when (e.InnerException is not InvalidOperationException)
        {
            throw new BadParameterException(where, e.Message);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A \u escape that is half a surrogate pair: valid JSON, but no string can hold it as text.
            var field = JsonEscapes.FieldWithLoneSurrogate(item);
            var name = field.StartsWith("field ", StringComparison.Ordinal) ? $"{where}.{field[7..^1]}" : where;
            throw new BadParameterException(name, $"{field} has a \\u escape that is half a surrogate pair, not a character.");
        }

        if (input is null || string.IsNullOrWhiteSpace(input.Text))
        {
            throw new BadParameterException($"{where}.text", "Each article needs a non-empty text.");
        }

        foreach (var (field, value) in (ReadOnlySpan<(string, string?)>)[("text", input.Text), ("title", input.Title), ("url", input.Url), ("source", input.Source)])
        {
            if (StorableText.Problem(value, field) is { } problem)
            {
                throw new BadParameterException($"{where}.{field}", problem);
            }
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(input.Published))
        {
            published = PublicationDate.TryParse(input.Published, out var day)
                ? day
                : throw new BadParameterException($"{where}.published", $"'{input.Published}' is not a date.");
        }

        var source = input.Url ?? input.Source ?? $"api:{DocumentId.Of(input.Text).Value[..16]}";
        return new Document(source, string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim(), published, input.Text);
    }
}
