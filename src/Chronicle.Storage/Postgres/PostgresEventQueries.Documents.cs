using System.Globalization;
using Chronicle.Contract;
using Chronicle.Storage.Queries;
using Npgsql;
using static Chronicle.Storage.Queries.StoredRows;

namespace Chronicle.Storage.Postgres;

// Articles: the list without their text, and one article with its annotations and sources.
public sealed partial class PostgresEventQueries
{
    /// <inheritdoc />
    public async Task<Page<DocumentSummary>> DocumentsAsync(
        EventFilter filter, Sort<DocumentSortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = Order(sort.Key switch
        {
            DocumentSortKey.Title => "d.title COLLATE \"C\"",
            DocumentSortKey.Ingested => "d.seq",
            _ => "d.published",
        }, sort.Descending);
        return await PageAsync(
            command => $"SELECT count(*) FROM documents d {PostgresFilterSql.Documents(filter, command)}",
            command => $"""
                SELECT d.id, d.source, d.title, to_char(d.published, 'YYYY-MM-DD'), d.ingested_at, (SELECT count(*) FROM events x WHERE x.document_id = d.id)
                FROM documents d {PostgresFilterSql.Documents(filter, command)} ORDER BY {order}, d.seq LIMIT @limit OFFSET @offset
                """,
            reader => new DocumentSummary(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                reader.GetFieldValue<DateTimeOffset>(4).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), reader.GetInt64(5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredDocument?> DocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT analysis FROM documents WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json
            || ContractJson.FromJson(json) is not { } article)
        {
            return null;
        }

        command.CommandText = "SELECT source FROM document_sources WHERE document_id = @id ORDER BY first_seen, source COLLATE \"C\"";
        var sources = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(reader.GetString(0));
        }

        return new StoredDocument(article, sources);
    }
}
