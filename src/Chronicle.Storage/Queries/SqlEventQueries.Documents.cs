using Chronicle.Contract;
using static Chronicle.Storage.Queries.StoredRows;

namespace Chronicle.Storage.Queries;

// Articles: the list without their text, and one article with its annotations and sources.
public sealed partial class SqlEventQueries
{
    /// <inheritdoc />
    public async Task<Page<DocumentSummary>> DocumentsAsync(
        EventFilter filter, Sort<DocumentSortKey> sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var order = _sql.Order(sort.Key switch
        {
            DocumentSortKey.Title => _sql.Binary("d.title"),
            DocumentSortKey.Ingested => "d.seq",
            _ => "d.published",
        }, sort.Descending);
        return await PageAsync(
            command => $"SELECT count(*) FROM documents d {FilterSql.Documents(_sql, filter, command)}",
            command => $"""
                SELECT d.id, d.source, d.title, {_sql.DayText("d.published")}, d.ingested_at, (SELECT count(*) FROM events x WHERE x.document_id = d.id)
                FROM documents d {FilterSql.Documents(_sql, filter, command)} ORDER BY {order}, d.seq LIMIT @limit OFFSET @offset
                """,
            reader => new DocumentSummary(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                _sql.IngestedAt(reader, 4), reader.GetInt64(5)),
            page, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<StoredDocument?> DocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _connections.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT analysis FROM documents WHERE id = @id";
        command.AddParameter("@id", id);
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json
            || ContractJson.FromJson(json) is not { } article)
        {
            return null;
        }

        command.CommandText = $"SELECT source FROM document_sources WHERE document_id = @id ORDER BY first_seen, {_sql.Binary("source")}";
        var sources = await ReadAllAsync(command, reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);
        return new StoredDocument(article, sources);
    }
}
