using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>How a list's items become CSV: the header, one row an item, and the file name offered.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class CsvTable<T>(string fileName, IReadOnlyList<string> columns, Func<T, IReadOnlyList<string?>> row)
{
    /// <summary>The CSV answer for <paramref name="items"/>.</summary>
    public IResult Of(IReadOnlyList<T> items) => new CsvResult(columns, items.Select(row), fileName);
}
