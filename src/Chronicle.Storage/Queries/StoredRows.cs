using System.Data.Common;
using System.Text.Json;
using Chronicle.Contract;

namespace Chronicle.Storage.Queries;

/// <summary>
/// Row reading shared by the SQLite and PostgreSQL queries: both select the same columns in the same order, so a
/// row becomes a record the same way whichever provider's reader holds it.
/// </summary>
internal static class StoredRows
{
    /// <summary>
    /// An event row selected as <c>document_id, title, source, published, day, json</c>.
    /// </summary>
    public static StoredEvent Event(DbDataReader reader) => new(
        reader.GetString(0),
        NullableString(reader, 1),
        reader.GetString(2),
        NullableString(reader, 3),
        NullableString(reader, 4),
        JsonSerializer.Deserialize(reader.GetString(5), ContractJson.Default.EventJson)
            ?? throw new InvalidDataException("An event row holds no JSON."));

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static double? NullableDouble(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    /// <summary>Every row the command returns, read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            items.Add(read(reader));
        }

        return items;
    }
}
